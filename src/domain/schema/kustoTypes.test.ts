import { describe, expect, it } from 'vitest';
import { toKustoType } from './kustoTypes';

describe('toKustoType', () => {
  it('keeps the ten Kusto type names, in any case and with stray spaces', () => {
    expect(['bool', 'datetime', 'dynamic', 'int', 'long', 'real', 'string', 'guid', 'decimal', 'timespan'].map(toKustoType)).toEqual([
      'bool',
      'datetime',
      'dynamic',
      'int',
      'long',
      'real',
      'string',
      'guid',
      'decimal',
      'timespan',
    ]);
    expect(toKustoType(' DateTime ')).toBe('datetime');
  });

  it('maps aliases and .NET names', () => {
    expect(toKustoType('boolean')).toBe('bool');
    expect(toKustoType('double')).toBe('real');
    expect(toKustoType('System.Int64')).toBe('long');
    expect(toKustoType('System.Object')).toBe('dynamic');
    expect(toKustoType('System.Data.SqlTypes.SqlDecimal')).toBe('decimal');
  });

  it('turns an unknown name into dynamic', () => {
    expect(toKustoType('vector16')).toBe('dynamic');
    expect(toKustoType('')).toBe('dynamic');
  });
});
