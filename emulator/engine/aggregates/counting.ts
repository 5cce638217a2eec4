// count, countif, dcount, dcountif, count_distinct, count_distinctif. dcount is exact here (the service estimates it; for the cardinalities of
// the demo data its estimate is exact too).
import type { Cell } from '../api.ts';
import { groupKey } from '../model/cells.ts';
import { cellAt } from '../model/vector.ts';
import type { Vector } from '../model/vector.ts';
import type { AggregateFunction, Grouping } from './registry.ts';

function countWhere(grouping: Grouping, include: ((row: number) => boolean) | null): Cell[] {
  const counts = new Float64Array(grouping.groupCount);
  const { groupOf, rowCount } = grouping;
  for (let row = 0; row < rowCount; row++) {
    if (include === null || include(row)) counts[groupOf[row]!]!++;
  }
  return Array.from(counts);
}

function isTrue(vector: Vector): (row: number) => boolean {
  if (vector.kind === 'scalar') {
    const value = vector.value === true;
    return () => value;
  }
  const cells = vector.cells;
  return (row) => cells[row] === true;
}

function distinctCount(values: Vector, grouping: Grouping, include: ((row: number) => boolean) | null): Cell[] {
  const sets = Array.from({ length: grouping.groupCount }, () => new Set<Cell>());
  for (let row = 0; row < grouping.rowCount; row++) {
    if (include !== null && !include(row)) continue;
    const value = cellAt(values, row);
    if (value !== null) sets[grouping.groupOf[row]!]!.add(groupKey(value));
  }
  return sets.map((set) => set.size);
}

export const COUNTING_AGGREGATES: Readonly<Record<string, AggregateFunction>> = {
  count: (args, grouping) => {
    const values = args[0]?.vector;
    return countWhere(grouping, values === undefined ? null : (row) => cellAt(values, row) !== null);
  },
  countif: ([predicate], grouping) => countWhere(grouping, isTrue(predicate!.vector)),
  dcount: ([values], grouping) => distinctCount(values!.vector, grouping, null),
  dcountif: ([values, predicate], grouping) => distinctCount(values!.vector, grouping, isTrue(predicate!.vector)),
  count_distinct: ([values], grouping) => distinctCount(values!.vector, grouping, null),
  count_distinctif: ([values, predicate], grouping) => distinctCount(values!.vector, grouping, isTrue(predicate!.vector)),
};
