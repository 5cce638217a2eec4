// order by / sort by, top N by, take / limit. Defaults as the service: descending, with nulls last when
// descending and first when ascending. Strings order by code unit (ordinal). The sort is stable.
import type { Cell, KustoType } from '../../api.ts';
import { rowFrame, scalarFrame } from '../../context.ts';
import type { Frame } from '../../context.ts';
import { QueryRuntimeError } from '../../errors.ts';
import { separatedElements } from '../../kusto/syntax.ts';
import type { Expression, OrderedExpression, SortOperator, SyntaxNode, TakeOperator, TopOperator } from '../../kusto/syntax.ts';
import { expressionType } from '../../kusto/types.ts';
import { compareCells } from '../../model/cells.ts';
import type { Relation } from '../../model/relation.ts';
import { cellAt } from '../../model/vector.ts';
import type { Vector } from '../../model/vector.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import type { OperatorEnvironment, TabularOperator } from '../registry.ts';

interface SortKey {
  readonly cells: readonly Cell[];
  readonly type: KustoType;
  readonly descending: boolean;
  readonly nullsFirst: boolean;
}

type RowComparator = (a: number, b: number) => number;

function sortKey(expression: Expression, frame: Frame, environment: OperatorEnvironment): SortKey | null {
  const { language } = environment.context;
  let value = expression;
  let descending = true;
  let nullsFirst: boolean | null = null;
  if (language.kindName(expression) === 'OrderedExpression') {
    const ordered = expression as OrderedExpression;
    value = ordered.Expression;
    const direction = ordered.Ordering?.AscOrDescKeyword?.Text.toLowerCase();
    if (direction === 'asc') descending = false;
    const nulls = ordered.Ordering?.NullsClause?.FirstOrLastKeyword?.Text.toLowerCase();
    if (nulls !== undefined) nullsFirst = nulls === 'first';
  }
  const vector: Vector = evaluateScalar(value, frame);
  if (vector.kind === 'scalar') return null;
  return { cells: vector.cells, type: expressionType(value), descending, nullsFirst: nullsFirst ?? !descending };
}

/** A numeric key as doubles (NaN as -∞) plus null flags; bigints are approximated and re-checked on ties. */
interface NumericKey {
  readonly approximate: Float64Array;
  readonly isNull: Uint8Array;
  readonly hasBigInts: boolean;
}

/** Stored columns are sorted again and again; their doubles are computed once per column array. */
const numericKeys = new WeakMap<readonly Cell[], NumericKey>();

function numericKey(cells: readonly Cell[]): NumericKey {
  const cached = numericKeys.get(cells);
  if (cached !== undefined) return cached;
  const approximate = new Float64Array(cells.length);
  const isNull = new Uint8Array(cells.length);
  let hasBigInts = false;
  for (let row = 0; row < cells.length; row++) {
    const cell = cells[row] ?? null;
    if (cell === null) isNull[row] = 1;
    else if (typeof cell === 'bigint') {
      hasBigInts = true;
      approximate[row] = Number(cell);
    } else {
      const number = Number(cell);
      approximate[row] = Number.isNaN(number) ? -Infinity : number;
    }
  }
  const key = { approximate, isNull, hasBigInts };
  numericKeys.set(cells, key);
  return key;
}

function numericComparator(key: SortKey): RowComparator {
  const { cells } = key;
  const { approximate, isNull, hasBigInts } = numericKey(cells);
  const direction = key.descending ? -1 : 1;
  const nullOrder = key.nullsFirst ? -1 : 1;
  return (a, b) => {
    const aNull = isNull[a]!;
    const bNull = isNull[b]!;
    if (aNull | bNull) return aNull === bNull ? 0 : aNull ? nullOrder : -nullOrder;
    const x = approximate[a]!;
    const y = approximate[b]!;
    if (x < y) return -direction;
    if (x > y) return direction;
    return hasBigInts ? compareCells(cells[a]!, cells[b]!) * direction : 0;
  };
}

/**
 * Stable bottom-up merge sort of row numbers by a double key. The keys travel with the rows so every pass
 * reads memory in order; a comparator-based sort of a million rows is several times slower here.
 */
function mergeSortByKey(rows: Int32Array, keys: Float64Array, descending: boolean): Int32Array {
  const length = rows.length;
  let sourceRows: Int32Array = rows;
  let sourceKeys: Float64Array = keys;
  let targetRows: Int32Array = new Int32Array(length);
  let targetKeys: Float64Array = new Float64Array(length);
  for (let width = 1; width < length; width *= 2) {
    for (let start = 0; start < length; start += 2 * width) {
      const middle = Math.min(start + width, length);
      const end = Math.min(start + 2 * width, length);
      let left = start;
      let right = middle;
      let out = start;
      while (left < middle && right < end) {
        const a = sourceKeys[left]!;
        const b = sourceKeys[right]!;
        if (descending ? b > a : b < a) {
          targetKeys[out] = b;
          targetRows[out++] = sourceRows[right++]!;
        } else {
          targetKeys[out] = a;
          targetRows[out++] = sourceRows[left++]!;
        }
      }
      for (; left < middle; left++, out++) {
        targetKeys[out] = sourceKeys[left]!;
        targetRows[out] = sourceRows[left]!;
      }
      for (; right < end; right++, out++) {
        targetKeys[out] = sourceKeys[right]!;
        targetRows[out] = sourceRows[right]!;
      }
    }
    const rowsBuffer = sourceRows;
    sourceRows = targetRows;
    targetRows = rowsBuffer;
    const keysBuffer = sourceKeys;
    sourceKeys = targetKeys;
    targetKeys = keysBuffer;
  }
  return sourceRows;
}

