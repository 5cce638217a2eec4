import { describe, expect, it } from 'vitest';
import { rows } from '../../testing/queries.ts';

describe('math', () => {
  it('round, floor (bin), ceiling, abs, log, pow, sqrt, exp', async () => {
    expect(await rows('print round(2.5), round(-2.5), round(1.2345, 2), floor(7.9, 1), floor(-7.1, 1), ceiling(1.2), abs(-3), abs(-2.5), log(1.0), pow(2, 10), sqrt(16.0), exp(0), exp2(3), exp10(2)')).toEqual([
      [3, -3, 1.23, 7, -8, 2, 3, 2.5, 0, 1024, 4, 1, 8, 100],
    ]);
  });

  it('NaN and infinities: isnan, isinf, isfinite, sqrt of a negative, log of zero', async () => {
    expect(await rows('print isnan(sqrt(-1.0)), isinf(log(0.0)), isfinite(1.0/0), isfinite(2.0), isnan(1.0), log(0.0) < 0')).toEqual([[true, true, false, true, false, true]]);
  });

  it('sign, min_of and max_of skip nulls', async () => {
    expect(await rows('print sign(-4.0), sign(0.0), min_of(3, 1, 2), max_of(int(null), 5), min_of(int(null), int(null))')).toEqual([[-1, 0, 1, 5, null]]);
  });

  it('tolong and toint of text', async () => {
    expect(await rows('print tolong("123"), tolong(" -5 "), tolong("12a"), tolong(""), toint("2147483647"), tolong("9223372036854775807")')).toEqual([
      [123, -5, null, null, 2147483647, 9223372036854775807n],
    ]);
  });
});
