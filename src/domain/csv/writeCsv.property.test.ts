// Properties of the CSV writer read back through a real CSV parser (papaparse): the formula guard checked against its
// own definition (DESIGN §6) rather than through guardFormula, and the output independent of chunking, with columns and
// row order exactly as asked. writeCsv.test.ts has the golden files and the plain round trip.
import fc from 'fast-check';
import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellText } from '../results/cells';
import { decodeResponse } from '../results/decodeResponse';
import type { ResultTable } from '../results/model';
import { tableArbitrary } from '../results/testing/arbitraries';
import { responseBody } from '../results/testing/responseBody';
import { chunksText, viaUtf8 } from './testing/utf8';
import { writeCsv, type CsvOptions } from './writeCsv';

const RUNS = { seed: 4180, numRuns: 300 };
/** What a spreadsheet reads as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

const generatedTable = tableArbitrary('PrimaryResult', 10)
  .filter((generated) => generated.types.length > 0)
  .map((generated): ResultTable => {
    const outcome = decodeResponse(responseBody({ tables: [generated.wire] }));
    if (!outcome.ok || !outcome.result.tables[0]) throw new Error(JSON.stringify(outcome));
    return outcome.result.tables[0];
  });

function csvText(table: ResultTable, order: Uint32Array | null = null, options?: CsvOptions): string {
  return chunksText(writeCsv(table, order, options));
}

/** The file as rows of fields; the header is row 0. */
function parsed(table: ResultTable, order: Uint32Array | null = null, options?: CsvOptions): string[][] {
  const written = csvText(table, order, options);
  const result = parse<string[]>(written.replace(/^\uFEFF/, '').replace(/\r\n$/, ''), { delimiter: ',', newline: '\r\n', quoteChar: '"', escapeChar: '"' });
  expect(result.errors).toEqual([]);
  return result.data;
}

const texts = (table: ResultTable, row: number): string[] => table.columns.map((column) => viaUtf8(cellText(column, row)));

describe('writeCsv properties', () => {
  it('with the guard on, no free-text field or header starts a formula, and each is the text or the text after one quote', () => {
    fc.assert(
      fc.property(generatedTable, (table) => {
        const [header, ...rows] = parsed(table);
        const expectField = (field: string | undefined, cell: string, freeText: boolean) => {
          const text = viaUtf8(cell);
          if (!freeText) return expect(field).toBe(text);
          expect(field).toBe(FORMULA_START.test(text) ? `'${text}` : text);
          expect(FORMULA_START.test(field ?? '')).toBe(false);
        };
        table.columns.forEach((column, index) => expectField(header?.[index], column.name, true));
        rows.forEach((fields, row) => {
          table.columns.forEach((column, index) => expectField(fields[index], cellText(column, row), column.type === 'string' || column.type === 'dynamic'));
        });
      }),
      RUNS,
    );
  });

  it('writes the same text whatever the chunk size, and each chunk reports the rows written so far', () => {
    fc.assert(
      fc.property(generatedTable, fc.integer({ min: 1, max: 12 }), (table, rowsPerChunk) => {
        const chunks = Array.from(writeCsv(table, null, { rowsPerChunk }));
        expect(chunksText(chunks)).toBe(csvText(table));
        expect(chunks.map((chunk) => chunk.rowsWritten)).toEqual(
          Array.from({ length: Math.max(1, Math.ceil(table.rowCount / rowsPerChunk)) }, (_, index) => Math.min(table.rowCount, (index + 1) * rowsPerChunk)),
        );
      }),
      RUNS,
    );
  });

  it('writes exactly the chosen columns in the chosen order and the rows in the given order', () => {
    const withChoice = generatedTable.chain((table) =>
      fc.tuple(
        fc.constant(table),
        fc.shuffledSubarray(
          table.columns.map((_, index) => index),
          { minLength: 1 },
        ),
        fc.shuffledSubarray(
          Array.from({ length: table.rowCount }, (_, row) => row),
          { minLength: table.rowCount, maxLength: table.rowCount },
        ),
      ),
    );
    fc.assert(
      fc.property(withChoice, fc.boolean(), ([table, columns, order], guard) => {
        const [header, ...rows] = parsed(table, Uint32Array.from(order), { columns, formulaGuard: guard });
        const all = parsed(table, null, { formulaGuard: guard });
        expect(header).toEqual(columns.map((index) => all[0]?.[index]));
        expect(rows).toEqual(order.map((row) => columns.map((index) => all[row + 1]?.[index])));
        if (!guard) expect(rows).toEqual(order.map((row) => columns.map((index) => texts(table, row)[index])));
      }),
      RUNS,
    );
  });
});
