// Where rows come from: stored tables (seen through the request's timespan), datatable literals and print.
import type { Cell, ColumnSchema, TimeWindow } from '../api.ts';
import { scalarFrame } from '../context.ts';
import type { ExecutionContext, Scope } from '../context.ts';
import { QueryRuntimeError, unsupported } from '../errors.ts';
import { separatedElements } from '../kusto/syntax.ts';
import type { DataTableExpression, Expression, ExpressionListOperator, RangeOperator, SyntaxNode } from '../kusto/syntax.ts';
import { expressionType, tableSchemaOf } from '../kusto/types.ts';
import { Relation } from '../model/relation.ts';
import { cellAt } from '../model/vector.ts';
import { evaluateScalar } from '../scalar/evaluate.ts';
import { convertCell } from '../scalar/functions/conversion.ts';

/** The service applies the request's timespan to every table with a TimeGenerated column: start <= t < end. */
function withinWindow(relation: Relation, window: TimeWindow | undefined): Relation {
  if (window === undefined) return relation;
  const index = relation.columns.findIndex((column) => column.name === 'TimeGenerated' && column.type === 'datetime');
  if (index < 0) return relation;
  const times = relation.column(index);
  const rows = new Int32Array(relation.rowCount);
  const { start, end } = window;
  let count = 0;
  for (let row = 0; row < relation.rowCount; row++) {
    const time = times[row] as bigint | null;
    if (time !== null && time >= start && time < end) rows[count++] = row;
  }
  return count === relation.rowCount ? relation : relation.selectRows(rows.slice(0, count));
}

export function tableReference(name: string, context: ExecutionContext): Relation {
  const table = context.database.tables.get(name);
  if (table === undefined) return unsupported('expression', name);
  context.rowsScanned += table.rowCount;
  return withinWindow(Relation.fromTable(table), context.window);
}

/** A scalar expression's single value, converted to the column type it fills. */
function constantCell(expression: Expression, target: ColumnSchema, scope: Scope, context: ExecutionContext): Cell {
  const value = cellAt(evaluateScalar(expression, scalarFrame(context, scope)), 0);
  return convertCell(value, expressionType(expression), target.type);
}

export function dataTable(node: DataTableExpression, scope: Scope, context: ExecutionContext): Relation {
  const schema = tableSchemaOf(node);
  const values = separatedElements(node.Values);
  if (schema.length === 0 || values.length % schema.length !== 0) return unsupported('expression', 'datatable');
  const rowCount = values.length / schema.length;
  const data: Cell[][] = schema.map(() => new Array<Cell>(rowCount));
  values.forEach((expression, index) => {
    const column = index % schema.length;
    data[column]![Math.floor(index / schema.length)] = constantCell(expression, schema[column]!, scope, context);
  });
  return Relation.fromData(schema, data, rowCount);
}

export function print(node: SyntaxNode, scope: Scope, context: ExecutionContext): Relation {
  const schema = tableSchemaOf(node);
  const expressions = separatedElements((node as ExpressionListOperator).Expressions);
  if (expressions.length !== schema.length) return unsupported('operator', 'print');
  const data = expressions.map((expression, index) => [constantCell(expression, schema[index]!, scope, context)]);
  return Relation.fromData(schema, data, 1);
}

/** More rows than this from one `range` is almost certainly a mistake; the engine refuses rather than stalls. */
const MAX_RANGE_ROWS = 10_000_000;

/** `range x from a to b step s`: a single column from a to b inclusive. */
export function range(node: RangeOperator, scope: Scope, context: ExecutionContext): Relation {
  const [column] = tableSchemaOf(node);
  if (column === undefined) return unsupported('operator', 'range');
  const bound = (expression: Expression): Cell => constantCell(expression, column, scope, context);
  const from = bound(node.From);
  const to = bound(node.To);
  const step = cellAt(evaluateScalar(node.Step, scalarFrame(context, scope)), 0);
  if (from === null || to === null || step === null || Number(step) === 0) return Relation.fromData([column], [[]], 0);
  const values: Cell[] = [];
  const ascending = Number(step) > 0;
  if (typeof from === 'bigint') {
    const increment = BigInt(step as number | bigint);
    for (let value = from; ascending ? value <= (to as bigint) : value >= (to as bigint); value += increment) {
      if (values.push(value) > MAX_RANGE_ROWS) throw new QueryRuntimeError('range produces too many rows.');
    }
  } else {
    // Each value is computed from the start, not accumulated, so fractional steps do not drift.
    const [start, end, increment] = [Number(from), Number(to), Number(step)];
    for (let index = 0; ; index++) {
      const value = start + index * increment;
      if (ascending ? value > end : value < end) break;
      if (values.push(value) > MAX_RANGE_ROWS) throw new QueryRuntimeError('range produces too many rows.');
    }
  }
  return Relation.fromData([column], [values], values.length);
}
