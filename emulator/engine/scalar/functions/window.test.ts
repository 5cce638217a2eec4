import { describe, expect, it } from 'vitest';
import { failure, rows, schema } from '../../testing/queries.ts';

const AIRPORTS = `datatable(Airport:string, Airline:string, Departures:long)[
  "TLV", "LH", 1, "TLV", "LY", 100, "SEA", "LH", 1, "SEA", "BA", 2, "SEA", "LY", 0]`;

describe('row_number', () => {
  it('numbers the serialized rows from 1, or from a start', async () => {
    expect(await rows('range a from 1 to 4 step 1 | sort by a desc | extend rn = row_number()')).toEqual([
      [4, 1],
      [3, 2],
      [2, 3],
      [1, 4],
    ]);
    expect(await schema('range a from 1 to 2 step 1 | serialize rn = row_number(7)')).toEqual(['a:long', 'rn:long']);
    expect(await rows('range a from 1 to 2 step 1 | serialize rn = row_number(7)')).toEqual([
      [1, 7],
      [2, 8],
    ]);
  });

  it('restarts where the restart condition is true (numbering per partition)', async () => {
    expect(await rows(`${AIRPORTS} | sort by Airport asc, Departures desc | extend Rank = row_number(1, prev(Airport) != Airport) | project Airport, Airline, Rank`)).toEqual([
      ['SEA', 'BA', 1],
      ['SEA', 'LH', 2],
      ['SEA', 'LY', 3],
      ['TLV', 'LY', 1],
      ['TLV', 'LH', 2],
    ]);
  });
});

describe('prev and next', () => {
  it('read the row at an offset, with the type default or the given default beyond the rows', async () => {
    expect(await rows(`${AIRPORTS} | serialize p = prev(Departures), n = next(Airline, 2), d = prev(Departures, 2, -1) | project p, n, d`)).toEqual([
      [null, 'LH', -1],
      [1, 'BA', -1],
      [100, 'LY', 1],
      [1, '', 100],
      [2, '', 1],
    ]);
  });

  it('compare adjacent rows after a sort', async () => {
    expect(await rows('datatable(t:long)[5, 1, 3] | order by t asc | extend gap = t - prev(t) | project gap')).toEqual([[null], [2], [2]]);
  });
});

describe('serialized row sets', () => {
  it('window functions over a table or a summarize are refused as the service does', async () => {
    expect(await failure('AppTraces | extend rn = row_number()')).toMatchObject({
      kind: 'runtime',
      message: expect.stringContaining("Function 'row_number' cannot be invoked in current context") as unknown,
    });
    expect(await failure('AppTraces | summarize c = count() by AppRoleName | extend p = prev(c)')).toMatchObject({ kind: 'runtime' });
  });

  it('serialize, sort, top and range serialize; where and project keep it', async () => {
    expect(await rows('AppTraces | serialize | where SeverityLevel == 3 | project rn = row_number()')).toEqual([[1], [2]]);
    expect(await rows('AppTraces | top 2 by SeverityLevel asc | extend rn = row_number() | project SeverityLevel, rn')).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});
