import { describe, expect, it } from 'vitest';
import { datetime, rows, schema } from '../testing/queries.ts';

const T = `let T = datatable(Host:string, Ms:long, Ok:bool, When:datetime, Tags:dynamic) [
  "a", 10, true,  datetime(2024-01-01 10:00), dynamic({"x":1}),
  "a", 30, false, datetime(2024-01-01 12:00), dynamic({"y":2}),
  "a", long(null), true, datetime(2024-01-01 11:00), dynamic(null),
  "b", 20, false, datetime(2024-01-02 09:00), dynamic({"x":9}),
  "b", 20, true,  datetime(2024-01-02 08:00), dynamic([1,2]),
];
T`;

describe('counting', () => {
  it('count, countif, dcount, dcountif, count_distinct; names count_, countif_X, dcount_X', async () => {
    const query = `${T} | summarize count(), countif(Ok), dcount(Ms), dcountif(Ms, Ok), count_distinct(Host) by Host | order by Host asc`;
    expect(await schema(query)).toEqual(['Host:string', 'count_:long', 'countif_Ok:long', 'dcount_Ms:long', 'dcountif_Ms:long', 'count_distinct_Host:long']);
    expect(await rows(query)).toEqual([
      ['a', 3, 2, 2, 1, 1],
      ['b', 2, 1, 1, 1, 1],
    ]);
  });
});

describe('numeric', () => {
  it('sum, sumif, avg, avgif, min, max skip nulls; names sum_X, avg_X', async () => {
    const query = `${T} | summarize sum(Ms), sumif(Ms, Ok), avg(Ms), avgif(Ms, Ok), min(When), max(Ms) by Host | order by Host asc`;
    expect(await schema(query)).toEqual(['Host:string', 'sum_Ms:long', 'sumif_Ms:long', 'avg_Ms:real', 'avgif_Ms:real', 'min_When:datetime', 'max_Ms:long']);
    expect(await rows(query)).toEqual([
      ['a', 40, 10, 20, 10, datetime('2024-01-01T10:00:00Z'), 30],
      ['b', 40, 20, 20, 20, datetime('2024-01-02T08:00:00Z'), 20],
    ]);
  });

  it('stdev and variance (sample), stdevp and variancep (population), and the -if forms (documentation values)', async () => {
    expect(await rows('range x from 1 to 5 step 1 | summarize stdev(x), variance(x), stdevp(x), variancep(x), stdevif(x, x > 3), varianceif(x, x < 3)')).toEqual([
      [1.5811388300841898, 2.5, 1.4142135623730951, 2, 0.7071067811865476, 0.5],
    ]);
  });

  it('a single value has a sample stdev of 0', async () => {
    expect(await rows('print x = 7 | summarize stdev(x), variance(x)')).toEqual([[0, 0]]);
  });
});

describe('percentiles', () => {
  it('nearest rank; names percentile_X_P; percentiles with one value; percentiles_array', async () => {
    const query = 'range x from 1 to 10 step 1 | summarize percentile(x, 50), percentile(x, 95), percentiles(x, 25), percentiles_array(x, 0, 50, 100)';
    expect(await schema(query)).toEqual(['percentile_x_50:long', 'percentile_x_95:long', 'percentile_x_25:long', 'percentiles_x:dynamic']);
    expect(await rows(query)).toEqual([[5, 10, 3, [1, 5, 10]]]);
  });

  it('percentile of datetimes stays a datetime (the 3rd of 5 sorted values)', async () => {
    expect(await rows(`${T} | summarize percentile(When, 50)`)).toEqual([[datetime('2024-01-01T12:00:00Z')]]);
  });

  it('several percentiles in one call give one column each', async () => {
    expect(await schema('range x from 1 to 10 step 1 | summarize percentiles(x, 50, 95)')).toEqual(['percentile_x_50:long', 'percentile_x_95:long']);
    expect(await rows('range x from 1 to 10 step 1 | summarize (p50, p95) = percentiles(x, 50, 95) by odd = x % 2 == 1')).toEqual([
      [true, 5, 9],
      [false, 6, 10],
    ]);
  });
});

describe('collections', () => {
  it('make_list, make_set (with max size), make_list_if, make_set_if; names list_X, set_X', async () => {
    const query = `${T} | summarize make_list(Ms), make_set(Ms), make_set(Host, 1), make_list_if(Ms, Ok), make_set_if(Host, Ms > 15) by Ok | order by Ok asc`;
    expect(await schema(query)).toEqual(['Ok:bool', 'list_Ms:dynamic', 'set_Ms:dynamic', 'set_Host:dynamic', 'list_Ms1:dynamic', 'set_Host1:dynamic']);
    expect(await rows(query)).toEqual([
      [false, [30, 20], [30, 20], ['a'], [], ['a', 'b']],
      [true, [10, 20], [10, 20], ['a'], [10, 20], ['b']],
    ]);
  });

  it('make_bag merges property bags and skips other values; make_bag_if', async () => {
    expect(await rows(`${T} | summarize make_bag(Tags), make_bag_if(Tags, Host == "b")`)).toEqual([[{ x: 1, y: 2 }, { x: 9 }]]);
  });

  it('take_any/any pick a value of the group; take_anyif one meeting the predicate', async () => {
    expect(await rows(`${T} | summarize take_any(Host), take_anyif(Ms, Ok == false) by Host | order by Host asc`)).toEqual([
      ['a', 'a', 30],
      ['b', 'b', 20],
    ]);
  });
});

describe('arg_max and arg_min', () => {
  it('with * take every other column of the winning row', async () => {
    const query = `${T} | summarize arg_max(When, *) by Host | order by Host asc`;
    expect(await schema(query)).toEqual(['Host:string', 'When:datetime', 'Ms:long', 'Ok:bool', 'Tags:dynamic']);
    expect(await rows(query)).toEqual([
      ['a', datetime('2024-01-01T12:00:00Z'), 30, false, { y: 2 }],
      ['b', datetime('2024-01-02T09:00:00Z'), 20, false, { x: 9 }],
    ]);
  });

  it('with named columns and renames', async () => {
    expect(await rows(`${T} | summarize arg_min(When, Ms, First = Ok) by Host | order by Host asc`)).toEqual([
      ['a', datetime('2024-01-01T10:00:00Z'), 10, true],
      ['b', datetime('2024-01-02T08:00:00Z'), 20, true],
    ]);
  });
});

describe('by clauses', () => {
  it('several keys and expressions, including bin(), named as the service names them', async () => {
    const query = `${T} | summarize n = count() by Host, bin(When, 1d), Slow = Ms > 15 | order by Host asc, When asc, Slow asc`;
    expect(await schema(query)).toEqual(['Host:string', 'When:datetime', 'Slow:bool', 'n:long']);
    expect(await rows(query)).toEqual([
      ['a', datetime('2024-01-01T00:00:00Z'), null, 1],
      ['a', datetime('2024-01-01T00:00:00Z'), false, 1],
      ['a', datetime('2024-01-01T00:00:00Z'), true, 1],
      ['b', datetime('2024-01-02T00:00:00Z'), true, 2],
    ]);
  });

  it('an unnamed function key is named after the function and its column', async () => {
    expect(await schema(`${T} | summarize count() by strlen(Host)`)).toEqual(['strlen_Host:long', 'count_:long']);
  });
});
