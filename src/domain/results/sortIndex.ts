// Sorting permutes an index array; the columns never move (DESIGN §5). Orders are typed (see sortKeys.ts), stable
// (ties keep the order the service returned) and put nulls last in both directions. The keys and the ascending order
// of a column are kept, so flipping the direction is one linear pass instead of another sort.

import type { ResultColumn, ResultTable } from './model';
import { radixSortRows } from './radixOrder';
import { sortKeysOf } from './sortKeys';
import type { SortKeys } from './sortKeys';

export type SortDirection = 'ascending' | 'descending' | 'none';

export interface SortOptions {
  /** BCP 47 locale for text order; the runtime's default when absent. */
  readonly locale?: string;
}

interface ColumnOrder {
  readonly locale: string | undefined;
  readonly keys: SortKeys;
  readonly ascending: Uint32Array;
  /** Rows before this position have a value; the rest (nulls) keep their original order at the end. */
  readonly orderedCount: number;
  descending?: Uint32Array;
}

// Keyed by the column object, so the cache goes when the result does.
const columnOrders = new WeakMap<ResultColumn, ColumnOrder>();

/** The row indexes in display order. Returns a fresh array the caller may keep. Sorting 'none' is the identity. */
export function sortIndex(table: ResultTable, columnIndex: number, direction: SortDirection, options: SortOptions = {}): Uint32Array {
  if (direction === 'none') return identityOrder(table.rowCount);
  const column = table.columns[columnIndex];
  if (!column) throw new RangeError(`Table "${table.name}" has no column ${columnIndex}.`);
  const order = columnOrderOf(column, table.rowCount, options.locale);
  if (direction === 'ascending') return order.ascending.slice();
  order.descending ??= reverseKeepingTies(order.keys, order.ascending, order.orderedCount);
  return order.descending.slice();
}

function identityOrder(rowCount: number): Uint32Array {
  const order = new Uint32Array(rowCount);
  for (let row = 0; row < rowCount; row++) order[row] = row;
  return order;
}

function columnOrderOf(column: ResultColumn, rowCount: number, locale: string | undefined): ColumnOrder {
  const cached = columnOrders.get(column);
  if (cached && cached.locale === locale) return cached;
  const keys = sortKeysOf(column, new Intl.Collator(locale));
  const { ascending, orderedCount } = ascendingOrder(keys, rowCount);
  const order: ColumnOrder = { locale, keys, ascending, orderedCount };
  columnOrders.set(column, order);
  return order;
}

function ascendingOrder(keys: SortKeys, rowCount: number): { ascending: Uint32Array; orderedCount: number } {
  const { missing } = keys;
  const ascending = new Uint32Array(rowCount);
  let orderedCount = 0;
  if (missing) {
    let tail = rowCount - missing.reduce((count, flag) => count + flag, 0);
    for (let row = 0; row < rowCount; row++) {
      if (missing[row] === 1) ascending[tail++] = row;
      else ascending[orderedCount++] = row;
    }
  } else {
    for (let row = 0; row < rowCount; row++) ascending[row] = row;
    orderedCount = rowCount;
  }
  // Answers often come ordered by a column already (`order by TimeGenerated desc`): one look saves the sort.
  const present = ascending.subarray(0, orderedCount);
  if (isOrdered(keys, present, 1)) return { ascending, orderedCount };
  if (isOrdered(keys, present, -1)) return { ascending: reverseKeepingTies(keys, ascending, orderedCount), orderedCount };
  radixSortRows(present, keys.primary, keys.secondary);
  return { ascending, orderedCount };
}

function compareRows({ primary, secondary }: SortKeys, a: number, b: number): number {
  const primaryA = primary[a] as number;
  const primaryB = primary[b] as number;
  if (primaryA !== primaryB) return primaryA < primaryB ? -1 : 1;
  if (!secondary) return 0;
  const secondaryA = secondary[a] as number;
  const secondaryB = secondary[b] as number;
  return secondaryA === secondaryB ? 0 : secondaryA < secondaryB ? -1 : 1;
}

/** Whether the rows' keys never decrease (sign 1) or never increase (sign -1) in the given order. */
function isOrdered(keys: SortKeys, rows: Uint32Array, sign: 1 | -1): boolean {
  for (let position = 1; position < rows.length; position++) {
    if (sign * compareRows(keys, rows[position - 1] as number, rows[position] as number) > 0) return false;
  }
  return true;
}

/**
 * Runs of equal keys, last run first, each run keeping its order: the descending order from the ascending one, or the
 * ascending order from rows that came descending. Positions from `orderedCount` on (the nulls) stay at the end.
 */
function reverseKeepingTies(keys: SortKeys, order: Uint32Array, orderedCount: number): Uint32Array {
  const reversed = new Uint32Array(order.length);
  let written = 0;
  let runEnd = orderedCount;
  while (runEnd > 0) {
    const last = order[runEnd - 1] as number;
    let runStart = runEnd - 1;
    while (runStart > 0 && compareRows(keys, order[runStart - 1] as number, last) === 0) runStart--;
    for (let position = runStart; position < runEnd; position++) reversed[written++] = order[position] as number;
    runEnd = runStart;
  }
  reversed.set(order.subarray(orderedCount), written);
  return reversed;
}
