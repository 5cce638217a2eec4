// make_list, make_set, make_bag (and their -if forms), make_list_with_nulls, take_any/any, take_anyif.
import type { Cell, DynamicValue } from '../api.ts';
import { unsupported } from '../errors.ts';
import { groupKey, toDynamic } from '../model/cells.ts';
import { cellAt } from '../model/vector.ts';
import type { Operand } from '../scalar/registry.ts';
import type { AggregateFunction, Grouping } from './registry.ts';

const DEFAULT_MAX_SIZE = 1_048_576;

function maxSize(operand: Operand | undefined): number {
  if (operand === undefined || operand.vector.kind !== 'scalar' || operand.vector.value === null) return DEFAULT_MAX_SIZE;
  return Number(operand.vector.value);
}

type RowFilter = ((row: number) => boolean) | null;

function predicateFilter(predicate: Operand | undefined): RowFilter {
  if (predicate === undefined) return null;
  const vector = predicate.vector;
  if (vector.kind === 'scalar') return vector.value === true ? null : () => false;
  return (row) => vector.cells[row] === true;
}

/** Non-null values per group in row order (nulls too with `keepNulls`); with `distinct`, each value once. */
function collect(values: Operand, grouping: Grouping, limit: number, options: { distinct: boolean; filter?: RowFilter; keepNulls?: boolean }): Cell[] {
  const lists: DynamicValue[][] = Array.from({ length: grouping.groupCount }, () => []);
  const seen = options.distinct ? Array.from({ length: grouping.groupCount }, () => new Set<Cell>()) : null;
  for (let row = 0; row < grouping.rowCount; row++) {
    if (options.filter && !options.filter(row)) continue;
    const value = cellAt(values.vector, row);
    if (value === null && options.keepNulls !== true) continue;
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

/** make_bag: the keys of every property bag in the group; a key seen twice keeps its first value. */
function mergeBags(values: Operand, grouping: Grouping, limit: number, filter: RowFilter): Cell[] {
  const bags: { [key: string]: DynamicValue }[] = Array.from({ length: grouping.groupCount }, () => ({}));
  for (let row = 0; row < grouping.rowCount; row++) {
    if (filter !== null && !filter(row)) continue;
    const value = cellAt(values.vector, row);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const bag = bags[grouping.groupOf[row]!]!;
    for (const [key, item] of Object.entries(value)) {
      if (!(key in bag) && Object.keys(bag).length < limit) bag[key] = item;
    }
  }
  return bags;
}

/** take_any: some value of the group (here its first row's); take_anyif only from rows meeting the predicate. */
function takeAny(values: Operand, grouping: Grouping, filter: RowFilter = null): Cell[] {
  const picked: Cell[] = new Array<Cell>(grouping.groupCount).fill(null);
  const found = new Uint8Array(grouping.groupCount);
  for (let row = 0; row < grouping.rowCount; row++) {
    if (filter !== null && !filter(row)) continue;
    const group = grouping.groupOf[row]!;
    if (found[group] === 1) continue;
    found[group] = 1;
    picked[group] = cellAt(values.vector, row);
  }
  return picked;
}

/** take_any(a, b, ...) yields one column per argument, which needs summarize's multi-column path. */
const takeAnyOne: AggregateFunction = (args, grouping) => {
  if (args.length !== 1) return unsupported('aggregation function', 'take_any (several expressions in one call)');
  return takeAny(args[0]!, grouping);
};

export const COLLECTION_AGGREGATES: Readonly<Record<string, AggregateFunction>> = {
  make_list: ([values, size], grouping) => collect(values!, grouping, maxSize(size), { distinct: false }),
  make_list_if: ([values, predicate, size], grouping) => collect(values!, grouping, maxSize(size), { distinct: false, filter: predicateFilter(predicate) }),
  make_list_with_nulls: ([values, size], grouping) => collect(values!, grouping, maxSize(size), { distinct: false, keepNulls: true }),
  make_set: ([values, size], grouping) => collect(values!, grouping, maxSize(size), { distinct: true }),
  make_set_if: ([values, predicate, size], grouping) => collect(values!, grouping, maxSize(size), { distinct: true, filter: predicateFilter(predicate) }),
  make_bag: ([values, size], grouping) => mergeBags(values!, grouping, maxSize(size), null),
  make_bag_if: ([values, predicate, size], grouping) => mergeBags(values!, grouping, maxSize(size), predicateFilter(predicate)),
  take_any: takeAnyOne,
  any: takeAnyOne,
  take_anyif: ([values, predicate], grouping) => takeAny(values!, grouping, predicateFilter(predicate)),
  anyif: ([values, predicate], grouping) => takeAny(values!, grouping, predicateFilter(predicate)),
};

/** Aggregations that yield one column per argument, for summarize to spread over its output schema. */
export const MULTI_COLUMN_COLLECTIONS: Readonly<Record<string, (args: readonly Operand[], grouping: Grouping) => Cell[][]>> = {
  take_any: (args, grouping) => args.map((values) => takeAny(values, grouping)),
  any: (args, grouping) => args.map((values) => takeAny(values, grouping)),
};
