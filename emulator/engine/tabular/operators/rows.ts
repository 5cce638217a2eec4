// distinct and count.
import { rowFrame } from '../../context.ts';
import { separatedElements } from '../../kusto/syntax.ts';
import type { DistinctOperator } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { gather, Relation } from '../../model/relation.ts';
import { columnVector, materialize } from '../../model/vector.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import type { TabularOperator } from '../registry.ts';
import { assignGroups } from './grouping.ts';

const distinct: TabularOperator = (node, input, environment) => {
  const schema = tableSchemaOf(node);
  const expressions = separatedElements((node as DistinctOperator).Expressions);
  const isStar = expressions.length === 1 && environment.context.language.kindName(expressions[0]!) === 'StarExpression';
  const frame = rowFrame(environment.context, environment.scope, input);
  const keys = isStar
    ? input.columns.map((_, index) => columnVector(input.column(index)))
    : expressions.map((expression) => evaluateScalar(expression, frame));
  const groups = assignGroups(keys, input.rowCount);
  const data = keys.map((key) => gather(materialize(key, input.rowCount), groups.firstRows));
  return Relation.fromData(schema, data, groups.groupCount);
};

const count: TabularOperator = (node, input) => Relation.fromData(tableSchemaOf(node), [[input.rowCount]], 1);

export const ROW_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  DistinctOperator: distinct,
  CountOperator: count,
};
