// make_list, make_set, take_any and percentile.
import type { Cell, DynamicValue } from '../api.ts';
import { compareCells, groupKey, toDynamic } from '../model/cells.ts';
import { cellAt } from '../model/vector.ts';
import type { Operand } from '../scalar/registry.ts';
import type { AggregateFunction, Grouping } from './registry.ts';

const DEFAULT_MAX_SIZE = 1_048_576;

function maxSize(operand: Operand | undefined): number {
  if (operand === undefined || operand.vector.kind !== 'scalar' || operand.vector.value === null) return DEFAULT_MAX_SIZE;
  return Number(operand.vector.value);
}

/** Non-null values per group in row order; with `distinct`, each value once. */
function collect(values: Operand, grouping: Grouping, limit: number, distinct: boolean): Cell[] {
  const lists: DynamicValue[][] = Array.from({ length: grouping.groupCount }, () => []);
  const seen = distinct ? Array.from({ length: grouping.groupCount }, () => new Set<Cell>()) : null;
  for (let row = 0; row < grouping.rowCount; row++) {
    const value = cellAt(values.vector, row);
    if (value === null) continue;
    const group = grouping.groupOf[row]!;
    const list = lists[group]!;
    if (list.length >= limit) continue;
    if (seen !== null) {
      const key = groupKey(value);
      if (seen[group]!.has(key)) continue;
      seen[group]!.add(key);
    }
    list.push(toDynamic(value, values.type));
  }
  return lists;
}

function takeAny(values: Operand, grouping: Grouping): Cell[] {
  const picked: Cell[] = new Array<Cell>(grouping.groupCount).fill(null);
  const found = new Uint8Array(grouping.groupCount);
  for (let row = 0; row < grouping.rowCount; row++) {
    const group = grouping.groupOf[row]!;
    if (found[group] === 1) continue;
    found[group] = 1;
    picked[group] = cellAt(values.vector, row);
  }
  return picked;
}

/** Nearest-rank percentile over the group's non-null values. */
function percentile(values: Operand, rank: Operand, grouping: Grouping): Cell[] {
  const percent = rank.vector.kind === 'scalar' ? Number(rank.vector.value) : NaN;
  const groups: Cell[][] = Array.from({ length: grouping.groupCount }, () => []);
  for (let row = 0; row < grouping.rowCount; row++) {
    const value = cellAt(values.vector, row);
    if (value !== null) groups[grouping.groupOf[row]!]!.push(value);
  }
  return groups.map((group) => {
    if (group.length === 0 || Number.isNaN(percent)) return null;
    group.sort(compareCells);
    const index = Math.min(group.length - 1, Math.max(0, Math.ceil((percent / 100) * group.length) - 1));
    return group[index] ?? null;
  });
}

export const COLLECTION_AGGREGATES: Readonly<Record<string, AggregateFunction>> = {
  make_list: ([values, size], grouping) => collect(values!, grouping, maxSize(size), false),
  make_set: ([values, size], grouping) => collect(values!, grouping, maxSize(size), true),
  take_any: ([values], grouping) => takeAny(values!, grouping),
  any: ([values], grouping) => takeAny(values!, grouping),
  percentile: ([values, rank], grouping) => percentile(values!, rank!, grouping),
};
