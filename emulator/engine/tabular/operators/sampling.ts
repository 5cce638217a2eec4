// sample N (N random rows) and sample-distinct N of X (N random distinct values of X). Both are random in the
// service too; the rows kept stay in their input order.
import type { Cell } from '../../api.ts';
import { rowFrame, scalarFrame } from '../../context.ts';
import { QueryRuntimeError } from '../../errors.ts';
import type { Expression } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { gather, Relation } from '../../model/relation.ts';
import { cellAt, materialize } from '../../model/vector.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import type { OperatorEnvironment, TabularOperator } from '../registry.ts';
import type { SampleOperator } from '../syntax.ts';
import { assignGroups } from './grouping.ts';

function countArgument(expression: Expression, environment: OperatorEnvironment): number {
  const value = cellAt(evaluateScalar(expression, scalarFrame(environment.context, environment.scope)), 0);
  if (value === null) throw new QueryRuntimeError('The number of rows to sample must not be null.');
  return Math.max(0, Math.floor(Number(value)));
}

/** `count` distinct positions out of `total`, ascending (a partial Fisher-Yates shuffle). */
function randomPositions(total: number, count: number): Int32Array {
  if (count >= total) return Int32Array.from({ length: total }, (_, index) => index);
  const positions = Int32Array.from({ length: total }, (_, index) => index);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(Math.random() * (total - i));
    const swap = positions[i]!;
    positions[i] = positions[j]!;
    positions[j] = swap;
  }
  return positions.slice(0, count).sort();
}

const sample: TabularOperator = (node, input, environment) =>
  input.selectRows(randomPositions(input.rowCount, countArgument((node as SampleOperator).Expression, environment)));

const sampleDistinct: TabularOperator = (node, input, environment) => {
  const operator = node as SampleOperator & { OfExpression: Expression };
  const values = evaluateScalar(operator.OfExpression, rowFrame(environment.context, environment.scope, input));
  const groups = assignGroups([values], input.rowCount);
  const distinct: Cell[] = gather(materialize(values, input.rowCount), groups.firstRows);
  const chosen = randomPositions(distinct.length, countArgument(operator.Expression, environment));
  return Relation.fromData(tableSchemaOf(node), [gather(distinct, chosen)], chosen.length);
};

export const SAMPLING_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  SampleOperator: sample,
  SampleDistinctOperator: sampleDistinct,
};
