import fc from 'fast-check';
import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../results/decodeResponse';
import type { ResultTable } from '../results/model';
import { trickyText } from '../results/testing/arbitraries';
import { responseBody, table } from '../results/testing/responseBody';
import type { WireTable } from '../results/testing/responseBody';
import { writeTsv } from './writeTsv';

function decodedTable(wire: WireTable): ResultTable {
  const outcome = decodeResponse(responseBody({ tables: [wire] }));
  if (!outcome.ok || !outcome.result.tables[0]) throw new Error(JSON.stringify(outcome));
  return outcome.result.tables[0];
}

const sample = decodedTable(
  table(
    'T',
    [['Message', 'string'], ['When', 'datetime'], ['Count', 'long']],
    [
      ['plain', '2024-05-14T15:20:49.8019363Z', 12345678901234567890n],
      ['tab\there', null, -5],
      ['two\r\nlines', '2000-01-02T03:04:05Z', null],
      ['say "hi"', null, 1],
      ['=1+1', null, 2],
      ['a,b', null, 3],
    ],
  ),
);

describe('writeTsv', () => {
  it('separates cells by tabs and rows by CRLF, quoting only cells with a tab, CR, LF or quote', () => {
    expect(writeTsv(sample, [0, 1, 2, 3, 5])).toBe(
      'plain\t2024-05-14T15:20:49.8019363Z\t12345678901234567890\r\n' + '"tab\there"\t\t-5\r\n' + '"two\r\nlines"\t2000-01-02T03:04:05Z\t\r\n' + '"say ""hi"""\t\t1\r\n' + 'a,b\t\t3',
    );
  });

  it('writes the rows and columns asked for, in that order, with a header when asked', () => {
    expect(writeTsv(sample, [2, 0], { columns: [2, 0], header: true })).toBe('Count\tMessage\r\n\t"two\r\nlines"\r\n12345678901234567890\tplain');
  });

  it('guards formulas by default, since pasting into a sheet evaluates them too', () => {
    expect(writeTsv(sample, [4], { columns: [0, 2] })).toBe("'=1+1\t2");
    expect(writeTsv(sample, [4], { columns: [0, 2], formulaGuard: false })).toBe('=1+1\t2');
  });

  it('gives nothing for no rows', () => {
    expect(writeTsv(sample, [])).toBe('');
  });

  it('reads back as the same cells through a TSV parser', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(trickyText, trickyText), { minLength: 1, maxLength: 6 }), (rows) => {
        const resultTable = decodedTable(table('T', [['a', 'string'], ['b', 'string']], rows));
        const written = writeTsv(resultTable, rows.map((_, index) => index), { formulaGuard: false });
        const parsed = parse<string[]>(written, { delimiter: '\t', newline: '\r\n', quoteChar: '"', escapeChar: '"' });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data).toEqual(rows);
      }),
      { seed: 99, numRuns: 300 },
    );
  });
});
