// where / filter: keeps the rows whose condition is true (false and null both drop the row). `* has "x"` tests
// every column.
import { rowFrame } from '../../context.ts';
import type { FilterOperator } from '../../kusto/syntax.ts';
import type { Relation } from '../../model/relation.ts';
import type { Vector } from '../../model/vector.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import type { TabularOperator } from '../registry.ts';
import { termValues } from './termSearch.ts';

export function keepRows(input: Relation, condition: Vector): Relation {
  if (condition.kind === 'scalar') return condition.value === true ? input : input.slice(0, 0);
  const cells = condition.cells;
  const rows = new Int32Array(input.rowCount);
  let count = 0;
  for (let row = 0; row < input.rowCount; row++) if (cells[row] === true) rows[count++] = row;
  return count === input.rowCount ? input : input.selectRows(rows.slice(0, count));
}

const filter: TabularOperator = (node, input, { context, scope }) => {
  const { Condition } = node as FilterOperator;
  const frame = rowFrame(context, scope, input);
  const known = termValues(Condition, input, frame, { terms: false, caseSensitive: false });
  return keepRows(input, evaluateScalar(Condition, known.size === 0 ? frame : { ...frame, known }));
};

export const FILTER_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  FilterOperator: filter,
};
