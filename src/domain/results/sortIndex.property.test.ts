// sortIndex against a plain comparator sort written here, on columns built directly in the model (so -0 survives,
// which JSON cannot carry) with hundreds of rows drawn from a few distinct values: nulls, ties, NaN, ±Infinity, -0,
// longs beyond 2^53, and text a type cannot order, which sorts last with the nulls. sortIndex.test.ts has the same
// check on small columns decoded from the wire.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOOL_NULL } from './model';
import type { KustoType, ResultColumn, ResultTable } from './model';
import { sortIndex } from './sortIndex';
import { cellArbitraries } from './testing/arbitraries';

type Value = number | bigint | string | null;

/** Where a value sorts: a number or bigint to compare, text for the collator, or null for last. */
type Key = number | bigint | string | null;

interface ColumnKind {
  readonly values: fc.Arbitrary<Value>;
  readonly column: (values: readonly Value[]) => ResultColumn;
  readonly key: (value: Value) => Key;
  /** Compares two non-null keys; equal means a tie. */
  readonly compare: (a: Key, b: Key) => number;
}

const collator = new Intl.Collator('en');
const compareNumbers = (a: Key, b: Key): number => ((a as number | bigint) < (b as number | bigint) ? -1 : (a as number | bigint) > (b as number | bigint) ? 1 : 0);
const compareText = (a: Key, b: Key): number => collator.compare(a as string, b as string);

const nullsOf = (values: readonly Value[]): Uint8Array | null => (values.includes(null) ? Uint8Array.from(values, (value) => (value === null ? 1 : 0)) : null);
const numbersOf = (values: readonly Value[]): Float64Array => Float64Array.from(values, (value) => (value === null ? 0 : Number(value)));
const textOf = (values: readonly Value[]): (string | null)[] => values.map((value) => (value === null ? null : String(value)));
/** Text cells from the shared generators, with a null now and then. */
const textCells = (type: KustoType): fc.Arbitrary<Value> => cellArbitraries[type].map((cell) => (cell.wire === null ? null : cell.text));

const SPECIAL_REALS = [0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, 1, -1, 2 ** 32, 2 ** 53 + 2];
const EXACT_LIMIT = 2n ** 53n;
const SPECIAL_LONGS = [0n, -1n, EXACT_LIMIT - 1n, EXACT_LIMIT, EXACT_LIMIT + 1n, EXACT_LIMIT + 2n, -EXACT_LIMIT - 1n, 2n ** 63n - 1n, 2n ** 63n - 2n, -(2n ** 63n)];

/** The model's datetime key: whole milliseconds as Date.parse reads the text, then the 7 fractional digits. */
function datetimeReference(text: string): bigint | null {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  return BigInt(ms) * 10_000_000n + BigInt((/\.(\d{1,7})/.exec(text)?.[1] ?? '').padEnd(7, '0'));
}

function timespanReference(text: string): bigint | null {
  const match = /^(-)?(?:(\d+)\.)?(\d\d):(\d\d):(\d\d)(?:\.(\d{1,7}))?$/.exec(text);
  if (!match) return null;
  const [, minus, days = '0', hours = '0', minutes = '0', seconds = '0', fraction = ''] = match;
  const ticks = (((BigInt(days) * 24n + BigInt(hours)) * 60n + BigInt(minutes)) * 60n + BigInt(seconds)) * 10_000_000n + BigInt(fraction.padEnd(7, '0'));
  return minus ? -ticks : ticks;
}

function decimalReference(text: string): bigint | null {
  const match = /^(-?)(\d+)(?:\.(\d{1,20}))?$/.exec(text);
  if (!match) return null;
  const [, minus, whole = '', fraction = ''] = match;
  const units = BigInt(`${whole}${fraction.padEnd(20, '0')}`);
  return minus ? -units : units;
}

/** Instants that share their second or their millisecond and differ in the 100 ns digits. */
const closeDatetimes = fc
  .tuple(fc.constantFrom('2024-05-14T15:20:49', '1969-12-31T23:59:59', '0001-01-01T00:00:00'), fc.string({ unit: fc.constantFrom('0', '1', '9'), maxLength: 7 }))
  .map(([second, fraction]) => `${second}${fraction ? `.${fraction}` : ''}Z`);

const OTHER_DATETIMES = ['2024-05-14T15:20:49+02:00', '2024-05-14', '2024-02-30T00:00:00Z', '2024-01-01T24:00:00Z', '2024-05-14T15:20:49.12345678Z', 'soon', ''];

