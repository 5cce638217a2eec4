import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixSortRows } from './radixOrder';

/** The order a stable comparator sort gives: by primary, then secondary, then the rows' given order. */
function comparatorOrder(rows: readonly number[], primary: Float64Array, secondary: Float64Array | null): number[] {
  const compare = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .map((row, position) => ({ row, position }))
    .sort((a, b) => compare(primary[a.row] as number, primary[b.row] as number) || (secondary ? compare(secondary[a.row] as number, secondary[b.row] as number) : 0) || a.position - b.position)
    .map(({ row }) => row);
}

function radixOrder(rows: readonly number[], primary: Float64Array, secondary: Float64Array | null = null): number[] {
  const sorted = Uint32Array.from(rows);
  radixSortRows(sorted, primary, secondary);
  return Array.from(sorted);
}

const SPECIAL = [0, -0, 1, -1, 0.5, -0.5, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 32 - 1, 2 ** 32, -(2 ** 31), 2 ** 53 + 2, -(2 ** 53)];

/** Keys of every shape the sort treats differently: small integers, integers spanning 2^32 or more, any double. */
const keyPool = fc.oneof(
  fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 4 }),
  fc.array(fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_000 + 2 ** 32 }), { minLength: 1, maxLength: 8 }),
  fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 8 }),
  fc.array(fc.oneof(fc.constantFrom(...SPECIAL), fc.integer(), fc.double({ noNaN: true, min: -1e6, max: 1e6 })), { minLength: 1, maxLength: 10 }),
);

const keyedRows = fc
  .record({ primaryPool: keyPool, secondaryPool: fc.option(keyPool), length: fc.nat({ max: 300 }) })
  .chain(({ primaryPool, secondaryPool, length }) =>
    fc.record({
      primary: fc.array(fc.constantFrom(...primaryPool), { minLength: length, maxLength: length }),
      secondary: secondaryPool ? fc.array(fc.constantFrom(...secondaryPool), { minLength: length, maxLength: length }) : fc.constant(null),
      // A subset of the rows in any order, as the sort is given them.
      rows: fc.shuffledSubarray(Array.from({ length }, (_, row) => row)),
    }),
  );

describe('radixSortRows', () => {
  it('orders rows as a stable comparator sort does, for keys of any magnitude and sign', () => {
    fc.assert(
      fc.property(keyedRows, ({ primary, secondary, rows }) => {
        const primaryKeys = Float64Array.from(primary);
        const secondaryKeys = secondary && Float64Array.from(secondary);
        expect(radixOrder(rows, primaryKeys, secondaryKeys)).toEqual(comparatorOrder(rows, primaryKeys, secondaryKeys));
      }),
      { seed: 5150, numRuns: 400 },
    );
  });

  it('treats -0 and 0 as equal, keeping their rows in the given order', () => {
    expect(radixOrder([0, 1, 2, 3], Float64Array.of(0, -0, -1, 0))).toEqual([2, 0, 1, 3]);
    expect(radixOrder([0, 1, 2], Float64Array.of(-0, 0.5, 0))).toEqual([0, 2, 1]);
  });

  it('puts -Infinity first and +Infinity last', () => {
    expect(radixOrder([0, 1, 2, 3], Float64Array.of(Number.POSITIVE_INFINITY, -1e308, Number.NEGATIVE_INFINITY, 1e308))).toEqual([2, 1, 3, 0]);
  });

  it('orders integers whose range is just under and just over 2^32', () => {
    expect(radixOrder([0, 1, 2], Float64Array.of(2 ** 32 - 1, 0, 1))).toEqual([1, 2, 0]);
    expect(radixOrder([0, 1, 2], Float64Array.of(2 ** 32, 0, 1))).toEqual([1, 2, 0]);
    expect(radixOrder([0, 1, 2], Float64Array.of(-(2 ** 31), 2 ** 31, 0))).toEqual([0, 2, 1]);
  });

  it('orders by the secondary key only between equal primary keys', () => {
    expect(radixOrder([0, 1, 2, 3], Float64Array.of(2, 1, 1, 0), Float64Array.of(0, 9, 3, 5))).toEqual([3, 2, 1, 0]);
  });

  it('sorts only the rows it is given, whatever keys the other rows have', () => {
    expect(radixOrder([4, 2, 0], Float64Array.of(3, Number.NaN, 1, Number.NaN, 2))).toEqual([2, 4, 0]);
  });
});