/** One numeric key: nulls set aside, the rest merge-sorted; runs of equal doubles re-sorted exactly. */
function sortByNumericKey(key: SortKey, rowCount: number): Int32Array {
  const { approximate, isNull, hasBigInts } = numericKey(key.cells);
  const nulls: number[] = [];
  const present = new Int32Array(rowCount);
  const presentKeys = new Float64Array(rowCount);
  let count = 0;
  for (let row = 0; row < rowCount; row++) {
    if (isNull[row] === 1) nulls.push(row);
    else {
      presentKeys[count] = approximate[row]!;
      present[count++] = row;
    }
  }
  const sorted: Int32Array = mergeSortByKey(present.subarray(0, count), presentKeys.subarray(0, count), key.descending);
  if (hasBigInts) {
    const exact = numericComparator(key);
    for (let start = 0; start < sorted.length; ) {
      let end = start + 1;
      while (end < sorted.length && approximate[sorted[end]!] === approximate[sorted[start]!]) end++;
      if (end - start > 1) sorted.set(Array.from(sorted.subarray(start, end)).sort(exact), start);
      start = end;
    }
  }
  const nullRows = Int32Array.from(nulls);
  const result = new Int32Array(rowCount);
  result.set(key.nullsFirst ? nullRows : sorted, 0);
  result.set(key.nullsFirst ? sorted : nullRows, key.nullsFirst ? nullRows.length : sorted.length);
  return result;
}

function genericComparator(key: SortKey): RowComparator {
  const { cells } = key;
  const direction = key.descending ? -1 : 1;
  const nullOrder = key.nullsFirst ? -1 : 1;
  return (a, b) => {
    const x = cells[a] ?? null;
    const y = cells[b] ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? nullOrder : -nullOrder;
    if (typeof x === 'string' && typeof y === 'string') return x < y ? -direction : x > y ? direction : 0;
    return compareCells(x, y) * direction;
  };
}

const NUMERIC_TYPES: ReadonlySet<KustoType> = new Set<KustoType>(['int', 'long', 'real', 'datetime', 'timespan', 'bool']);

function comparatorOf(keys: readonly SortKey[]): RowComparator {
  const comparators = keys.map((key) => (NUMERIC_TYPES.has(key.type) ? numericComparator(key) : genericComparator(key)));
  if (comparators.length === 1) return comparators[0]!;
  return (a, b) => {
    for (const compare of comparators) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}

function sortKeys(expressions: readonly Expression[], input: Relation, environment: OperatorEnvironment): SortKey[] {
  const frame = rowFrame(environment.context, environment.scope, input);
  return expressions.flatMap((expression) => sortKey(expression, frame, environment) ?? []);
}

function sortedRows(input: Relation, keys: readonly SortKey[]): Int32Array {
  if (keys.length === 1 && NUMERIC_TYPES.has(keys[0]!.type)) return sortByNumericKey(keys[0]!, input.rowCount);
  const rows = Array.from({ length: input.rowCount }, (_, row) => row);
  if (keys.length > 0) rows.sort(comparatorOf(keys));
  return Int32Array.from(rows);
}

/** The first `count` rows in order, by keeping a bounded sorted buffer instead of sorting every row. */
function firstRows(input: Relation, keys: readonly SortKey[], count: number): Int32Array {
  if (count >= input.rowCount / 8 || keys.length === 0) return sortedRows(input, keys).slice(0, count);
  const compare = comparatorOf(keys);
  const best: number[] = [];
  for (let row = 0; row < input.rowCount; row++) {
    if (best.length === count && compare(row, best[count - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(row, best[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, row);
    if (best.length > count) best.pop();
  }
  return Int32Array.from(best);
}

function rowCountArgument(expression: Expression, environment: OperatorEnvironment): number {
  const value = cellAt(evaluateScalar(expression, scalarFrame(environment.context, environment.scope)), 0);
  if (value === null) throw new QueryRuntimeError('The row count must not be null.');
  return Math.max(0, Number(value));
}

const sort: TabularOperator = (node, input, environment) => {
  const keys = sortKeys(separatedElements((node as SortOperator).Expressions), input, environment);
  return keys.length === 0 ? input : input.selectRows(sortedRows(input, keys));
};

const top: TabularOperator = (node, input, environment) => {
  const operator = node as TopOperator;
  const count = rowCountArgument(operator.Expression, environment);
  const keys = sortKeys([operator.ByExpression], input, environment);
  return input.selectRows(firstRows(input, keys, count));
};

const take: TabularOperator = (node, input, environment) =>
  input.slice(0, rowCountArgument((node as TakeOperator).Expression, environment));

/**
 * `sort by ... | take N` in one step: only the first N rows in order are found, which on a large input is far
 * cheaper than sorting every row. The result is the same rows in the same (stable) order.
 */
export function sortThenTake(sortNode: SyntaxNode, takeNode: SyntaxNode, input: Relation, environment: OperatorEnvironment): Relation {
  const count = rowCountArgument((takeNode as TakeOperator).Expression, environment);
  const keys = sortKeys(separatedElements((sortNode as SortOperator).Expressions), input, environment);
  return input.selectRows(firstRows(input, keys, count));
}

export const ORDERING_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  SortOperator: sort,
  TopOperator: top,
  TakeOperator: take,
};