const kinds: Record<KustoType, ColumnKind> = {
  bool: {
    values: fc.constantFrom(0, 1, null),
    column: (values) => ({ type: 'bool', name: 'c', values: Uint8Array.from(values, (value) => (value === null ? BOOL_NULL : Number(value))) }),
    key: (value) => value,
    compare: compareNumbers,
  },
  int: {
    values: fc.option(fc.oneof(fc.integer(), fc.integer({ min: -3, max: 3 })), { freq: 6 }),
    column: (values) => ({ type: 'int', name: 'c', values: numbersOf(values), nulls: nullsOf(values) }),
    key: (value) => value,
    compare: compareNumbers,
  },
  real: {
    values: fc.option(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SPECIAL_REALS) }, fc.double(), fc.double({ min: -1e3, max: 1e3, noNaN: true })), { freq: 6 }),
    column: (values) => ({ type: 'real', name: 'c', values: numbersOf(values), nulls: nullsOf(values) }),
    key: (value) => value,
    // NaN is a value, after +Infinity; -0 and 0 tie.
    compare: (a, b) => Number(Number.isNaN(a)) - Number(Number.isNaN(b)) || compareNumbers(a, b),
  },
  long: {
    values: fc.option(fc.oneof(fc.constantFrom(...SPECIAL_LONGS), fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.bigInt({ min: EXACT_LIMIT - 4n, max: EXACT_LIMIT + 8n })), { freq: 6 }),
    column: (values) => {
      // As the decoder keeps them: the nearest double, and the digits wherever that double is 2^53 or more.
      const exactDigits = new Map<number, string>();
      values.forEach((value, row) => {
        if (value !== null && Math.abs(Number(value)) >= 2 ** 53) exactDigits.set(row, String(value));
      });
      return { type: 'long', name: 'c', values: numbersOf(values), nulls: nullsOf(values), exactDigits };
    },
    key: (value) => value,
    compare: compareNumbers,
  },
  datetime: {
    values: fc.oneof({ weight: 3, arbitrary: textCells('datetime') }, { weight: 3, arbitrary: closeDatetimes }, fc.constantFrom(...OTHER_DATETIMES)),
    column: (values) => ({ type: 'datetime', name: 'c', text: textOf(values) }),
    key: (value) => (value === null ? null : datetimeReference(String(value))),
    compare: compareNumbers,
  },
  timespan: {
    values: fc.oneof({ weight: 4, arbitrary: textCells('timespan') }, fc.constantFrom('1:00:00', '00:00:00.', 'P1D', '-00:00:00')),
    column: (values) => ({ type: 'timespan', name: 'c', text: textOf(values) }),
    key: (value) => (value === null ? null : timespanReference(String(value))),
    compare: compareNumbers,
  },
  decimal: {
    values: fc.oneof({ weight: 4, arbitrary: textCells('decimal') }, fc.constantFrom('1e5', 'NaN', '-0', '0.000', '.5')),
    column: (values) => ({ type: 'decimal', name: 'c', text: textOf(values) }),
    key: (value) => (value === null ? null : decimalReference(String(value))),
    compare: compareNumbers,
  },
  string: {
    values: textCells('string'),
    column: (values) => ({ type: 'string', name: 'c', values: values.map(String) }),
    key: (value) => value,
    compare: compareText,
  },
  guid: {
    values: textCells('guid'),
    column: (values) => ({ type: 'guid', name: 'c', text: textOf(values) }),
    key: (value) => value,
    compare: compareText,
  },
  dynamic: {
    values: textCells('dynamic'),
    column: (values) => ({ type: 'dynamic', name: 'c', text: textOf(values) }),
    key: (value) => value,
    compare: compareText,
  },
};

/** Ascending: by key, ties in row order. Descending: the reverse key order, ties still in row order. Nulls last. */
function referenceOrder(kind: ColumnKind, values: readonly Value[], sign: 1 | -1): number[] {
  const keys = values.map(kind.key);
  const rows = keys.map((_, row) => row);
  const ordered = rows.filter((row) => keys[row] !== null).sort((a, b) => sign * kind.compare(keys[a] as Key, keys[b] as Key) || a - b);
  return [...ordered, ...rows.filter((row) => keys[row] === null)];
}

function sortsLikeTheReference(kind: ColumnKind, values: readonly Value[]): void {
  const table: ResultTable = { name: 'T', columns: [kind.column(values)], rowCount: values.length };
  expect(Array.from(sortIndex(table, 0, 'ascending', { locale: 'en' }))).toEqual(referenceOrder(kind, values, 1));
  expect(Array.from(sortIndex(table, 0, 'descending', { locale: 'en' }))).toEqual(referenceOrder(kind, values, -1));
}

const fewDistinct = (kind: ColumnKind): fc.Arbitrary<Value[]> =>
  fc.array(kind.values, { minLength: 1, maxLength: 10 }).chain((distinct) => fc.array(fc.constantFrom(...distinct), { maxLength: 400 }));

describe('sortIndex on hundreds of rows of few distinct values agrees with a comparator sort (property)', () => {
  it.each(Object.keys(kinds) as KustoType[])('%s', (type) => {
    const kind = kinds[type];
    fc.assert(
      fc.property(fewDistinct(kind), (values) => sortsLikeTheReference(kind, values)),
      { seed: 2053, numRuns: 100 },
    );
  });

  it.each(Object.keys(kinds) as KustoType[])('%s, rows that arrive already in one order, nulls anywhere', (type) => {
    const kind = kinds[type];
    const arrived = fc.tuple(fewDistinct(kind), fc.constantFrom<1 | -1>(1, -1), fc.array(fc.nat(), { maxLength: type === 'string' ? 0 : 5 })).map(([values, sign, nullsAt]) => {
      const ordered: Value[] = referenceOrder(kind, values, sign).map((row) => values[row] ?? null);
      for (const at of nullsAt) ordered.splice(at % (ordered.length + 1), 0, null);
      return ordered;
    });
    fc.assert(
      fc.property(arrived, (values) => sortsLikeTheReference(kind, values)),
      { seed: 2054, numRuns: 60 },
    );
  });
});
