import { describe, expect, it } from 'vitest';
import { ticksFromIso } from '../../engine/values.ts';
import { cellEncoder } from './cells.ts';

describe('cell encoding', () => {
  it('writes numbers and booleans as native JSON, a long beyond 2^53 exactly', () => {
    expect(cellEncoder('bool')(true)).toBe('true');
    expect(cellEncoder('int')(12345)).toBe('12345');
    expect(cellEncoder('long')(1234567890123)).toBe('1234567890123');
    expect(cellEncoder('long')(9007199254740993n)).toBe('9007199254740993');
    expect(cellEncoder('long')(-9223372036854775808n)).toBe('-9223372036854775808');
    expect(cellEncoder('real')(12345.6789)).toBe('12345.6789');
    expect(cellEncoder('real')(0)).toBe('0');
  });

  it('writes non-finite reals as the strings the service uses', () => {
    expect(cellEncoder('real')(NaN)).toBe('"NaN"');
    expect(cellEncoder('real')(Infinity)).toBe('"Infinity"');
    expect(cellEncoder('real')(-Infinity)).toBe('"-Infinity"');
  });

  it('writes datetime, timespan, guid and decimal as strings', () => {
    expect(cellEncoder('datetime')(ticksFromIso('2015-12-31T23:59:59.9Z'))).toBe('"2015-12-31T23:59:59.9Z"');
    expect(cellEncoder('timespan')(100_000_000n)).toBe('"00:00:10"');
    expect(cellEncoder('guid')('74be27de-1e4e-49d9-b579-fe0b331d3642')).toBe('"74be27de-1e4e-49d9-b579-fe0b331d3642"');
    expect(cellEncoder('decimal')('0.10101')).toBe('"0.10101"');
  });

  it('writes dynamic as a string holding compact JSON, keeping key order', () => {
    expect(cellEncoder('dynamic')({ hello: 'world', a: [1, { b: null }] })).toBe('"{\\"hello\\":\\"world\\",\\"a\\":[1,{\\"b\\":null}]}"');
    expect(cellEncoder('dynamic')('abc')).toBe('"\\"abc\\""');
  });

  it('writes null for every nullable type and "" for a string', () => {
    for (const type of ['bool', 'int', 'long', 'real', 'decimal', 'guid', 'datetime', 'timespan', 'dynamic'] as const) expect(cellEncoder(type)(null)).toBe('null');
    expect(cellEncoder('string')(null)).toBe('""');
    expect(cellEncoder('string')('line\n"quoted"')).toBe('"line\\n\\"quoted\\""');
  });
});
