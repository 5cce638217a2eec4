// The CSV writer's bytes (csvFields.ts: one writer per column type, a plain-ASCII copy, digits for whole numbers)
// against the general string path: exportFields.ts's text for each cell, joined and encoded by TextEncoder, which is
// what a Blob of that text would hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../results/decodeResponse';
import { BOOL_FALSE, BOOL_NULL, BOOL_TRUE } from '../results/model';
import type { ResultColumn, ResultTable, TextColumn } from '../results/model';
import { tableArbitrary } from '../results/testing/arbitraries';
import { responseBody } from '../results/testing/responseBody';
import { exportFields } from './exportFields';
import { FORMULA_START_SOURCE, isFormulaStart } from './formulaGuard';
import { chunksText } from './testing/utf8';
import { writeCsv } from './writeCsv';
import type { CsvOptions } from './writeCsv';

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function stringPath(table: ResultTable, order: Uint32Array | null, options: CsvOptions = {}): Uint8Array {
  const { bom = true, header = true, formulaGuard = true } = options;
  const { header: names, formatters } = exportFields(table, options.columns, formulaGuard, /[",\r\n]/);
  const lines = header ? [names.join(',')] : [];
  for (let position = 0; position < table.rowCount; position++) {
    const row = order ? (order[position] as number) : position;
    lines.push(formatters.map((format) => format(row)).join(','));
  }
  return encoder.encode(`${bom ? '\uFEFF' : ''}${lines.map((line) => `${line}\r\n`).join('')}`);
}

function bytePath(table: ResultTable, order: Uint32Array | null, options?: CsvOptions): Uint8Array {
  const chunks = Array.from(writeCsv(table, order, options), (chunk) => chunk.bytes);
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  chunks.reduce((at, chunk) => (bytes.set(chunk, at), at + chunk.length), 0);
  return bytes;
}

const oneColumn = (column: ResultColumn, rowCount: number): ResultTable => ({ name: 'T', columns: [column], rowCount });
/** The data rows of a one-column export, without BOM, header or the last CRLF. */
const cells = (table: ResultTable, options: CsvOptions = {}): string[] =>
  chunksText(writeCsv(table, null, { ...options, bom: false, header: false }))
    .split('\r\n')
    .slice(0, -1);

const NUMBERS = [
  ...[0, -0, 1, -1, 9, 10, 99, 100, 123456789, -987654321, 2 ** 31, -(2 ** 31) - 1],
  ...[2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 1e21, -1e21, 1e-7, 0.1, -1.5],
  ...[1.7976931348623157e308, 5e-324, -1.2345678901234567e-308, -0.0000012345678901234567, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
];
const TEXTS = [
  ...['', 'plain', '=1+1', '-1', '+1', '@SUM(A1)', '\tx', '\rx', 'a,b', 'say "hi"', 'a\nb', 'a\r\nb', '"', "'x"],
  ...['é', 'Zürich', '東京', '😀', '\ud800', '\udc00x', 'x\ud800', '\ud83d,"'],
];

describe('CSV bytes against the string path', () => {
  it('match for arbitrary tables, columns, orders, chunk sizes, with and without the guard', () => {
    const withChoice = tableArbitrary('PrimaryResult', 10).chain((generated) => {
      const outcome = decodeResponse(responseBody({ tables: [generated.wire] }));
      if (!outcome.ok || !outcome.result.tables[0]) throw new Error(JSON.stringify(outcome));
      const table = outcome.result.tables[0];
      return fc.tuple(
        fc.constant(table),
        fc.shuffledSubarray(table.columns.map((_, index) => index)),
        fc.shuffledSubarray(
          Array.from({ length: table.rowCount }, (_, row) => row),
          { minLength: table.rowCount, maxLength: table.rowCount },
        ),
      );
    });
    const chosenOptions = fc.record({ formulaGuard: fc.boolean(), bom: fc.boolean(), header: fc.boolean(), rowsPerChunk: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(withChoice, chosenOptions, ([table, columns, order], options) => {
        const permutation = Uint32Array.from(order);
        expect(bytePath(table, permutation, { ...options, columns })).toEqual(stringPath(table, permutation, { ...options, columns }));
      }),
      { seed: 2024, numRuns: 400 },
    );
  });

  it.each(['int', 'real', 'long'] as const)('match for %s cells: zero and minus zero, digit boundaries, 2^53, exponents, NaN, ±Infinity, null', (type) => {
    const values = Float64Array.from([...NUMBERS, 0]);
    const nulls = new Uint8Array(values.length);
    nulls[values.length - 1] = 1;
    const column: ResultColumn = type === 'long' ? { type, name: 'n', values, nulls, exactDigits: null } : { type, name: 'n', values, nulls };
    const table = oneColumn(column, values.length);
    expect(bytePath(table, null)).toEqual(stringPath(table, null));
    expect(cells(table)).toEqual([...NUMBERS.map((value) => (Object.is(value, -0) ? '-0' : String(value))), '']);
    expect(cells(table)).toContain('9007199254740991');
  });

  it('match for longs with exact digits beyond 2^53', () => {
    const exactDigits = new Map([
      [0, '9223372036854775807'],
      [1, '-9223372036854775808'],
    ]);
    const table = oneColumn({ type: 'long', name: 'n', values: Float64Array.from([2 ** 63, -(2 ** 63), 5]), nulls: null, exactDigits }, 3);
    expect(bytePath(table, null)).toEqual(stringPath(table, null));
    expect(cells(table)).toEqual(['9223372036854775807', '-9223372036854775808', '5']);
  });

  it('match for bools', () => {
    const table = oneColumn({ type: 'bool', name: 'b', values: Uint8Array.from([BOOL_TRUE, BOOL_FALSE, BOOL_NULL]) }, 3);
    expect(bytePath(table, null)).toEqual(stringPath(table, null));
    expect(cells(table)).toEqual(['true', 'false', '']);
  });

  it.each([true, false])('match for every text type, quoting and encoding alike, with the guard %s', (formulaGuard) => {
    const types: readonly TextColumn['type'][] = ['datetime', 'timespan', 'guid', 'decimal', 'dynamic'];
    const columns: ResultColumn[] = [
      { type: 'string', name: '=s', values: [...TEXTS, ''] },
      ...types.map((type): ResultColumn => ({ type, name: `-${type}`, text: [...TEXTS, null] })),
    ];
    const table: ResultTable = { name: 'T', columns, rowCount: TEXTS.length + 1 };
    expect(bytePath(table, null, { formulaGuard })).toEqual(stringPath(table, null, { formulaGuard }));
  });

  it('guards only free text: a string or dynamic "-1" gets the quote, a typed one does not', () => {
    const text = ['-1', '=x'];
    const table: ResultTable = {
      name: 'T',
      columns: [
        { type: 'string', name: 's', values: text },
        { type: 'dynamic', name: 'd', text },
        { type: 'timespan', name: 't', text },
        { type: 'decimal', name: 'm', text },
        { type: 'real', name: 'r', values: Float64Array.from([-1, -2]), nulls: null },
      ],
      rowCount: 2,
    };
    expect(cells(table)).toEqual(["'-1,'-1,-1,-1,-1", "'=x,'=x,=x,=x,-2"]);
  });

  it('writes lone surrogates as U+FFFD, the only bytes UTF-8 has for them', () => {
    const table = oneColumn({ type: 'string', name: 's', values: ['\ud800', 'a\udc00b', '😀\ud83d'] }, 3);
    expect(cells(table)).toEqual(['\ufffd', 'a\ufffdb', '😀\ufffd']);
  });

  it('grows its buffer for cells and chunks larger than it, without losing what came before', () => {
    const long = 'x,"é東😀\n'.repeat(40_000);
    const values = Array.from({ length: 300 }, (_, row) => (row % 100 === 7 ? long : `row ${row}`));
    const table: ResultTable = {
      name: 'T',
      columns: [
        { type: 'string', name: long, values },
        { type: 'int', name: 'n', values: Float64Array.from(values, (_, row) => row), nulls: null },
      ],
      rowCount: values.length,
    };
    // Compared as text (a strict decode of each) because a deep equality of megabytes of bytes takes minutes.
    const expected = strictUtf8.decode(stringPath(table, null));
    for (const rowsPerChunk of [1, 50, 1000]) expect(strictUtf8.decode(bytePath(table, null, { rowsPerChunk })) === expected).toBe(true);
  });
});

describe('isFormulaStart', () => {
  it('agrees with the guard pattern on every UTF-16 code unit', () => {
    const pattern = new RegExp(FORMULA_START_SOURCE);
    const disagreements = Array.from({ length: 0x10000 }, (_, code) => code).filter((code) => isFormulaStart(code) !== pattern.test(String.fromCharCode(code)));
    expect(disagreements).toEqual([]);
  });
});
