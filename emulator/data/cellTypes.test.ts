import { describe, expect, it } from 'vitest';
import type { Cell } from '../engine/api.ts';
import { cellTypeError, columnTypeErrors } from './cellTypes.ts';

describe('cellTypeError', () => {
  it('accepts each type\'s own representation and null where nullable', () => {
    expect(cellTypeError('text', 'string')).toBeNull();
    expect(cellTypeError(true, 'bool')).toBeNull();
    expect(cellTypeError(-2_147_483_648, 'int')).toBeNull();
    expect(cellTypeError(2 ** 53, 'long')).toBeNull();
    expect(cellTypeError(9_007_199_254_740_993n, 'long')).toBeNull();
    expect(cellTypeError(Number.NaN, 'real')).toBeNull();
    expect(cellTypeError('0.10101', 'decimal')).toBeNull();
    expect(cellTypeError('74be27de-1e4e-49d9-b579-fe0b331d3642', 'guid')).toBeNull();
    expect(cellTypeError(17_000_000_000_000_000n, 'datetime')).toBeNull();
    expect(cellTypeError(100_000_000n, 'timespan')).toBeNull();
    expect(cellTypeError({ a: [1, 'b', null, { c: false }] }, 'dynamic')).toBeNull();
    for (const type of ['bool', 'int', 'long', 'real', 'decimal', 'guid', 'datetime', 'timespan', 'dynamic'] as const) {
      expect(cellTypeError(null, type)).toBeNull();
    }
  });

  it('rejects values of the wrong representation', () => {
    expect(cellTypeError(null, 'string')).toBe('a string cell holds null');
    expect(cellTypeError(1, 'bool')).toBe('a bool cell holds number');
    expect(cellTypeError(2_147_483_648, 'int')).toBe('2147483648 is not a 32-bit int');
    expect(cellTypeError(1.5, 'int')).toBe('1.5 is not a 32-bit int');
    expect(cellTypeError(2 ** 53 + 2, 'long')).toBe('9007199254740994 is not an integer within 2^53');
    expect(cellTypeError(0.5, 'long')).toBe('0.5 is not an integer within 2^53');
    expect(cellTypeError(2n ** 53n, 'long')).toBe('9007199254740992 must be a number (within 2^53) or a bigint beyond 2^53 inside the int64 range');
    expect(cellTypeError(5n, 'long')).toBe('5 must be a number (within 2^53) or a bigint beyond 2^53 inside the int64 range');
    expect(cellTypeError(9_223_372_036_854_775_808n, 'long')).toBe('9223372036854775808 must be a number (within 2^53) or a bigint beyond 2^53 inside the int64 range');
    expect(cellTypeError('1e5', 'decimal')).toBe('1e5 is not decimal text');
    expect(cellTypeError('74BE27DE-1E4E-49D9-B579-FE0B331D3642', 'guid')).toBe('74BE27DE-1E4E-49D9-B579-FE0B331D3642 is not a lowercase dashed guid');
    expect(cellTypeError(1_700_000_000_000, 'datetime')).toBe('a datetime cell holds number, not bigint ticks');
    expect(cellTypeError({ a: [1, 2n] } as unknown as Cell, 'dynamic')).toBe('value.a[1] is a bigint, not a JSON value');
    expect(cellTypeError({ n: Number.POSITIVE_INFINITY }, 'dynamic')).toBe('value.n is a non-finite number');
  });
});

describe('columnTypeErrors', () => {
  it('lists the first problems of a column by row', () => {
    const shared = { ok: true };
    expect(columnTypeErrors([shared, shared, { bad: 1n } as unknown as Cell, 5n, 6n], 'dynamic', 1)).toEqual(['2: value.bad is a bigint, not a JSON value']);
    expect(columnTypeErrors([1, 'x', null, 2.5], 'int')).toEqual(['1: x is not a 32-bit int', '3: 2.5 is not a 32-bit int']);
    expect(columnTypeErrors(['a', ''], 'string')).toEqual([]);
  });
});
