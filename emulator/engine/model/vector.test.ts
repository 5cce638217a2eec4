import { describe, expect, it } from 'vitest';
import { columnVector, map1, map2, mapN, materialize, scalarVector } from './vector.ts';

describe('vectors', () => {
  it('keep scalars scalar', () => {
    expect(map2(scalarVector(2), scalarVector(3), 1000, (a, b) => (a as number) * (b as number))).toEqual(scalarVector(6));
  });

  it('broadcast a scalar against a column', () => {
    expect(map2(columnVector([1, 2]), scalarVector(10), 2, (a, b) => (a as number) + (b as number))).toEqual(columnVector([11, 12]));
    expect(map2(scalarVector(10), columnVector([1, 2]), 2, (a, b) => (a as number) - (b as number))).toEqual(columnVector([9, 8]));
    expect(mapN([columnVector([1, 2]), scalarVector('x')], 2, (values) => `${String(values[0])}${String(values[1])}`)).toEqual(columnVector(['1x', '2x']));
    expect(map1(columnVector([1, null]), 2, (value) => value === null)).toEqual(columnVector([false, true]));
    expect(materialize(scalarVector(null), 3)).toEqual([null, null, null]);
  });
});
