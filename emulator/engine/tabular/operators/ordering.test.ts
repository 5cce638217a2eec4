import { describe, expect, it } from 'vitest';
import { datetime, rows } from '../../testing/queries.ts';

const T = 'datatable(n:long, s:string, t:datetime)[3, "b", datetime(2024-01-02), long(null), "a", datetime(null), 1, "C", datetime(2024-01-01), 2, "a", datetime(2024-01-03)]';

describe('order by / sort by', () => {
  it('defaults to descending with nulls last', async () => {
    expect(await rows(`${T} | order by n | project n`)).toEqual([[3], [2], [1], [null]]);
  });

  it('ascending puts nulls first by default', async () => {
    expect(await rows(`${T} | sort by n asc | project n`)).toEqual([[null], [1], [2], [3]]);
  });

  it('nulls first / last override the default', async () => {
    expect(await rows(`${T} | order by n desc nulls first | project n`)).toEqual([[null], [3], [2], [1]]);
    expect(await rows(`${T} | order by n asc nulls last | project n`)).toEqual([[1], [2], [3], [null]]);
  });

  it('orders strings ordinally and breaks ties with the next key', async () => {
    expect(await rows(`${T} | order by s asc, n desc | project s, n`)).toEqual([
      ['C', 1],
      ['a', 2],
      ['a', null],
      ['b', 3],
    ]);
  });

  it('orders datetimes exactly, including ticks a double cannot tell apart', async () => {
    expect(await rows(`${T} | where isnotnull(t) | order by t asc | project t`)).toEqual([
      [datetime('2024-01-01T00:00:00Z')],
      [datetime('2024-01-02T00:00:00Z')],
      [datetime('2024-01-03T00:00:00Z')],
    ]);
    expect(await rows('datatable(t:datetime)[datetime(2024-01-01 00:00:00.0000001), datetime(2024-01-01 00:00:00.0000002), datetime(2024-01-01)] | order by t')).toEqual([
      [datetime('2024-01-01T00:00:00.0000002Z')],
      [datetime('2024-01-01T00:00:00.0000001Z')],
      [datetime('2024-01-01T00:00:00Z')],
    ]);
  });

  it('keeps the input order of equal keys (stable)', async () => {
    expect(await rows('datatable(k:long, i:long)[1, 1, 2, 2, 1, 3, 2, 4] | order by k desc | project i')).toEqual([[2], [4], [1], [3]]);
  });

  it('sorts by an expression', async () => {
    expect(await rows(`${T} | order by strlen(s) * n asc | project n`)).toEqual([[null], [1], [2], [3]]);
  });
});

describe('top', () => {
  it('returns the first N by the ordering, descending by default', async () => {
    expect(await rows(`${T} | top 2 by n | project n`)).toEqual([[3], [2]]);
    expect(await rows(`${T} | top 2 by n asc nulls last | project n`)).toEqual([[1], [2]]);
  });

  it('matches a full sort followed by take on a larger input, ties in input order', async () => {
    const data = Array.from({ length: 60 }, (_, i) => `${(i * 37) % 23}, ${i}`).join(', ');
    const table = `datatable(k:long, i:long)[${data}]`;
    expect(await rows(`${table} | top 5 by k asc`)).toEqual(await rows(`${table} | order by k asc | project k, i | take 5`));
  });
});

describe('take / limit', () => {
  it('returns the first N rows', async () => {
    expect(await rows(`${T} | take 2 | project n`)).toEqual([[3], [null]]);
    expect(await rows(`${T} | limit 1 | project n`)).toEqual([[3]]);
    expect(await rows(`let k = 0; ${T} | take k`)).toEqual([]);
  });

  it('after a sort returns the first N in order', async () => {
    expect(await rows(`${T} | order by n asc | take 3 | project n`)).toEqual([[null], [1], [2]]);
  });
});
