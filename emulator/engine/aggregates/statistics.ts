// stdev, stdevp, variance, variancep (and their -if forms), percentile, percentiles, percentiles_array.
// Nulls are skipped. The sample forms (stdev, variance) divide by n - 1 and give 0 for a single value.
import type { Cell, DynamicValue } from '../api.ts';
import { unsupported } from '../errors.ts';
import { compareCells, toDynamic } from '../model/cells.ts';
import { cellAt } from '../model/vector.ts';
import type { Operand } from '../scalar/registry.ts';
import type { AggregateFunction, Grouping } from './registry.ts';

type RowFilter = ((row: number) => boolean) | null;

function predicateFilter(predicate: Operand | undefined): RowFilter {
  if (predicate === undefined) return null;
  const vector = predicate.vector;
  if (vector.kind === 'scalar') return vector.value === true ? null : () => false;
  return (row) => vector.cells[row] === true;
}

/** Welford's running mean and squared deviations per group, numerically stable for large values. */
function variances(values: Operand, grouping: Grouping, filter: RowFilter, population: boolean): (number | null)[] {
  const counts = new Float64Array(grouping.groupCount);
  const means = new Float64Array(grouping.groupCount);
  const squares = new Float64Array(grouping.groupCount);
  for (let row = 0; row < grouping.rowCount; row++) {
    if (filter !== null && !filter(row)) continue;
    const value = cellAt(values.vector, row);
    if (value === null || typeof value === 'boolean') continue;
    const x = Number(value);
    const group = grouping.groupOf[row]!;
    const n = ++counts[group]!;
    const delta = x - means[group]!;
    means[group]! += delta / n;
    squares[group]! += delta * (x - means[group]!);
  }
  return Array.from(counts, (n, group) => {
    if (n === 0) return null;
    if (population) return squares[group]! / n;
    return n === 1 ? 0 : squares[group]! / (n - 1);
  });
}

function standardDeviations(values: Operand, grouping: Grouping, filter: RowFilter, population: boolean): Cell[] {
  return variances(values, grouping, filter, population).map((variance) => (variance === null ? null : Math.sqrt(variance)));
}

/** The constant percentages of a percentile call (numbers, or a dynamic array of numbers). */
function percents(operands: readonly Operand[]): number[] {
  return operands.flatMap((operand) => {
    const value = operand.vector.kind === 'scalar' ? operand.vector.value : null;
    if (Array.isArray(value)) return value.map(Number);
    return [Number(value)];
  });
}

/** Each group's non-null values, sorted. */
function sortedGroups(values: Operand, grouping: Grouping): Cell[][] {
  const groups: Cell[][] = Array.from({ length: grouping.groupCount }, () => []);
  for (let row = 0; row < grouping.rowCount; row++) {
    const value = cellAt(values.vector, row);
    if (value !== null) groups[grouping.groupOf[row]!]!.push(value);
  }
  for (const group of groups) group.sort(compareCells);
  return groups;
}

/**
 * Nearest rank: the smallest value with at least P percent of the values at or below it (P = 0 is the smallest).
 * The service estimates with T-Digest; on the small groups of the demo data the estimate is the exact rank.
 */
function nearestRank(sorted: readonly Cell[], percent: number): Cell {
  if (sorted.length === 0 || Number.isNaN(percent)) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1));
  return sorted[index] ?? null;
}

/** One column per requested percentage, in order (percentiles() names them percentile_X_P). */
export function percentileColumns(values: Operand, percentOperands: readonly Operand[], grouping: Grouping): Cell[][] {
  const groups = sortedGroups(values, grouping);
  return percents(percentOperands).map((percent) => groups.map((sorted) => nearestRank(sorted, percent)));
}

const percentilesArray: AggregateFunction = ([values, ...rest], grouping) => {
  const columns = percentileColumns(values!, rest, grouping);
  return Array.from({ length: grouping.groupCount }, (_, group): DynamicValue => columns.map((column) => toDynamic(column[group]!, values!.type)));
};

/** percentiles() with several percentages yields several columns, which needs summarize's multi-column path. */
const percentiles: AggregateFunction = ([values, ...rest], grouping) => {
  if (percents(rest).length !== 1) return unsupported('aggregation function', 'percentiles (several percentiles in one call)');
  return percentileColumns(values!, rest, grouping)[0]!;
};

export const STATISTICS_AGGREGATES: Readonly<Record<string, AggregateFunction>> = {
  stdev: ([values], grouping) => standardDeviations(values!, grouping, null, false),
  stdevif: ([values, predicate], grouping) => standardDeviations(values!, grouping, predicateFilter(predicate), false),
  stdevp: ([values], grouping) => standardDeviations(values!, grouping, null, true),
  stdevpif: ([values, predicate], grouping) => standardDeviations(values!, grouping, predicateFilter(predicate), true),
  variance: ([values], grouping) => variances(values!, grouping, null, false),
  varianceif: ([values, predicate], grouping) => variances(values!, grouping, predicateFilter(predicate), false),
  variancep: ([values], grouping) => variances(values!, grouping, null, true),
  variancepif: ([values, predicate], grouping) => variances(values!, grouping, predicateFilter(predicate), true),
  percentile: ([values, ...rest], grouping) => percentileColumns(values!, rest, grouping)[0]!,
  percentiles,
  percentiles_array: percentilesArray,
};

/** Aggregations that yield several columns from one call, for summarize to spread over its output schema. */
export const MULTI_COLUMN_AGGREGATES: Readonly<Record<string, (args: readonly Operand[], grouping: Grouping) => Cell[][]>> = {
  percentiles: ([values, ...rest], grouping) => percentileColumns(values!, rest, grouping),
};
