// Cell encoding of the query API's `rows`, per column type, exactly as the service writes it: native JSON for
// bool/int/long/real (a `long` beyond 2^53 written exactly from its bigint, non-finite reals as strings), strings for
// datetime/timespan/guid/decimal, `dynamic` as a string holding compact JSON, and `string` never null.
import type { Cell, KustoType } from '../../engine/api.ts';
import { formatDatetime, formatTimespan } from '../../engine/values.ts';

export type CellEncoder = (cell: Cell) => string;

const quoted = (text: string): string => JSON.stringify(text);

function encodeReal(cell: Cell): string {
  if (cell === null || typeof cell !== 'number') return 'null';
  if (Number.isNaN(cell)) return '"NaN"';
  if (cell === Infinity) return '"Infinity"';
  if (cell === -Infinity) return '"-Infinity"';
  return String(cell);
}

const ENCODERS: Record<KustoType, CellEncoder> = {
  bool: (cell) => (typeof cell === 'boolean' ? String(cell) : 'null'),
  int: (cell) => (typeof cell === 'number' ? String(cell) : 'null'),
  long: (cell) => (typeof cell === 'number' || typeof cell === 'bigint' ? String(cell) : 'null'),
  real: encodeReal,
  decimal: (cell) => (typeof cell === 'string' ? quoted(cell) : 'null'),
  string: (cell) => (typeof cell === 'string' ? quoted(cell) : '""'),
  guid: (cell) => (typeof cell === 'string' ? quoted(cell) : 'null'),
  datetime: (cell) => (typeof cell === 'bigint' ? `"${formatDatetime(cell)}"` : 'null'),
  timespan: (cell) => (typeof cell === 'bigint' ? `"${formatTimespan(cell)}"` : 'null'),
  dynamic: (cell) => (cell === null || cell === undefined ? 'null' : quoted(JSON.stringify(cell))),
};

export function cellEncoder(type: KustoType): CellEncoder {
  return ENCODERS[type];
}
