import { describe, expect, it } from 'vitest';
import { rows, schema } from '../../testing/queries.ts';

describe('sample', () => {
  it('returns that many distinct input rows, or all of them', async () => {
    const sampled = await rows('range x from 1 to 20 step 1 | sample 5');
    expect(sampled).toHaveLength(5);
    expect(new Set(sampled.map(([x]) => x)).size).toBe(5);
    expect(sampled.every(([x]) => typeof x === 'number' && x >= 1 && x <= 20)).toBe(true);
    expect(await rows('range x from 1 to 3 step 1 | sample 10')).toEqual([[1], [2], [3]]);
  });
});

describe('sample-distinct', () => {
  it('returns that many distinct values of the expression', async () => {
    expect(await schema('AppTraces | sample-distinct 5 of AppRoleName')).toEqual(['AppRoleName:string']);
    expect((await rows('AppTraces | sample-distinct 5 of AppRoleName')).map(([role]) => role).sort()).toEqual(['web', 'worker']);
    expect(await rows('AppTraces | sample-distinct 1 of AppRoleName')).toHaveLength(1);
  });
});
