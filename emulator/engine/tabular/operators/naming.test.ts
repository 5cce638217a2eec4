import { describe, expect, it } from 'vitest';
import { databaseOf, rows, schema, TRACES } from '../../testing/queries.ts';

describe('serialize', () => {
  it('passes the rows through, adding the listed columns', async () => {
    expect(await schema('datatable(a:long)[3, 1] | serialize b = a * 2')).toEqual(['a:long', 'b:long']);
    expect(await rows('datatable(a:long)[3, 1] | serialize b = a * 2')).toEqual([
      [3, 6],
      [1, 2],
    ]);
    expect(await rows('datatable(a:long)[3, 1] | serialize')).toEqual([[3], [1]]);
  });
});

describe('as', () => {
  it('names the rows for a later part of the same query', async () => {
    const text = 'AppTraces | where AppRoleName == "web" | as Web | join kind=inner (Web | where SeverityLevel == 3) on Message | project Message';
    expect(await rows(text)).toEqual([['User login failed for alice'], ['Timeout calling payments']]);
  });
});

describe('invoke', () => {
  it('passes the input as the first argument of a let function', async () => {
    const text = 'let above = (T:(x:long), limit:long) { T | where x > limit }; range x from 1 to 5 step 1 | invoke above(3)';
    expect(await rows(text)).toEqual([[4], [5]]);
  });

  it('calls a stored function with a tabular parameter', async () => {
    const database = databaseOf({ AppTraces: TRACES }, [{ name: 'Severe', parameters: '(T:(SeverityLevel:int), level:int)', body: 'T | where SeverityLevel >= level' }]);
    expect(await rows('AppTraces | invoke Severe(3) | count', { database })).toEqual([[2]]);
  });
});

describe('materialize', () => {
  it('evaluates a let once and reuses it', async () => {
    expect(await rows('let m = materialize(AppTraces | summarize c = count() by AppRoleName); m | join kind=inner (m) on AppRoleName | project AppRoleName, c, c1')).toEqual([
      ['web', 3, 3],
      ['worker', 2, 2],
    ]);
  });
});

describe('table()', () => {
  it('reads a table or a tabular let named by a string, also a function parameter', async () => {
    expect(await rows('table("AppTraces") | count')).toEqual([[5]]);
    expect(await rows('let f = (name:string) { table(name) | where SeverityLevel == 3 | count }; f("AppTraces")')).toEqual([[2]]);
    expect(await rows("let T = datatable(a:long)[1, 2]; table('T') | count")).toEqual([[2]]);
  });
});
