import { describe, expect, it } from 'vitest';
import { datetime, rows, schema } from '../../testing/queries.ts';

const SALES = `datatable(Region:string, Seller:string, Amount:long)[
  "east", "ann", 10, "east", "bob", 30, "east", "ann", 15, "west", "cid", 50, "west", "dee", 5, "north", "eve", 20]`;

describe('top-nested', () => {
  it('keeps the top N of each level by its aggregate, naming the aggregate aggregated_X', async () => {
    const text = `${SALES} | top-nested 2 of Region by sum(Amount), top-nested 1 of Seller by sum(Amount)`;
    expect(await schema(text)).toEqual(['Region:string', 'aggregated_Region:long', 'Seller:string', 'aggregated_Seller:long']);
    expect(await rows(text)).toEqual([
      ['east', 55, 'bob', 30],
      ['west', 55, 'cid', 50],
    ]);
  });

  it('takes every value when N is omitted, names columns, orders ascending on request', async () => {
    expect(await schema(`${SALES} | top-nested of R = Region by n = count() asc`)).toEqual(['R:string', 'n:long']);
    expect(await rows(`${SALES} | top-nested of R = Region by n = count() asc`)).toEqual([
      ['north', 1],
      ['west', 2],
      ['east', 3],
    ]);
  });

  it('with others aggregates the values left out', async () => {
    expect(await rows(`${SALES} | top-nested 1 of Region with others = "rest" by sum(Amount)`)).toEqual([
      ['east', 55],
      ['rest', 75],
    ]);
  });

  it('the documented pattern: latest records per identity, other columns through max(1)', async () => {
    const text = `datatable(id:string, timestamp:datetime, info:string)[
      "Barak", datetime(2015-01-01), "1", "Barak", datetime(2016-01-01), "2", "Barak", datetime(2017-01-20), "3",
      "Donald", datetime(2017-01-20), "4", "Donald", datetime(2017-01-18), "5", "Donald", datetime(2017-01-19), "6"]
      | top-nested of id by Ignore0 = max(1), top-nested 2 of timestamp by Ignore1 = max(timestamp), top-nested of info by Ignore2 = max(1)
      | project-away Ignore0, Ignore1, Ignore2 | order by id asc, timestamp asc`;
    expect(await rows(text)).toEqual([
      ['Barak', datetime('2016-01-01T00:00:00Z'), '2'],
      ['Barak', datetime('2017-01-20T00:00:00Z'), '3'],
      ['Donald', datetime('2017-01-19T00:00:00Z'), '6'],
      ['Donald', datetime('2017-01-20T00:00:00Z'), '4'],
    ]);
  });
});
