// top-nested: the first clause groups the rows by its value, aggregates each group and keeps the top N groups (all
// when N is omitted) by the aggregate, descending unless `asc`; each further clause does the same within each kept
// group. Every clause adds two columns, its value and its aggregate. `with others = V` adds, at the last level,
// a row V aggregating the groups left out.
import type { Cell } from '../../api.ts';
import { rowFrame, scalarFrame } from '../../context.ts';
import { unsupported } from '../../errors.ts';
import { nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { Expression, OrderedExpression, SimpleNamedExpression } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { compareCells } from '../../model/cells.ts';
import { Relation } from '../../model/relation.ts';
import { cellAt, materialize } from '../../model/vector.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import type { OperatorEnvironment, TabularOperator } from '../registry.ts';
import type { TopNestedClause, TopNestedOperator } from '../syntax.ts';
import { assignGroups } from './grouping.ts';
import { groupAggregates } from './summarize.ts';

interface Level {
  readonly count: number;
  readonly values: Cell[];
  readonly aggregate: Expression;
  readonly descending: boolean;
  readonly others: Cell | undefined;
}

function unnamed(expression: Expression, environment: OperatorEnvironment): Expression {
  return environment.context.language.kindName(expression) === 'SimpleNamedExpression' ? (expression as SimpleNamedExpression).Expression : expression;
}

function levelOf(clause: TopNestedClause, input: Relation, environment: OperatorEnvironment): Level {
  const { language } = environment.context;
  let aggregate = clause.ByExpression;
  let descending = true;
  if (language.kindName(aggregate) === 'OrderedExpression') {
    const ordered = aggregate as OrderedExpression;
    descending = ordered.Ordering?.AscOrDescKeyword?.Text.toLowerCase() !== 'asc';
    aggregate = ordered.Expression;
  }
  const constant = (expression: Expression): Cell => cellAt(evaluateScalar(expression, scalarFrame(environment.context, environment.scope)), 0);
  const count = clause.Expression === null ? Infinity : Number(constant(clause.Expression) ?? Infinity);
  const values = materialize(evaluateScalar(unnamed(clause.OfExpression, environment), rowFrame(environment.context, environment.scope, input)), input.rowCount);
  const others = clause.WithOthersClause === null ? undefined : constant(clause.WithOthersClause.Expression);
  return { count, values, aggregate: unnamed(aggregate, environment), descending, others };
}

function nest(levels: readonly Level[], depth: number, rows: Int32Array, prefix: readonly Cell[], input: Relation, environment: OperatorEnvironment, out: Cell[][]): void {
  const level = levels[depth];
  if (level === undefined) {
    out.push([...prefix]);
    return;
  }
  const subset = input.selectRows(rows);
  const groups = assignGroups([{ kind: 'column', cells: Array.from(rows, (row) => level.values[row] ?? null) }], rows.length);
  const aggregates = groupAggregates(level.aggregate, subset, { groupOf: groups.groupOf, groupCount: groups.groupCount, rowCount: rows.length }, environment);
  const order = Array.from({ length: groups.groupCount }, (_, group) => group).sort((a, b) => {
    const x = aggregates[a] ?? null;
    const y = aggregates[b] ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return compareCells(x, y) * (level.descending ? -1 : 1);
  });
  const kept = order.slice(0, level.count);
  for (const group of kept) {
    const members = Int32Array.from(rows.filter((_, index) => groups.groupOf[index] === group));
    nest(levels, depth + 1, members, [...prefix, level.values[rows[groups.firstRows[group]!]!] ?? null, aggregates[group] ?? null], input, environment, out);
  }
  if (level.others === undefined || kept.length === order.length) return;
  const keptGroups = new Set(kept);
  const rest = Int32Array.from(rows.filter((_, index) => !keptGroups.has(groups.groupOf[index]!)));
  const [othersAggregate] = groupAggregates(level.aggregate, input.selectRows(rest), { groupOf: new Int32Array(rest.length), groupCount: 1, rowCount: rest.length }, environment);
  out.push([...prefix, level.others, othersAggregate ?? null]);
}

const topNested: TabularOperator = (node, input, environment) => {
  const operator = node as TopNestedOperator;
  const clauses = separatedElements(operator.Clauses);
  if (clauses.slice(0, -1).some((clause) => clause.WithOthersClause !== null)) return unsupported('expression', `top-nested ... with others (on a level other than the last)`);
  const levels = clauses.map((clause) => levelOf(clause, input, environment));
  const schema = tableSchemaOf(operator);
  if (schema.length !== levels.length * 2) return unsupported('operator', nodeText(node));
  const out: Cell[][] = [];
  if (input.rowCount > 0) nest(levels, 0, Int32Array.from({ length: input.rowCount }, (_, row) => row), [], input, environment, out);
  return Relation.fromData(schema, schema.map((_, column) => out.map((row) => row[column] ?? null)), out.length);
};

export const TOP_NESTED_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  TopNestedOperator: topNested,
};
