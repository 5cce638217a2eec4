// join (every flavor; innerunique, the default, keeps only the first left row of each key) and lookup. Rows are
// matched on equal key values through a hash of the right side; output names come from the bound schema, where
// right-side columns that collide with left ones carry the suffix 1 (Key1, Value1).
import type { Cell } from '../../api.ts';
import { unsupported } from '../../errors.ts';
import { listItems, nodeText } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { Relation } from '../../model/relation.ts';
import type { TabularOperator } from '../registry.ts';
import type { JoinOperator, LookupOperator } from '../syntax.ts';
import { joinKeys, keyOf } from './joinKeys.ts';

/** Matched row pairs; -1 stands for the missing side of an outer row. */
interface Pairs {
  readonly left: number[];
  readonly right: number[];
}

type Flavor = 'innerunique' | 'inner' | 'leftouter' | 'rightouter' | 'fullouter' | 'leftsemi' | 'leftanti' | 'rightsemi' | 'rightanti';

const FLAVORS: Readonly<Record<string, Flavor>> = {
  innerunique: 'innerunique',
  inner: 'inner',
  leftouter: 'leftouter',
  rightouter: 'rightouter',
  fullouter: 'fullouter',
  leftsemi: 'leftsemi',
  leftanti: 'leftanti',
  anti: 'leftanti',
  leftantisemi: 'leftanti',
  rightsemi: 'rightsemi',
  rightanti: 'rightanti',
  rightantisemi: 'rightanti',
};

/** The `kind=` parameter; hints (hint.strategy, hint.remote, ...) only steer the service's plan and are ignored. */
function kindParameter(node: JoinOperator | LookupOperator, fallback: string): string {
  const kind = listItems(node.Parameters).find((parameter) => parameter.Name.SimpleName.toLowerCase() === 'kind');
  return kind === undefined ? fallback : nodeText(kind.Expression).toLowerCase();
}

/** Right rows by key. A null key matches a null key (UNCERTAIN: the service's rule for null keys is not documented). */
function indexRows(keys: readonly (readonly Cell[])[], rowCount: number): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let row = 0; row < rowCount; row++) {
    const key = keyOf(keys, row);
    const rows = index.get(key);
    if (rows === undefined) index.set(key, [row]);
    else rows.push(row);
  }
  return index;
}

function add(pairs: Pairs, left: number, right: number): void {
  pairs.left.push(left);
  pairs.right.push(right);
}

function matchRows(flavor: Flavor, left: Relation, right: Relation, keys: ReturnType<typeof joinKeys>): Pairs {
  const index = indexRows(keys.right, right.rowCount);
  const pairs: Pairs = { left: [], right: [] };
  const rightMatched = new Uint8Array(right.rowCount);
  const seen = new Set<string>();
  for (let row = 0; row < left.rowCount; row++) {
    const key = keyOf(keys.left, row);
    if (flavor === 'innerunique') {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const matches = index.get(key);
    if (matches === undefined) {
      if (flavor === 'leftouter' || flavor === 'fullouter' || flavor === 'leftanti') add(pairs, row, -1);
      continue;
    }
    if (flavor === 'leftanti') continue;
    if (flavor === 'leftsemi') {
      add(pairs, row, -1);
      continue;
    }
    for (const match of matches) {
      rightMatched[match] = 1;
      add(pairs, row, match);
    }
  }
  if (flavor === 'rightouter' || flavor === 'fullouter' || flavor === 'rightanti' || flavor === 'rightsemi') {
    if (flavor === 'rightanti' || flavor === 'rightsemi') pairs.left.length = pairs.right.length = 0;
    const wanted = flavor === 'rightsemi' ? 1 : 0;
    for (let row = 0; row < right.rowCount; row++) if (rightMatched[row] === wanted) add(pairs, -1, row);
  }
  return pairs;
}

/** The cells of a column at the given rows; -1 gives an empty cell (the empty string for strings). */
function pick(relation: Relation, column: number, rows: readonly number[]): Cell[] {
  const cells = relation.column(column);
  const empty = relation.columns[column]!.type === 'string' ? '' : null;
  return rows.map((row) => (row < 0 ? empty : (cells[row] ?? null)));
}

/** Output columns: the listed left columns, then the listed right columns, renamed as the bound schema says. */
function assemble(node: JoinOperator | LookupOperator, left: Relation, right: Relation, pairs: Pairs, leftColumns: number[], rightColumns: number[]): Relation {
  const schema = tableSchemaOf(node);
  if (schema.length !== leftColumns.length + rightColumns.length) return unsupported('operator', nodeText(node));
  const sources = [
    ...leftColumns.map((column) => () => pick(left, column, pairs.left)),
    ...rightColumns.map((column) => () => pick(right, column, pairs.right)),
  ];
  return new Relation(schema, pairs.left.length, sources);
}

function allColumns(relation: Relation): number[] {
  return relation.columns.map((_, index) => index);
}

const join: TabularOperator = (node, left, environment) => {
  const operator = node as JoinOperator;
  const kind = kindParameter(operator, 'innerunique');
  const flavor = FLAVORS[kind];
  if (flavor === undefined) return unsupported('parameter', `join kind=${kind}`);
  const { context, scope } = environment;
  const right = context.evaluators.tabular(operator.Expression, scope, context);
  const pairs = matchRows(flavor, left, right, joinKeys(operator.ConditionClause, left, right, environment));
  if (flavor === 'leftsemi' || flavor === 'leftanti') return assemble(operator, left, right, pairs, allColumns(left), []);
  if (flavor === 'rightsemi' || flavor === 'rightanti') return assemble(operator, left, right, pairs, [], allColumns(right));
  return assemble(operator, left, right, pairs, allColumns(left), allColumns(right));
};

/** lookup: a join whose right key columns are not repeated; leftouter by default, or inner. */
const lookup: TabularOperator = (node, left, environment) => {
  const operator = node as LookupOperator;
  const kind = kindParameter(operator, 'leftouter');
  if (kind !== 'leftouter' && kind !== 'inner') return unsupported('parameter', `lookup kind=${kind}`);
  const { context, scope } = environment;
  const right = context.evaluators.tabular(operator.Expression, scope, context);
  const keys = joinKeys(operator.LookupClause, left, right, environment);
  const pairs = matchRows(kind, left, right, keys);
  const rightColumns = allColumns(right).filter((column) => !keys.rightColumns.includes(column));
  return assemble(operator, left, right, pairs, allColumns(left), rightColumns);
};

export const JOIN_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  JoinOperator: join,
  LookupOperator: lookup,
};
