import { describe, expect, it } from 'vitest';
import { Relation } from './relation.ts';

const columns = [
  { name: 'a', type: 'long' as const },
  { name: 'b', type: 'string' as const },
];

describe('Relation', () => {
  it('selects rows lazily and gathers a column only when read', () => {
    let reads = 0;
    const relation = new Relation(columns, 3, [
      () => {
        reads++;
        return [1, 2, 3];
      },
      () => ['x', 'y', 'z'],
    ]);
    const selected = relation.selectRows(new Int32Array([2, 0]));
    expect(reads).toBe(0);
    expect(selected.column(0)).toEqual([3, 1]);
    expect(selected.column(0)).toEqual([3, 1]);
    expect(reads).toBe(1);
    expect(selected.toTable()).toEqual({ columns, data: [[3, 1], ['z', 'x']], rowCount: 2 });
  });

  it('slices and clamps', () => {
    const relation = Relation.fromData(columns, [[1, 2, 3], ['x', 'y', 'z']], 3);
    expect(relation.slice(1, 10).toTable().data).toEqual([[2, 3], ['y', 'z']]);
    expect(relation.slice(0, 3)).toBe(relation);
    expect(relation.indexOf('b')).toBe(1);
    expect(relation.toResultTable('PrimaryResult').name).toBe('PrimaryResult');
  });
});
