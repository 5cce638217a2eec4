// summarize: group by the `by` keys, compute each aggregation per group, then evaluate the expressions around
// the aggregations (e.g. `sum(x) * 2`) over the groups. Output names and types come from the bound schema:
// the keys first, then the aggregations (count_, sum_X, avg_X, ...).
import type { Cell, ColumnSchema } from '../../api.ts';
import { AGGREGATE_FUNCTIONS, MULTI_COLUMN_AGGREGATES } from '../../aggregates/index.ts';
import type { Grouping } from '../../aggregates/registry.ts';
import { rowFrame } from '../../context.ts';
import type { Frame } from '../../context.ts';
import { unsupported } from '../../errors.ts';
import { nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { Expression, FunctionCallExpression, SimpleNamedExpression, SummarizeOperator, SyntaxNode } from '../../kusto/syntax.ts';
import { expressionType, tableSchemaOf } from '../../kusto/types.ts';
import { compareCells } from '../../model/cells.ts';
import { gather, Relation } from '../../model/relation.ts';
import { cellAt, columnVector, materialize } from '../../model/vector.ts';
import type { Vector } from '../../model/vector.ts';
import { evaluateScalar, operand } from '../../scalar/evaluate.ts';
import type { OperatorEnvironment, TabularOperator } from '../registry.ts';
import { assignGroups } from './grouping.ts';

interface Summary {
  readonly input: Relation;
  readonly frame: Frame;
  readonly grouping: Grouping;
  readonly keys: Relation;
  readonly environment: OperatorEnvironment;
}

function isAggregateCall(node: SyntaxNode, environment: OperatorEnvironment): boolean {
  const { language, database } = environment.context;
  const symbol = node.ReferencedSymbol;
  return language.kindName(node) === 'FunctionCallExpression' && symbol !== null && language.globalsFor(database).IsAggregateFunction(symbol);
}

/** The aggregation calls inside an expression (aggregations do not nest). */
function aggregateCalls(node: SyntaxNode, environment: OperatorEnvironment, found: FunctionCallExpression[] = []): FunctionCallExpression[] {
  if (isAggregateCall(node, environment)) {
    found.push(node as FunctionCallExpression);
    return found;
  }
  for (let i = 0; i < node.ChildCount; i++) {
    const child = node.GetChild(i);
    if (child !== null && !child.IsToken) aggregateCalls(child as SyntaxNode, environment, found);
  }
  return found;
}

function aggregate(call: FunctionCallExpression, summary: Summary): Vector {
  const name = call.Name.SimpleName;
  const implementation = AGGREGATE_FUNCTIONS.get(name);
  if (implementation === undefined) return unsupported('aggregation function', name);
  const args = separatedElements(call.ArgumentList.Expressions).map((arg) => operand(arg, summary.frame));
  return columnVector(implementation(args, summary.grouping, { name, resultType: expressionType(call) }));
}

/** One aggregation expression, possibly wrapped in scalar functions: one output column. */
function aggregateColumn(expression: Expression, summary: Summary): Cell[] {
  const known = new Map<SyntaxNode, Vector>();
  for (const call of aggregateCalls(expression, summary.environment)) known.set(call, aggregate(call, summary));
  const groupFrame: Frame = { ...summary.frame, input: summary.keys, rowCount: summary.grouping.groupCount, known };
  return materialize(evaluateScalar(expression, groupFrame), summary.grouping.groupCount);
}

/** The row holding each group's largest (or smallest) value of the expression; -1 when it has none. */
function extremeRows(values: Vector, summary: Summary, sign: 1 | -1): Int32Array {
  const chosen = new Int32Array(summary.grouping.groupCount).fill(-1);
  for (let row = 0; row < summary.grouping.rowCount; row++) {
    const value = cellAt(values, row);
    if (value === null) continue;
    const group = summary.grouping.groupOf[row]!;
    const current = chosen[group]!;
    if (current < 0 || compareCells(value, cellAt(values, current)) * sign > 0) chosen[group] = row;
  }
  return chosen;
}

function gatherOrEmpty(cells: readonly Cell[], rows: Int32Array, empty: Cell): Cell[] {
  const out = gather(cells, rows);
  rows.forEach((row, index) => {
    if (row < 0) out[index] = empty;
  });
  return out;
}

/**
 * arg_max / arg_min: the maximized expression, then either the listed expressions or, for `*`, every input
 * column that is neither a key nor the maximized column itself, all taken from the winning row.
 */
function argExtremeColumns(call: FunctionCallExpression, sign: 1 | -1, keyNames: ReadonlySet<string>, summary: Summary): Cell[][] {
  const [target, ...rest] = separatedElements(call.ArgumentList.Expressions);
  if (target === undefined) return unsupported('aggregation function', call.Name.SimpleName);
  const { language } = summary.environment.context;
  const targetValues = evaluateScalar(target, summary.frame);
  const rows = extremeRows(targetValues, summary, sign);
  const columns: Cell[][] = [gatherOrEmpty(materialize(targetValues, summary.input.rowCount), rows, null)];
  const isStar = rest.length === 1 && language.kindName(rest[0]!) === 'StarExpression';
  if (isStar) {
    const targetName = language.kindName(target) === 'NameReference' ? (target.ReferencedSymbol?.Name ?? null) : null;
    summary.input.columns.forEach((column, index) => {
      if (keyNames.has(column.name) || column.name === targetName) return;
      columns.push(gatherOrEmpty(summary.input.column(index), rows, column.type === 'string' ? '' : null));
    });
    return columns;
  }
  for (const expression of rest) {
    const value = language.kindName(expression) === 'SimpleNamedExpression' ? (expression as SimpleNamedExpression).Expression : expression;
    const empty = expressionType(value) === 'string' ? '' : null;
    columns.push(gatherOrEmpty(materialize(evaluateScalar(value, summary.frame), summary.input.rowCount), rows, empty));
  }
  return columns;
}

const ARG_EXTREMES: Readonly<Record<string, 1 | -1>> = { arg_max: 1, arg_min: -1 };

function unnamed(expression: Expression, environment: OperatorEnvironment): Expression {
  const kind = environment.context.language.kindName(expression);
  if (kind === 'CompoundNamedExpression') return unsupported('expression', nodeText(expression));
  return kind === 'SimpleNamedExpression' ? (expression as SimpleNamedExpression).Expression : expression;
}

/**
 * A call whose one aggregation yields several columns (`percentiles(x, 50, 95)`, `take_any(a, b)`), possibly
 * named with `(p50, p95) = ...`; the names come from the bound schema. Null for any other expression.
 */
function multiColumnCall(expression: Expression, environment: OperatorEnvironment): FunctionCallExpression | null {
  const { language } = environment.context;
  const kind = language.kindName(expression);
  const value = kind === 'SimpleNamedExpression' || kind === 'CompoundNamedExpression' ? (expression as SimpleNamedExpression).Expression : expression;
  if (!isAggregateCall(value, environment)) return null;
  const call = value as FunctionCallExpression;
  if (!MULTI_COLUMN_AGGREGATES.has(call.Name.SimpleName)) return null;
  const args = separatedElements(call.ArgumentList.Expressions);
  return args.some((arg) => language.kindName(arg) === 'StarExpression') ? unsupported('expression', nodeText(call)) : call;
}

function multiColumnAggregate(call: FunctionCallExpression, summary: Summary): Cell[][] {
  const args = separatedElements(call.ArgumentList.Expressions).map((arg) => operand(arg, summary.frame));
  return MULTI_COLUMN_AGGREGATES.get(call.Name.SimpleName)!(args, summary.grouping);
}

/** Each group's value of an aggregation expression, e.g. `count()` or `sum(x) * 2` (make-series, top-nested). */
export function groupAggregates(expression: Expression, input: Relation, grouping: Grouping, environment: OperatorEnvironment): Cell[] {
  const frame = rowFrame(environment.context, environment.scope, input);
  const keys = new Relation([], grouping.groupCount, []);
  return aggregateColumn(unnamed(expression, environment), { input, frame, grouping, keys, environment });
}

const summarize: TabularOperator = (node, input, environment) => {
  const operator = node as SummarizeOperator;
  const schema: ColumnSchema[] = tableSchemaOf(operator);
  if (operator.ByClause?.BinClause) return unsupported('parameter', 'bin');
  const frame = rowFrame(environment.context, environment.scope, input);
  const byExpressions = operator.ByClause === null ? [] : separatedElements(operator.ByClause.Expressions);
  const keyVectors = byExpressions.map((expression) => evaluateScalar(unnamed(expression, environment), frame));
  const groups =
    byExpressions.length === 0
      ? { groupOf: new Int32Array(input.rowCount), groupCount: 1, firstRows: new Int32Array([0]) }
      : assignGroups(keyVectors, input.rowCount);
  const keyColumns = keyVectors.map((vector) => gather(materialize(vector, input.rowCount), groups.firstRows));
  const keySchema = schema.slice(0, byExpressions.length);
  const keyNames = new Set(keySchema.map((column) => column.name));
  const summary: Summary = {
    input,
    frame,
    grouping: { groupOf: groups.groupOf, groupCount: groups.groupCount, rowCount: input.rowCount },
    keys: Relation.fromData(keySchema, keyColumns, groups.groupCount),
    environment,
  };
  const columns: Cell[][] = [...keyColumns];
  for (const expression of separatedElements(operator.Aggregates)) {
    const multiColumn = multiColumnCall(expression, environment);
    if (multiColumn !== null) {
      columns.push(...multiColumnAggregate(multiColumn, summary));
      continue;
    }
    const value = unnamed(expression, environment);
    const sign = isAggregateCall(value, environment) ? ARG_EXTREMES[(value as FunctionCallExpression).Name.SimpleName] : undefined;
    if (sign !== undefined) columns.push(...argExtremeColumns(value as FunctionCallExpression, sign, keyNames, summary));
    else columns.push(aggregateColumn(value, summary));
  }
  if (columns.length !== schema.length) return unsupported('operator', nodeText(node));
  return Relation.fromData(schema, columns, groups.groupCount);
};

export const SUMMARIZE_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  SummarizeOperator: summarize,
};
