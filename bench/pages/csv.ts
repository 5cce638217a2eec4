// G4's peer in a fresh page: papaparse.unparse of the parsed rows into a Blob, and, on the same footing, the console's
// own writer over its decoded model. Both outputs are hashed after the clock stops, for the byte comparison.
import Papa from 'papaparse';
import { writeCsv } from '../../src/domain/csv/writeCsv';
import { decodeResponse } from '../../src/domain/results/decodeResponse';
import { collectGarbage, fetchFixtureText, requireParam, run, sha256Hex } from './shared/page';

interface WireBody {
  tables: { columns: { name: string }[]; rows: unknown[][] }[];
}

const CSV_TYPE = 'text/csv;charset=utf-8';

run(async () => {
  const variant = requireParam('variant');
  const text = await fetchFixtureText(requireParam('fixture'));
  let write: () => Blob;
  if (variant === 'papaparse') {
    const table = (JSON.parse(text) as WireBody).tables[0];
    if (!table) throw new Error('no table');
    const fields = table.columns.map((column) => column.name);
    write = () => new Blob([Papa.unparse({ fields, data: table.rows }, { newline: '\r\n' })], { type: CSV_TYPE });
  } else if (variant === 'writer') {
    const decoded = decodeResponse(text);
    const table = decoded.ok ? decoded.result.tables[0] : undefined;
    if (!table) throw new Error('decode failed');
    write = () => new Blob(Array.from(writeCsv(table, null), (chunk) => chunk.bytes), { type: CSV_TYPE });
  } else {
    throw new Error(`Unknown variant ${variant}`);
  }
  collectGarbage();
  const started = performance.now();
  const blob = write();
  const ms = performance.now() - started;
  return { ms, bytes: blob.size, sha256: await sha256Hex(blob) };
});
