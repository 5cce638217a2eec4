// Assigns every row a group number by the values of its key vectors (shared by summarize and distinct).
import type { Cell } from '../../api.ts';
import { groupKey } from '../../model/cells.ts';
import type { Vector } from '../../model/vector.ts';

export interface Groups {
  readonly groupOf: Int32Array;
  readonly groupCount: number;
  /** The first row of each group, which supplies the group's key values. */
  readonly firstRows: Int32Array;
}

type GroupTree = Map<Cell, GroupTree | number>;

export function assignGroups(keys: readonly Vector[], rowCount: number): Groups {
  const columns = keys.flatMap((key) => (key.kind === 'column' ? [key.cells] : []));
  const groupOf = new Int32Array(rowCount);
  const firstRows: number[] = [];
  if (columns.length === 0) {
    if (rowCount > 0) firstRows.push(0);
    return { groupOf, groupCount: firstRows.length, firstRows: Int32Array.from(firstRows) };
  }
  if (columns.length === 1) {
    const cells = columns[0]!;
    const ids = new Map<Cell, number>();
    for (let row = 0; row < rowCount; row++) {
      const key = groupKey(cells[row] ?? null);
      let id = ids.get(key);
      if (id === undefined) {
        id = firstRows.length;
        ids.set(key, id);
        firstRows.push(row);
      }
      groupOf[row] = id;
    }
  } else {
    const root: GroupTree = new Map();
    const last = columns.length - 1;
    for (let row = 0; row < rowCount; row++) {
      let level = root;
      for (let k = 0; k < last; k++) {
        const key = groupKey(columns[k]![row] ?? null);
        let next = level.get(key) as GroupTree | undefined;
        if (next === undefined) {
          next = new Map();
          level.set(key, next);
        }
        level = next;
      }
      const key = groupKey(columns[last]![row] ?? null);
      let id = level.get(key) as number | undefined;
      if (id === undefined) {
        id = firstRows.length;
        level.set(key, id);
        firstRows.push(row);
      }
      groupOf[row] = id;
    }
  }
  return { groupOf, groupCount: firstRows.length, firstRows: Int32Array.from(firstRows) };
}
