import { describe, expect, it } from 'vitest';
import { datetime, rows, schema } from '../../testing/queries.ts';

describe('mv-expand', () => {
  it('expands arrays, repeating the other columns; the column stays dynamic', async () => {
    const text = "datatable(a:int, b:dynamic)[1, dynamic([10, 20]), 2, dynamic(['a', 'b'])] | mv-expand b";
    expect(await schema(text)).toEqual(['a:int', 'b:dynamic']);
    expect(await rows(text)).toEqual([
      [1, 10],
      [1, 20],
      [2, 'a'],
      [2, 'b'],
    ]);
  });

  it('expands property bags into single-slot bags, or [key, value] pairs with kind=array', async () => {
    const bags = 'datatable(a:int, b:dynamic)[1, dynamic({"prop1": "a1", "prop2": "b1"})]';
    expect(await rows(`${bags} | mv-expand b`)).toEqual([
      [1, { prop1: 'a1' }],
      [1, { prop2: 'b1' }],
    ]);
    expect(await rows(`${bags} | mv-expand kind=array b | extend key = tostring(b[0]), val = tostring(b[1]) | project key, val`)).toEqual([
      ['prop1', 'a1'],
      ['prop2', 'b1'],
    ]);
  });

  it('zips several columns, padding the shorter with null; null gives one row, an empty array none', async () => {
    expect(await rows('datatable(a:int, b:dynamic, c:dynamic)[1, dynamic({"prop1": "a", "prop2": "b"}), dynamic([5, 4, 3])] | mv-expand b, c')).toEqual([
      [1, { prop1: 'a' }, 5],
      [1, { prop2: 'b' }, 4],
      [1, null, 3],
    ]);
    expect(await rows('datatable(a:int, b:dynamic)[1, dynamic(null), 2, dynamic([]), 3, dynamic({})] | mv-expand b')).toEqual([[1, null]]);
  });

  it('to typeof casts without converting: other kinds of element become null', async () => {
    const text = 'datatable(a:string, b:dynamic, c:dynamic)["k", dynamic([1, 2]), dynamic([6, "7"])] | mv-expand b, c to typeof(int)';
    expect(await schema(text)).toEqual(['a:string', 'b:dynamic', 'c:int']);
    expect(await rows(text)).toEqual([
      ['k', 1, 6],
      ['k', 2, null],
    ]);
    expect(await rows('print d = dynamic(["2024-01-02T03:04:05Z"]) | mv-expand d to typeof(datetime)')).toEqual([[datetime('2024-01-02T03:04:05Z')]]);
  });

  it('names an expression, adds with_itemindex and honours limit', async () => {
    const text = 'range x from 1 to 2 step 1 | mv-expand with_itemindex=Index v = pack_array(x, x * 10, x * 100) to typeof(long) limit 2';
    expect(await schema(text)).toEqual(['x:long', 'v:long', 'Index:long']);
    expect(await rows(text)).toEqual([
      [1, 1, 0],
      [1, 10, 1],
      [2, 2, 0],
      [2, 20, 1],
    ]);
  });

  it('expands stored dynamic columns', async () => {
    expect(await rows('AppTraces | where AppRoleName == "web" | mv-expand Properties | project Message, Properties | take 2')).toEqual([
      ['User login failed for alice', { user: 'alice' }],
      ['User login failed for alice', { attempt: 2 }],
    ]);
  });
});

describe('mv-apply', () => {
  const DATA = 'datatable(index:int, Arr:dynamic)[0, dynamic([1, 5, 3]), 1, dynamic([10, 2, 5, 7])]';

  it('runs the subquery over each row\'s expanded elements', async () => {
    expect(await rows(`${DATA} | mv-apply topElem = Arr to typeof(long) on (top 1 by topElem)`)).toEqual([
      [0, [1, 5, 3], 5],
      [1, [10, 2, 5, 7], 10],
    ]);
    const summarized = `${DATA} | mv-apply Arr2 = Arr to typeof(long) on (top 2 by Arr2 | summarize Top2 = make_list(Arr2))`;
    expect(await schema(summarized)).toEqual(['index:int', 'Arr:dynamic', 'Top2:dynamic']);
    expect(await rows(summarized)).toEqual([
      [0, [1, 5, 3], [5, 3]],
      [1, [10, 2, 5, 7], [10, 7]],
    ]);
  });

  it('filters with the item index, and replaces a column expanded under its own name', async () => {
    expect(await rows(`${DATA} | mv-apply with_itemindex=i value = Arr to typeof(long) on (where i >= 2)`)).toEqual([
      [0, [1, 5, 3], 3, 2],
      [1, [10, 2, 5, 7], 5, 2],
      [1, [10, 2, 5, 7], 7, 3],
    ]);
    expect(await rows(`${DATA} | mv-apply Arr to typeof(long) on (summarize s = sum(Arr))`)).toEqual([
      [0, 9],
      [1, 24],
    ]);
  });

  it('zips two arrays, and a row whose subquery returns nothing disappears', async () => {
    const text = "datatable(Val:int, Arr1:dynamic, Arr2:dynamic)[1, dynamic(['A1', 'A2']), dynamic(['B1', 'B2', 'B3']), 5, dynamic(['C1']), dynamic([])]";
    expect(await rows(`${text} | mv-apply T1 = Arr1, T2 = Arr2 on (extend Out = strcat(T1, '_', T2) | summarize Out = make_list(Out)) | project Val, Out`)).toEqual([
      [1, ['A1_B1', 'A2_B2', '_B3']],
      [5, ['C1_']],
    ]);
    expect(await rows(`${text} | mv-apply T1 = Arr1 on (where T1 == 'A2') | project Val, T1`)).toEqual([[1, 'A2']]);
  });
});
