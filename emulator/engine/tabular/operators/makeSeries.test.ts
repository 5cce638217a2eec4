import { describe, expect, it } from 'vitest';
import { rows, schema } from '../../testing/queries.ts';

const METRICS = `datatable(timestamp:datetime, metric:real)[
  datetime(2016-12-31T06:00), 50, datetime(2017-01-01), 4, datetime(2017-01-02), 3, datetime(2017-01-03), 4,
  datetime(2017-01-03T03:00), 6, datetime(2017-01-05), 8, datetime(2017-01-05T13:40), 13, datetime(2017-01-06), 4,
  datetime(2017-01-07), 3, datetime(2017-01-08), 8, datetime(2017-01-08T21:00), 8, datetime(2017-01-09), 2,
  datetime(2017-01-09T12:00), 11, datetime(2017-01-10T05:00), 5]`;

const day = (d: number): string => `2017-01-${String(d).padStart(2, '0')}T00:00:00.0000000Z`;

describe('make-series', () => {
  it('builds one array per aggregation over from..to (exclusive) with default 0 (the documented example)', async () => {
    const text = `${METRICS} | make-series avg(metric) on timestamp from datetime(2017-01-01) to datetime(2017-01-10) step 1d`;
    expect(await schema(text)).toEqual(['avg_metric:dynamic', 'timestamp:dynamic']);
    expect(await rows(text)).toEqual([[[4, 3, 5, 0, 10.5, 4, 3, 8, 6.5], [1, 2, 3, 4, 5, 6, 7, 8, 9].map(day)]]);
  });

  it('groups by keys, names and defaults each aggregation', async () => {
    const text = `datatable(t:datetime, k:string, v:long)[
      datetime(2024-01-01 00:10), "a", 1, datetime(2024-01-01 02:20), "a", 5, datetime(2024-01-01 01:00), "b", 7]
      | make-series n = count(), total = sum(v) default = long(null) on t from datetime(2024-01-01) to datetime(2024-01-01 03:00) step 1h by k`;
    expect(await schema(text)).toEqual(['k:string', 'n:dynamic', 'total:dynamic', 't:dynamic']);
    const hours = ['2024-01-01T00:00:00.0000000Z', '2024-01-01T01:00:00.0000000Z', '2024-01-01T02:00:00.0000000Z'];
    expect(await rows(text)).toEqual([
      ['a', [1, 0, 1], [1, null, 5], hours],
      ['b', [0, 1, 0], [null, 7, null], hours],
    ]);
  });

  it('without from/to spans the bins that have data', async () => {
    expect(await rows('datatable(x:long, v:long)[3, 1, 7, 2, 8, 3] | make-series sum(v) on x step 2')).toEqual([[[1, 0, 2, 3], [2, 4, 6, 8]]]);
  });

  it('in range(start, stop, step) includes the stop', async () => {
    expect(await rows('datatable(x:long)[1, 3, 4] | make-series count() on x in range(0, 4, 2)')).toEqual([[[1, 1, 1], [0, 2, 4]]]);
  });

  it('gives no rows over an empty input unless kind=nonempty', async () => {
    const empty = 'datatable(t:datetime)[] | make-series';
    expect(await rows(`${empty} count() on t from datetime(2024-01-01) to datetime(2024-01-03) step 1d`)).toEqual([]);
    expect(await rows(`${empty} kind=nonempty count() on t from datetime(2024-01-01) to datetime(2024-01-03) step 1d`)).toEqual([
      [[0, 0], ['2024-01-01T00:00:00.0000000Z', '2024-01-02T00:00:00.0000000Z']],
    ]);
  });

  it('over a stored table with timespan steps', async () => {
    expect(await rows('AppTraces | make-series count() on TimeGenerated from datetime(2024-05-14 09:00) to datetime(2024-05-14 12:00) step 1h by AppRoleName')).toEqual([
      ['web', [1, 0, 1], ['2024-05-14T09:00:00.0000000Z', '2024-05-14T10:00:00.0000000Z', '2024-05-14T11:00:00.0000000Z']],
      ['worker', [0, 0, 1], ['2024-05-14T09:00:00.0000000Z', '2024-05-14T10:00:00.0000000Z', '2024-05-14T11:00:00.0000000Z']],
    ]);
  });
});
