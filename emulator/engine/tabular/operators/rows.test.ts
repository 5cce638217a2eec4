import { describe, expect, it } from 'vitest';
import { rows, schema } from '../../testing/queries.ts';

const T = 'datatable(a:string, b:long)["x", 1, "y", 2, "x", 1, "x", 3]';

describe('distinct', () => {
  it('returns each combination once, in first-seen order', async () => {
    expect(await rows(`${T} | distinct a, b`)).toEqual([
      ['x', 1],
      ['y', 2],
      ['x', 3],
    ]);
    expect(await rows(`${T} | distinct a`)).toEqual([['x'], ['y']]);
  });

  it('distinct * uses every column', async () => {
    expect(await rows(`${T} | distinct *`)).toEqual([
      ['x', 1],
      ['y', 2],
      ['x', 3],
    ]);
  });
});

describe('count', () => {
  it('returns one row with the row count as a long named Count', async () => {
    expect(await schema(`${T} | count`)).toEqual(['Count:long']);
    expect(await rows(`${T} | count`)).toEqual([[4]]);
    expect(await rows(`${T} | where b > 5 | count`)).toEqual([[0]]);
  });
});
