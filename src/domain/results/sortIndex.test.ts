import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText } from './cells';
import { decodeResponse } from './decodeResponse';
import { KUSTO_TYPES } from './model';
import type { KustoType, ResultTable } from './model';
import { sortIndex } from './sortIndex';
import { cellArbitraries } from './testing/arbitraries';
import type { GeneratedCell } from './testing/arbitraries';
import { responseBody, table } from './testing/responseBody';
import type { WireCell } from './testing/responseBody';

function oneColumn(type: KustoType, cells: readonly WireCell[]): ResultTable {
  const outcome = decodeResponse(responseBody({ tables: [table('T', [['c', type]], cells.map((cell) => [cell]))] }));
  if (!outcome.ok || !outcome.result.tables[0]) throw new Error(JSON.stringify(outcome));
  return outcome.result.tables[0];
}

function sorted(type: KustoType, cells: readonly WireCell[]): { ascending: number[]; descending: number[] } {
  const resultTable = oneColumn(type, cells);
  return {
    ascending: Array.from(sortIndex(resultTable, 0, 'ascending', { locale: 'en' })),
    descending: Array.from(sortIndex(resultTable, 0, 'descending', { locale: 'en' })),
  };
}

describe('sortIndex: typed order, nulls last both ways, ties in original order', () => {
  it('orders bools false before true', () => {
    expect(sorted('bool', [true, null, false, true])).toEqual({ ascending: [2, 0, 3, 1], descending: [0, 3, 2, 1] });
  });

  it('orders ints numerically', () => {
    expect(sorted('int', [3, null, -1, 3, 0, 20])).toEqual({ ascending: [2, 4, 0, 3, 5, 1], descending: [5, 0, 3, 4, 2, 1] });
  });

  it('orders reals with -Infinity first and NaN after +Infinity, NaN apart from null', () => {
    // Written by hand to keep -0: rows are 1.5, NaN, null, -Infinity, Infinity, -0, 0, 10.
    const body = '{"tables":[{"name":"T","columns":[{"name":"r","type":"real"}],"rows":[[1.5],["NaN"],[null],["-Infinity"],["Infinity"],[-0],[0],[10]]}]}';
    const outcome = decodeResponse(body);
    const resultTable = outcome.ok ? outcome.result.tables[0] : undefined;
    if (!resultTable) throw new Error('decode failed');
    expect(Array.from(sortIndex(resultTable, 0, 'ascending'))).toEqual([3, 5, 6, 0, 7, 4, 1, 2]);
    expect(Array.from(sortIndex(resultTable, 0, 'descending'))).toEqual([1, 4, 7, 0, 5, 6, 3, 2]);
  });

  it('orders longs beyond 2^53 exactly, even those that share a double', () => {
    const longs = [9007199254740993n, 9007199254740992n, 9007199254740996n, -9223372036854775808n, 9223372036854775807n, null, 5, 9007199254740995n, 9223372036854775806n];
    expect(sorted('long', longs)).toEqual({ ascending: [3, 6, 1, 0, 7, 2, 8, 4, 5], descending: [4, 8, 2, 7, 0, 1, 6, 3, 5] });
  });

  it('orders datetimes chronologically down to 100 ns', () => {
    const datetimes = ['2024-05-14T15:20:49.8019363Z', '2024-05-14T15:20:49.8019362Z', null, '2024-05-14T15:20:49.801Z', '2000-01-02T03:04:05Z', '2024-05-14T15:20:49.8019363Z', '0001-01-01T00:00:00Z'];
    expect(sorted('datetime', datetimes)).toEqual({ ascending: [6, 4, 3, 1, 0, 5, 2], descending: [0, 5, 1, 3, 4, 6, 2] });
  });

  it('orders timespans by duration, negative ones first', () => {
    const timespans = ['00:00:10', '-00:00:01', '1.00:00:00', null, '00:00:00.5000000', '-1.02:03:04.5000000', '00:00:09.9999999', '-00:00:00.2500000'];
    expect(sorted('timespan', timespans)).toEqual({ ascending: [5, 1, 7, 4, 6, 0, 2, 3], descending: [2, 0, 6, 4, 7, 1, 5, 3] });
  });

  it('orders decimals exactly beyond the precision of a double, equal values kept in their original order', () => {
    const decimals = ['0.10101', '-1', '79228162514264337593543950335', '79228162514264337593543950334', null, '0.1', '1.0', '1', '-0.5'];
    expect(sorted('decimal', decimals)).toEqual({ ascending: [1, 8, 5, 0, 6, 7, 3, 2, 4], descending: [2, 3, 6, 7, 0, 5, 8, 1, 4] });
  });

  it('orders strings in the locale dictionary order: e < é < f, and canonically equal spellings tie', () => {
    // 'é' precomposed (row 1) and 'e' + combining acute (row 4) are the same text to a reader.
    expect(sorted('string', ['f', 'é', 'e', 'E', 'e\u0301', 'a'])).toEqual({ ascending: [5, 2, 3, 1, 4, 0], descending: [0, 1, 4, 3, 2, 5] });
  });

  it('differs from a code-unit sort, which would put é after f', () => {
    const codeUnitOrder = ['f', 'é', 'e'].map((value, index) => [value, index] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(codeUnitOrder.map(([, index]) => index)).toEqual([2, 0, 1]);
    expect(sorted('string', ['f', 'é', 'e']).ascending).toEqual([2, 1, 0]);
  });

  it('orders guids by their text', () => {
    const guids = ['b0000000-0000-4000-8000-000000000000', null, '0a000000-0000-4000-8000-000000000000', 'a0000000-0000-4000-8000-000000000000'];
    expect(sorted('guid', guids)).toEqual({ ascending: [2, 3, 0, 1], descending: [0, 3, 2, 1] });
  });

  it('orders dynamic values by their text', () => {
    expect(sorted('dynamic', ['{"b":1}', null, '{"a":2}', '"x"', '{"b":1}'])).toEqual({ ascending: [3, 2, 0, 4, 1], descending: [0, 4, 2, 3, 1] });
  });

  it('keeps ties and nulls in their original order in both directions', () => {
    const cells = ['b', 'a', 'b', 'a', 'b', 'a'];
    expect(sorted('string', cells)).toEqual({ ascending: [1, 3, 5, 0, 2, 4], descending: [0, 2, 4, 1, 3, 5] });
    expect(sorted('int', [null, 1, null, 1, null])).toEqual({ ascending: [1, 3, 0, 2, 4], descending: [1, 3, 0, 2, 4] });
  });

  it('gives the identity order when sorting is off', () => {
    expect(Array.from(sortIndex(oneColumn('int', [3, 1, 2]), 0, 'none'))).toEqual([0, 1, 2]);
  });

  it('gives the same order whichever direction is asked first, and arrays the caller may change', () => {
    const cells = ['b', 'c', 'a', 'c', 'a', 'b'];
    const first = oneColumn('string', cells);
    const descendingFirst = Array.from(sortIndex(first, 0, 'descending'));
    const ascending = sortIndex(first, 0, 'ascending');
    ascending.fill(0);
    expect(Array.from(sortIndex(first, 0, 'ascending'))).toEqual([2, 4, 0, 5, 1, 3]);
    expect(descendingFirst).toEqual([1, 3, 0, 5, 2, 4]);
    const second = oneColumn('string', cells);
    sortIndex(second, 0, 'ascending');
    expect(Array.from(sortIndex(second, 0, 'descending'))).toEqual(descendingFirst);
  });

  it('sorts text again when another locale is asked for', () => {
    // Swedish puts ö after z; English puts it with o.
    const resultTable = oneColumn('string', ['z', 'ö', 'o']);
    expect(Array.from(sortIndex(resultTable, 0, 'ascending', { locale: 'en' }))).toEqual([2, 1, 0]);
    expect(Array.from(sortIndex(resultTable, 0, 'ascending', { locale: 'sv' }))).toEqual([2, 0, 1]);
  });

  it('refuses a column the table does not have', () => {
    expect(() => sortIndex(oneColumn('int', [1]), 1, 'ascending')).toThrow(RangeError);
  });
});

describe('sortIndex: agrees with a straightforward stable sort (property)', () => {
  const collator = new Intl.Collator('en');
  const compareBigInt = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
  const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const timespanTicks = (text: string): bigint => {
    const [, minus, days = '0', clock = '', fraction = ''] = /^(-)?(?:(\d+)\.)?(\d\d:\d\d:\d\d)(?:\.(\d+))?$/.exec(text) ?? [];
    const [hours = 0, minutes = 0, seconds = 0] = clock.split(':').map(Number);
    const ticks = (BigInt(days) * 86_400n + BigInt(hours * 3600 + minutes * 60 + seconds)) * 10_000_000n + BigInt(fraction.padEnd(7, '0'));
    return minus ? -ticks : ticks;
  };
  const decimalUnits = (text: string): bigint => {
    const [whole = '', fraction = ''] = text.split('.');
    return BigInt(`${whole}${fraction.padEnd(12, '0')}`);
  };
  const fullDatetime = (text: string): string => text.replace(/(?:\.(\d+))?Z$/, (_, fraction: string | undefined) => `.${(fraction ?? '').padEnd(7, '0')}Z`);
  const realClass = (value: number): number => (Number.isNaN(value) ? 1 : 0);

  // Independent of the implementation: exact integers, fixed-width text, or the collator on each pair.
  const reference: Record<KustoType, (a: GeneratedCell, b: GeneratedCell) => number> = {
    bool: (a, b) => Number(a.value) - Number(b.value),
    int: (a, b) => Number(a.value) - Number(b.value),
    real: (a, b) => {
      const [x, y] = [Number(a.value), Number(b.value)];
      return realClass(x) - realClass(y) || (x < y ? -1 : x > y ? 1 : 0);
    },
    long: (a, b) => compareBigInt(BigInt(a.text), BigInt(b.text)),
    datetime: (a, b) => compareText(fullDatetime(a.text), fullDatetime(b.text)),
    timespan: (a, b) => compareBigInt(timespanTicks(a.text), timespanTicks(b.text)),
    decimal: (a, b) => compareBigInt(decimalUnits(a.text), decimalUnits(b.text)),
    string: (a, b) => collator.compare(a.text, b.text),
    guid: (a, b) => collator.compare(a.text, b.text),
    dynamic: (a, b) => collator.compare(a.text, b.text),
  };

  function referenceOrder(type: KustoType, cells: readonly GeneratedCell[], sign: 1 | -1): number[] {
    const indexes = cells.map((_, index) => index);
    // A dynamic JSON null ("null") is a value; only a null cell sorts last.
    const present = indexes.filter((index) => cells[index]?.wire !== null);
    const nulls = indexes.filter((index) => cells[index]?.wire === null);
    present.sort((a, b) => sign * reference[type](cells[a] as GeneratedCell, cells[b] as GeneratedCell) || a - b);
    return [...present, ...nulls];
  }

  it.each(KUSTO_TYPES)('%s', (type) => {
    // Few distinct values make ties, which is where stability shows.
    const column = fc.array(cellArbitraries[type], { maxLength: 12 }).chain((distinct) =>
      distinct.length === 0 ? fc.constant<GeneratedCell[]>([]) : fc.array(fc.constantFrom(...distinct), { maxLength: 40 }),
    );
    fc.assert(
      fc.property(column, (cells) => {
        const resultTable = oneColumn(type, cells.map((cell) => cell.wire));
        expect(cells.map((_, row) => cellText(resultTable.columns[0] ?? expect.fail(), row))).toEqual(cells.map((cell) => cell.text));
        expect(Array.from(sortIndex(resultTable, 0, 'ascending', { locale: 'en' }))).toEqual(referenceOrder(type, cells, 1));
        expect(Array.from(sortIndex(resultTable, 0, 'descending', { locale: 'en' }))).toEqual(referenceOrder(type, cells, -1));
      }),
      { seed: 4242, numRuns: 150 },
    );
  });
});
