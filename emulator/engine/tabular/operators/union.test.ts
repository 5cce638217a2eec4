import { describe, expect, it } from 'vitest';
import { rows, schema } from '../../testing/queries.ts';

const A = 'datatable(k:string, n:long)["a", 1]';
const B = 'datatable(k:string, m:real)["b", 2.5]';

describe('union', () => {
  it('stacks the legs and unifies columns by name', async () => {
    expect(await schema(`union (${A}), (${B})`)).toEqual(['k:string', 'n:long', 'm:real']);
    expect(await rows(`union (${A}), (${B})`)).toEqual([
      ['a', 1, null],
      ['b', null, 2.5],
    ]);
  });

  it('piped form puts the input first', async () => {
    expect(await rows(`${B} | union (${A})`)).toEqual([
      ['b', 2.5, null],
      ['a', null, 1],
    ]);
  });

  it('keeps one column per type when a name has several types', async () => {
    const text = 'union (datatable(v:long)[1]), (datatable(v:string)["x"])';
    expect(await schema(text)).toEqual(['v_long:long', 'v_string:string']);
    expect(await rows(text)).toEqual([
      [1, ''],
      [null, 'x'],
    ]);
  });

  it('of stored tables', async () => {
    expect(await rows('union AppTraces, AppTraces | count')).toEqual([[10]]);
  });
});
