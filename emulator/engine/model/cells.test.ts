import { describe, expect, it } from 'vitest';
import { cellToString, cellsEqual, compareCells, formatReal, groupKey, normalizeLong, wrapLong } from './cells.ts';

describe('long cells', () => {
  it('are numbers while exact and bigints beyond 2^53', () => {
    expect(normalizeLong(42n)).toBe(42);
    expect(normalizeLong(2n ** 53n + 1n)).toBe(2n ** 53n + 1n);
  });

  it('wrap to 64 bits on overflow', () => {
    expect(wrapLong(2n ** 63n)).toBe(-(2n ** 63n));
  });
});

describe('comparison and equality', () => {
  it('compare numbers with bigints, strings ordinally, false before true, NaN first', () => {
    expect(compareCells(1, 2n)).toBe(-1);
    expect(compareCells('B', 'a')).toBe(-1);
    expect(compareCells(true, false)).toBe(1);
    expect(compareCells(NaN, -Infinity)).toBe(-1);
  });

  it('equal by value, dynamic values by content', () => {
    expect(cellsEqual(3, 3n)).toBe(true);
    expect(cellsEqual({ a: [1] }, { a: [1] })).toBe(true);
    expect(cellsEqual(null, null)).toBe(false);
    expect(groupKey({ a: 1 })).toBe(groupKey({ a: 1 }));
  });
});

describe('text forms', () => {
  it('as tostring() writes them', () => {
    expect(cellToString(null, 'long')).toBe('');
    expect(cellToString(10_000_000n, 'timespan')).toBe('00:00:01');
    expect(cellToString(0n, 'datetime')).toBe('1970-01-01T00:00:00Z');
    expect(cellToString([1, 'a'], 'dynamic')).toBe('[1,"a"]');
    expect(formatReal(1e21)).toBe('1E+21');
    expect(formatReal(0.5)).toBe('0.5');
  });
});
