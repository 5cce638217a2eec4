import fc from 'fast-check';
import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellText } from '../results/cells';
import { decodeResponse } from '../results/decodeResponse';
import type { ResultTable } from '../results/model';
import { sortIndex } from '../results/sortIndex';
import { tableArbitrary } from '../results/testing/arbitraries';
import { responseBody, table } from '../results/testing/responseBody';
import type { WireTable } from '../results/testing/responseBody';
import { guardFormula, isFreeTextType } from './formulaGuard';
import { chunksText, viaUtf8 } from './testing/utf8';
import { DEFAULT_ROWS_PER_CHUNK, writeCsv } from './writeCsv';
import type { CsvOptions } from './writeCsv';

function decodedTable(wire: WireTable): ResultTable {
  const outcome = decodeResponse(responseBody({ tables: [wire] }));
  if (!outcome.ok || !outcome.result.tables[0]) throw new Error(JSON.stringify(outcome));
  return outcome.result.tables[0];
}

function csv(resultTable: ResultTable, order: Uint32Array | null = null, options?: CsvOptions): string {
  return chunksText(writeCsv(resultTable, order, options));
}

const typed = decodedTable(
  table(
    'PrimaryResult',
    [['t', 'datetime'], ['l', 'long'], ['r', 'real'], ['b', 'bool'], ['d', 'dynamic'], ['s', 'timespan'], ['g', 'guid'], ['m', 'decimal'], ['i', 'int']],
    [
      ['2024-05-14T15:20:49.8019363Z', 9223372036854775807n, 102.1, true, '{"a":"x,y"}', '00:00:10', '74be27de-1e4e-49d9-b579-fe0b331d3642', '0.10101', 3],
      [null, null, null, null, null, null, null, null, null],
      ['2000-01-02T03:04:05Z', -9223372036854775808n, 'NaN', false, '[1,"two"]', '-1.02:03:04.5000000', null, '-1.5', -7],
      ['2015-12-31T23:59:59.9Z', -5, '-Infinity', null, '-5', '00:00:00', null, null, 0],
      ['2026-11-23T10:15:00Z', 9007199254740993n, 'Infinity', true, 'null', '1.00:00:00', null, '79228162514264337593543950335', 2147483647],
    ],
  ),
);

const text = decodedTable(
  table(
    'PrimaryResult',
    [['Message', 'string'], ['n', 'int']],
    [
      ['plain', 1],
      ['a,b', 2],
      ['say "hi"', 3],
      ['line1\rline2', 4],
      ['line1\nline2', 5],
      ['crlf\r\nend', 6],
      ['São Paulo – Zürich 😀', 7],
      ['', 8],
      ['"', 9],
      ['  spaced  ', 10],
    ],
  ),
);

