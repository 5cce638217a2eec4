// project, extend, serialize (an extend that marks the rows ordered), project-away, project-keep,
// project-reorder, project-rename. Output names and types come from Kusto.Language's bound schema of the operator,
// so generated names (Column1, D_a, strlen_Message) match the service's.
import type { ColumnSchema, KustoType } from '../../api.ts';
import { rowFrame } from '../../context.ts';
import type { OperatorEnvironment } from '../registry.ts';
import { unsupported } from '../../errors.ts';
import { nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { Expression, ExpressionListOperator, SimpleNamedExpression, SyntaxNode } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { Relation } from '../../model/relation.ts';
import type { ColumnSource } from '../../model/relation.ts';
import { materialize } from '../../model/vector.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import type { TabularOperator } from '../registry.ts';

function expressionsOf(node: SyntaxNode): Expression[] {
  return separatedElements((node as ExpressionListOperator).Expressions);
}

/** The column an expression reads when it is a plain column reference, else -1. */
function referencedColumn(expression: Expression, input: Relation, environment: OperatorEnvironment): number {
  const symbol = expression.ReferencedSymbol;
  if (symbol === null || environment.context.language.symbolKindName(symbol) !== 'Column') return -1;
  if (environment.context.language.kindName(expression) !== 'NameReference') return -1;
  return input.indexOf(symbol.Name);
}

function declaredName(expression: Expression, environment: OperatorEnvironment): string | null {
  const kind = environment.context.language.kindName(expression);
  if (kind === 'SimpleNamedExpression') return (expression as SimpleNamedExpression).Name.SimpleName;
  if (kind === 'CompoundNamedExpression') return unsupported('expression', nodeText(expression));
  return null;
}

function valueOf(expression: Expression, environment: OperatorEnvironment): Expression {
  return environment.context.language.kindName(expression) === 'SimpleNamedExpression'
    ? (expression as SimpleNamedExpression).Expression
    : expression;
}

/** Evaluates an expression into a column source over the input's rows. */
function computedColumn(expression: Expression, input: Relation, environment: OperatorEnvironment): ColumnSource {
  const source = referencedColumn(valueOf(expression, environment), input, environment);
  if (source >= 0) return input.source(source);
  const cells = materialize(evaluateScalar(valueOf(expression, environment), rowFrame(environment.context, environment.scope, input)), input.rowCount);
  return () => cells;
}

const project: TabularOperator = (node, input, environment) => {
  const schema = tableSchemaOf(node);
  const expressions = expressionsOf(node);
  if (expressions.length !== schema.length) return unsupported('operator', nodeText(node));
  const sources = expressions.map((expression) => computedColumn(expression, input, environment));
  return new Relation(schema, input.rowCount, sources);
};

/** Replaces the named column in place, or appends it. */
function withColumn(relation: Relation, column: ColumnSchema, source: ColumnSource): Relation {
  const index = relation.indexOf(column.name);
  const columns = [...relation.columns];
  const sources = relation.columns.map((_, i) => relation.source(i));
  if (index >= 0) {
    columns[index] = column;
    sources[index] = source;
  } else {
    columns.push(column);
    sources.push(source);
  }
  return new Relation(columns, relation.rowCount, sources);
}

const extend: TabularOperator = (node, input, environment) => {
  const schema = tableSchemaOf(node);
  const typeOf = new Map<string, KustoType>(schema.map((column) => [column.name, column.type]));
  const newNames = schema.filter((column) => input.indexOf(column.name) < 0).map((column) => column.name);
  let next = 0;
  let current = input;
  for (const expression of expressionsOf(node)) {
    let name = declaredName(expression, environment);
    if (name === null) {
      const column = referencedColumn(expression, current, environment);
      name = column >= 0 ? current.columns[column]!.name : (newNames[next] ?? null);
    }
    if (name === null) return unsupported('operator', nodeText(node));
    if (newNames[next] === name) next++;
    const type = typeOf.get(name);
    if (type === undefined) return unsupported('operator', nodeText(node));
    current = withColumn(current, { name, type }, computedColumn(expression, current, environment));
  }
  return new Relation(
    schema,
    current.rowCount,
    schema.map((column) => current.source(current.indexOf(column.name))),
  );
};

/** Output columns picked from the input by name (project-away, project-keep, project-reorder). */
const pickByName: TabularOperator = (node, input) => {
  const schema = tableSchemaOf(node);
  const indexes = schema.map((column) => input.indexOf(column.name));
  if (indexes.some((index) => index < 0)) return unsupported('operator', nodeText(node));
  return new Relation(schema, input.rowCount, indexes.map((index) => input.source(index)));
};

/** project-rename keeps every column in place and only changes names. */
const rename: TabularOperator = (node, input) => {
  const schema = tableSchemaOf(node);
  if (schema.length !== input.columns.length) return unsupported('operator', nodeText(node));
  return new Relation(schema, input.rowCount, schema.map((_, index) => input.source(index)));
};

export const PROJECTION_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  ProjectOperator: project,
  ExtendOperator: extend,
  SerializeOperator: extend,
  ProjectAwayOperator: pickByName,
  ProjectKeepOperator: pickByName,
  ProjectReorderOperator: pickByName,
  ProjectRenameOperator: rename,
};
