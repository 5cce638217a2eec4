import { describe, expect, it } from 'vitest';
import { parseFunctionParameters } from './functionParameters';

describe('parseFunctionParameters', () => {
  it('reads scalar parameters with their types', () => {
    expect(parseFunctionParameters('threshold:int, name:string')).toEqual([
      { kind: 'scalar', name: 'threshold', type: 'int', defaultValue: null },
      { kind: 'scalar', name: 'name', type: 'string', defaultValue: null },
    ]);
  });

  it('keeps default values, including quoted ones with commas and equals signs', () => {
    expect(parseFunctionParameters("lookback:timespan = 1d, sep:string='a,b=c'")).toEqual([
      { kind: 'scalar', name: 'lookback', type: 'timespan', defaultValue: '1d' },
      { kind: 'scalar', name: 'sep', type: 'string', defaultValue: "'a,b=c'" },
    ]);
  });

  it('reads tabular parameters with columns, and (*) as any table', () => {
    expect(parseFunctionParameters('T:(TimeGenerated:datetime, Computer:string), U:(*), n:long')).toEqual([
      {
        kind: 'tabular',
        name: 'T',
        columns: [
          { name: 'TimeGenerated', type: 'datetime' },
          { name: 'Computer', type: 'string' },
        ],
      },
      { kind: 'tabular', name: 'U', columns: [] },
      { kind: 'scalar', name: 'n', type: 'long', defaultValue: null },
    ]);
  });

  it('accepts the list wrapped in brackets, as a let statement writes it', () => {
    expect(parseFunctionParameters('(a:int, T:(x:real))')).toEqual([
      { kind: 'scalar', name: 'a', type: 'int', defaultValue: null },
      { kind: 'tabular', name: 'T', columns: [{ name: 'x', type: 'real' }] },
    ]);
  });

  it('gives no parameters for empty text, and dynamic for a part without a type', () => {
    expect(parseFunctionParameters('')).toEqual([]);
    expect(parseFunctionParameters(' ( ) ')).toEqual([]);
    expect(parseFunctionParameters('x, ,y:bool')).toEqual([
      { kind: 'scalar', name: 'x', type: 'dynamic', defaultValue: null },
      { kind: 'scalar', name: 'y', type: 'bool', defaultValue: null },
    ]);
  });
});
