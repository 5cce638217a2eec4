// mv-apply: each input row's arrays are expanded into a subtable (the expanded columns and the optional item
// index only), the subquery runs over it, and its rows come out beside the input row's other columns.
import type { Cell, ColumnSchema } from '../../api.ts';
import { rowFrame } from '../../context.ts';
import { unsupported } from '../../errors.ts';
import { listItems, nodeText, separatedElements } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { Relation } from '../../model/relation.ts';
import { materialize } from '../../model/vector.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import type { TabularOperator } from '../registry.ts';
import type { MvApplyOperator } from '../syntax.ts';
import { expand } from './expansion.ts';
import { expandedColumns, parameterValue, rowLimit } from './mvExpand.ts';

const mvApply: TabularOperator = (node, input, environment) => {
  const operator = node as MvApplyOperator;
  if (operator.ContextIdClause !== null) return unsupported('parameter', 'mv-apply context_id');
  const indexName = parameterValue(listItems(operator.Parameters), 'with_itemindex');
  const columns = expandedColumns(separatedElements(operator.Expressions), environment);
  if (columns.some((column) => column.name === null)) return unsupported('expression', `mv-apply ${nodeText(operator.Expressions)}`);
  const frame = rowFrame(environment.context, environment.scope, input);
  const values = columns.map((column) => materialize(evaluateScalar(column.value, frame), input.rowCount));
  const expanded = expand(values, columns.map((column) => column.type), input.rowCount, 'bag', rowLimit(operator.RowLimitClause, environment));
  const subSchema: ColumnSchema[] = columns.map((column) => ({ name: column.name!, type: column.type }));
  if (indexName !== null) subSchema.push({ name: indexName, type: 'long' });
  // One subquery per input row, over that row's slice of the expansion (rows of one input row are contiguous).
  const results: { row: number; relation: Relation }[] = [];
  let start = 0;
  while (start < expanded.sourceRows.length) {
    const row = expanded.sourceRows[start]!;
    let end = start;
    while (end < expanded.sourceRows.length && expanded.sourceRows[end] === row) end++;
    const data: Cell[][] = expanded.columns.map((cells) => cells.slice(start, end));
    if (indexName !== null) data.push(expanded.itemIndexes.slice(start, end));
    environment.context.throwIfCancelled();
    results.push({ row, relation: environment.subquery(operator.Subquery.Expression, Relation.fromData(subSchema, data, end - start), environment.scope) });
    start = end;
  }
  const schema = tableSchemaOf(operator);
  const rowCount = results.reduce((total, result) => total + result.relation.rowCount, 0);
  const sources = schema.map((column) => () => {
    const cells: Cell[] = [];
    const inputColumn = input.indexOf(column.name);
    for (const { row, relation } of results) {
      const resultColumn = relation.indexOf(column.name);
      if (resultColumn >= 0) for (const cell of relation.column(resultColumn)) cells.push(cell);
      else if (inputColumn >= 0) for (let i = 0; i < relation.rowCount; i++) cells.push(input.column(inputColumn)[row] ?? null);
      else return unsupported('operator', nodeText(node));
    }
    return cells;
  });
  return new Relation(schema, rowCount, sources);
};

export const MV_APPLY_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  MvApplyOperator: mvApply,
};
