import { describe, expect, it } from 'vitest';
import { datetime, rows, schema } from '../../testing/queries.ts';

const T = `datatable(k:string, n:long, r:real, t:datetime)[
  "a", 1, 1.5, datetime(2024-01-01 10:05),
  "b", 2, 2.5, datetime(2024-01-01 10:40),
  "a", 3, real(null), datetime(2024-01-01 11:10),
  "a", long(null), 4.5, datetime(2024-01-01 11:20),
  "b", 2, 0.5, datetime(null)]`;

describe('summarize aggregations', () => {
  it('count, countif, dcount, sum, avg, min, max by a key, named as the service', async () => {
    expect(await schema(`${T} | summarize count(), countif(n > 1), dcount(n), sum(n), avg(r), min(t), max(n) by k`)).toEqual([
      'k:string',
      'count_:long',
      'countif_:long',
      'dcount_n:long',
      'sum_n:long',
      'avg_r:real',
      'min_t:datetime',
      'max_n:long',
    ]);
    expect(await rows(`${T} | summarize count(), countif(n > 1), dcount(n), sum(n), avg(r), min(t), max(n) by k`)).toEqual([
      ['a', 3, 1, 2, 4, 3, datetime('2024-01-01T10:05:00Z'), 3],
      ['b', 2, 2, 1, 4, 1.5, datetime('2024-01-01T10:40:00Z'), 2],
    ]);
  });

  it('without by gives one row, even over no rows', async () => {
    expect(await rows(`${T} | summarize count(), sum(n), avg(r)`)).toEqual([[5, 8, 2.25]]);
    expect(await rows(`${T} | where n > 100 | summarize count(), sum(n), max(k)`)).toEqual([[0, null, '']]);
  });

  it('with by over no rows gives no rows', async () => {
    expect(await rows(`${T} | where n > 100 | summarize count() by k`)).toEqual([]);
  });

  it('groups by several keys including bin()', async () => {
    expect(await rows(`${T} | where isnotnull(t) | summarize c = count() by k, bin(t, 1h)`)).toEqual([
      ['a', datetime('2024-01-01T10:00:00Z'), 1],
      ['b', datetime('2024-01-01T10:00:00Z'), 1],
      ['a', datetime('2024-01-01T11:00:00Z'), 2],
    ]);
  });

  it('groups null keys together', async () => {
    expect(await rows(`${T} | summarize count() by n`)).toEqual([
      [1, 1],
      [2, 2],
      [3, 1],
      [null, 1],
    ]);
  });

  it('evaluates expressions around aggregations', async () => {
    expect(await rows(`${T} | summarize total = sum(n) * 10, share = round(todouble(countif(n == 2)) / count(), 2) by k`)).toEqual([
      ['a', 40, 0],
      ['b', 40, 1],
    ]);
  });

  it('summarize by alone is a distinct', async () => {
    expect(await rows(`${T} | summarize by k`)).toEqual([['a'], ['b']]);
  });

  it('sumif, avgif, minif, maxif, dcountif', async () => {
    expect(await rows(`${T} | summarize sumif(n, k == "a"), avgif(r, k == "b"), minif(n, k == "b"), maxif(r, k == "a"), dcountif(k, n > 1)`)).toEqual([
      [4, 1.5, 2, 4.5, 2],
    ]);
  });
});

describe('collections and percentiles', () => {
  it('make_list, make_set, take_any, percentile', async () => {
    expect(await rows(`${T} | summarize make_list(n), make_set(n), take_any(k), percentile(n, 50) by k`)).toEqual([
      ['a', [1, 3], [1, 3], 'a', 1],
      ['b', [2, 2], [2], 'b', 2],
    ]);
  });

  it('make_set honours the size limit', async () => {
    expect(await rows(`${T} | summarize make_set(n, 2)`)).toEqual([[[1, 2]]]);
  });
});

describe('arg_max and arg_min', () => {
  it('return the whole row where the value is largest, keys first', async () => {
    expect(await schema(`${T} | summarize arg_max(n, *) by k`)).toEqual(['k:string', 'n:long', 'r:real', 't:datetime']);
    expect(await rows(`${T} | summarize arg_max(n, *) by k`)).toEqual([
      ['a', 3, null, datetime('2024-01-01T11:10:00Z')],
      ['b', 2, 2.5, datetime('2024-01-01T10:40:00Z')],
    ]);
  });

  it('return the listed columns only', async () => {
    expect(await rows(`${T} | summarize arg_min(r, n, t) by k`)).toEqual([
      ['a', 1.5, 1, datetime('2024-01-01T10:05:00Z')],
      ['b', 0.5, 2, null],
    ]);
  });
});

describe('aggregations with several columns', () => {
  it('percentiles and take_any of several expressions give one column per value, named as the service', async () => {
    expect(await schema(`${T} | summarize percentiles(n, 50, 100), take_any(k, r) by k`)).toEqual([
      'k:string',
      'percentile_n_50:long',
      'percentile_n_100:long',
      'k1:string',
      'r:real',
    ]);
    expect(await rows(`${T} | summarize (median, top) = percentiles(n, 50, 100) by k`)).toEqual([
      ['a', 1, 3],
      ['b', 2, 2],
    ]);
  });
});