describe('writeCsv: golden output', () => {
  it('writes every type as the service returned it, with a BOM, a header, CRLF and nulls as empty fields', () => {
    expect(csv(typed)).toBe(
      '\uFEFFt,l,r,b,d,s,g,m,i\r\n' +
        '2024-05-14T15:20:49.8019363Z,9223372036854775807,102.1,true,"{""a"":""x,y""}",00:00:10,74be27de-1e4e-49d9-b579-fe0b331d3642,0.10101,3\r\n' +
        ',,,,,,,,\r\n' +
        '2000-01-02T03:04:05Z,-9223372036854775808,NaN,false,"[1,""two""]",-1.02:03:04.5000000,,-1.5,-7\r\n' +
        // The dynamic -5 is free text and gets the guard; the long -5 and the negative timespan are typed and do not.
        "2015-12-31T23:59:59.9Z,-5,-Infinity,,'-5,00:00:00,,,0\r\n" +
        '2026-11-23T10:15:00Z,9007199254740993,Infinity,true,null,1.00:00:00,,79228162514264337593543950335,2147483647\r\n',
    );
  });

  it('quotes commas, quotes, CR, LF and CRLF, doubling quotes, and leaves everything else alone', () => {
    expect(csv(text)).toBe(
      '\uFEFFMessage,n\r\n' +
        'plain,1\r\n' +
        '"a,b",2\r\n' +
        '"say ""hi""",3\r\n' +
        '"line1\rline2",4\r\n' +
        '"line1\nline2",5\r\n' +
        '"crlf\r\nend",6\r\n' +
        'São Paulo – Zürich 😀,7\r\n' +
        ',8\r\n' +
        '"""",9\r\n' +
        '  spaced  ,10\r\n',
    );
  });

  const formulas = decodedTable(
    table(
      'T',
      [['=Name', 'string'], ['n', 'long']],
      [['=HYPERLINK("http://x")', -1], ['+1', 2], ['-5', 3], ['@SUM(A1)', 4], ['\tTAB', 5], ['\rCR', 6], ['a=b', 7], ["'quoted", 8]],
    ),
  );

  it('guards cells that start a formula by default, headers included', () => {
    expect(csv(formulas, null, { bom: false })).toBe(
      "'=Name,n\r\n" +
        '"\'=HYPERLINK(""http://x"")",-1\r\n' +
        "'+1,2\r\n" +
        "'-5,3\r\n" +
        "'@SUM(A1),4\r\n" +
        "'\tTAB,5\r\n" +
        '"\'\rCR",6\r\n' +
        'a=b,7\r\n' +
        "'quoted,8\r\n",
    );
  });

  it('writes the cells as they are when the guard is off', () => {
    expect(csv(formulas, null, { bom: false, formulaGuard: false })).toBe(
      '=Name,n\r\n' + '"=HYPERLINK(""http://x"")",-1\r\n' + '+1,2\r\n' + '-5,3\r\n' + '@SUM(A1),4\r\n' + '\tTAB,5\r\n' + '"\rCR",6\r\n' + 'a=b,7\r\n' + "'quoted,8\r\n",
    );
  });

  it('writes a chosen subset of columns in the chosen order, in the sort order, without BOM or header when asked', () => {
    const order = sortIndex(typed, 8, 'descending');
    expect(csv(typed, order, { columns: [8, 1], bom: false, header: false })).toBe('2147483647,9007199254740993\r\n3,9223372036854775807\r\n0,-5\r\n-7,-9223372036854775808\r\n,\r\n');
  });

  it('writes an empty table as its header', () => {
    expect(csv(decodedTable(table('T', [['a', 'string']], [])))).toBe('\uFEFFa\r\n');
  });

  it('writes DEFAULT_ROWS_PER_CHUNK rows a chunk unless told otherwise', () => {
    const rows = Array.from({ length: DEFAULT_ROWS_PER_CHUNK * 2 + 1 }, (_, index) => [index]);
    const chunks = Array.from(writeCsv(decodedTable(table('T', [['n', 'long']], rows)), null));
    expect(chunks.map((chunk) => chunk.rowsWritten)).toEqual([DEFAULT_ROWS_PER_CHUNK, DEFAULT_ROWS_PER_CHUNK * 2, DEFAULT_ROWS_PER_CHUNK * 2 + 1]);
  });

  it('puts the BOM and the header in the first chunk and reports the rows written by each chunk', () => {
    const chunks = Array.from(writeCsv(typed, null, { rowsPerChunk: 2, columns: [8] }), (chunk) => ({ text: chunksText([chunk]), rowsWritten: chunk.rowsWritten }));
    expect(chunks).toEqual([
      { text: '\uFEFFi\r\n3\r\n\r\n', rowsWritten: 2 },
      { text: '-7\r\n0\r\n', rowsWritten: 4 },
      { text: '2147483647\r\n', rowsWritten: 5 },
    ]);
  });

  it('refuses a column the table does not have, and a chunk size that would never advance', () => {
    expect(() => csv(typed, null, { columns: [9] })).toThrow(RangeError);
    expect(() => csv(typed, null, { rowsPerChunk: 0 })).toThrow(RangeError);
    expect(() => csv(typed, null, { rowsPerChunk: 1.5 })).toThrow(RangeError);
  });
});

describe('writeCsv: round trip through a real CSV parser (papaparse)', () => {
  function parsedBack(written: string): string[][] {
    expect(written.startsWith('\uFEFF') && written.endsWith('\r\n')).toBe(true);
    const parsed = parse<string[]>(written.slice(1, -2), { delimiter: ',', newline: '\r\n', quoteChar: '"', escapeChar: '"' });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  }

  function expectedRows(resultTable: ResultTable, guard: boolean): string[][] {
    const expectText = (index: number, text: string): string => {
      const column = resultTable.columns[index];
      return viaUtf8(guard && column && isFreeTextType(column.type) ? guardFormula(text) : text);
    };
    const header = resultTable.columns.map((column, index) => expectText(index, column.name));
    const rows = Array.from({ length: resultTable.rowCount }, (_, row) => resultTable.columns.map((column, index) => expectText(index, cellText(column, row))));
    return [header, ...rows];
  }

  it('gives back the cell texts of the decoded fixture, the guard quote being the only difference', () => {
    for (const resultTable of [typed, text]) {
      expect(parsedBack(csv(resultTable, null, { formulaGuard: false }))).toEqual(expectedRows(resultTable, false));
      expect(parsedBack(csv(resultTable))).toEqual(expectedRows(resultTable, true));
    }
  });

  it('gives back arbitrary cells of every type, including quotes, commas, CR/LF and unicode', () => {
    const withColumns = tableArbitrary('PrimaryResult', 12).filter((generated) => generated.types.length > 0);
    fc.assert(
      fc.property(withColumns, fc.boolean(), fc.integer({ min: 1, max: 5 }), (generated, guard, rowsPerChunk) => {
        const resultTable = decodedTable(generated.wire);
        expect(parsedBack(csv(resultTable, null, { formulaGuard: guard, rowsPerChunk }))).toEqual(expectedRows(resultTable, guard));
      }),
      { seed: 1904, numRuns: 300 },
    );
  });
});
