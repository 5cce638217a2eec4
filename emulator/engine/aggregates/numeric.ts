// sum, sumif, avg, avgif, min, max, minif, maxif. Nulls are skipped; a group without any value gives null.
import type { Cell } from '../api.ts';
import { compareCells, normalizeLong } from '../model/cells.ts';
import { cellAt } from '../model/vector.ts';
import type { Vector } from '../model/vector.ts';
import type { Operand } from '../scalar/registry.ts';
import type { AggregateFunction, AggregateSite, Grouping } from './registry.ts';

type RowFilter = ((row: number) => boolean) | null;

function predicateFilter(predicate: Operand | undefined): RowFilter {
  if (predicate === undefined) return null;
  const vector = predicate.vector;
  if (vector.kind === 'scalar') {
    const value = vector.value === true;
    return () => value;
  }
  return (row) => vector.cells[row] === true;
}

/** Integer and tick sums stay exact: plain numbers while safe, bigint once a group outgrows 2^53. */
function exactSum(values: Vector, grouping: Grouping, filter: RowFilter, asTicks: boolean): Cell[] {
  const sums: (number | bigint | null)[] = new Array<number | bigint | null>(grouping.groupCount).fill(null);
  for (let row = 0; row < grouping.rowCount; row++) {
    if (filter !== null && !filter(row)) continue;
    const value = cellAt(values, row);
    if (value === null) continue;
    const group = grouping.groupOf[row]!;
    const current = sums[group] ?? (asTicks ? 0n : 0);
    if (typeof current === 'number' && typeof value === 'number') {
      const next = current + value;
      sums[group] = Number.isSafeInteger(next) ? next : BigInt(current) + BigInt(value);
    } else {
      sums[group] = BigInt(current as number | bigint) + BigInt(value as number | bigint);
    }
  }
  return sums.map((sum) => (sum === null ? null : asTicks ? BigInt(sum) : typeof sum === 'bigint' ? normalizeLong(sum) : sum));
}

function realSums(values: Vector, grouping: Grouping, filter: RowFilter): { sums: Float64Array; counts: Float64Array } {
  const sums = new Float64Array(grouping.groupCount);
  const counts = new Float64Array(grouping.groupCount);
  for (let row = 0; row < grouping.rowCount; row++) {
    if (filter !== null && !filter(row)) continue;
    const value = cellAt(values, row);
    if (value === null) continue;
    const group = grouping.groupOf[row]!;
    sums[group]! += Number(value);
    counts[group]!++;
  }
  return { sums, counts };
}

function sum(values: Operand, grouping: Grouping, site: AggregateSite, filter: RowFilter): Cell[] {
  if (site.resultType === 'real' || site.resultType === 'dynamic') {
    const { sums, counts } = realSums(values.vector, grouping, filter);
    return Array.from(sums, (total, group) => (counts[group] === 0 ? null : total));
  }
  return exactSum(values.vector, grouping, filter, site.resultType === 'timespan');
}

function average(values: Operand, grouping: Grouping, filter: RowFilter): Cell[] {
  if (values.type === 'timespan' || values.type === 'datetime') {
    const totals = exactSum(values.vector, grouping, filter, true);
    const counts = realSums(values.vector, grouping, filter).counts;
    return totals.map((total, group) => (total === null ? null : (total as bigint) / BigInt(counts[group]!)));
  }
  const { sums, counts } = realSums(values.vector, grouping, filter);
  return Array.from(sums, (total, group) => (counts[group] === 0 ? null : total / counts[group]!));
}

/** min/max keep the extreme non-null value; empty strings count as missing, as string nulls do. */
function extreme(values: Vector, grouping: Grouping, filter: RowFilter, sign: 1 | -1, emptyResult: Cell): Cell[] {
  const best: Cell[] = new Array<Cell>(grouping.groupCount).fill(null);
  for (let row = 0; row < grouping.rowCount; row++) {
    if (filter !== null && !filter(row)) continue;
    const value = cellAt(values, row);
    if (value === null || value === '' || (typeof value === 'number' && Number.isNaN(value))) continue;
    const group = grouping.groupOf[row]!;
    const current = best[group]!;
    if (current === null || compareCells(value, current) * sign > 0) best[group] = value;
  }
  return emptyResult === null ? best : best.map((value) => value ?? emptyResult);
}

function emptyOf(site: AggregateSite): Cell {
  return site.resultType === 'string' ? '' : null;
}

export const NUMERIC_AGGREGATES: Readonly<Record<string, AggregateFunction>> = {
  sum: ([values], grouping, site) => sum(values!, grouping, site, null),
  sumif: ([values, predicate], grouping, site) => sum(values!, grouping, site, predicateFilter(predicate)),
  avg: ([values], grouping) => average(values!, grouping, null),
  avgif: ([values, predicate], grouping) => average(values!, grouping, predicateFilter(predicate)),
  min: ([values], grouping, site) => extreme(values!.vector, grouping, null, -1, emptyOf(site)),
  max: ([values], grouping, site) => extreme(values!.vector, grouping, null, 1, emptyOf(site)),
  minif: ([values, predicate], grouping, site) => extreme(values!.vector, grouping, predicateFilter(predicate), -1, emptyOf(site)),
  maxif: ([values, predicate], grouping, site) => extreme(values!.vector, grouping, predicateFilter(predicate), 1, emptyOf(site)),
};
