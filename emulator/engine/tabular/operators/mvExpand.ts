// mv-expand: one output row per element of the expanded arrays or property bags, the other columns repeated.
// An expanded column replaces the input column of its name or is appended; `with_itemindex=I` appends the index.
import type { Cell, KustoType } from '../../api.ts';
import { rowFrame, scalarFrame } from '../../context.ts';
import { unsupported } from '../../errors.ts';
import { listItems, nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { Expression, NamedParameter, SimpleNamedExpression } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { Relation } from '../../model/relation.ts';
import { cellAt, materialize } from '../../model/vector.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import type { OperatorEnvironment, TabularOperator } from '../registry.ts';
import type { ExpandExpression, MvExpandOperator, RowLimitClause } from '../syntax.ts';
import { expand, targetType } from './expansion.ts';
import type { BagExpansion } from './expansion.ts';

/** An expanded expression: the column it produces and the dynamic value it expands. */
export interface ExpandedColumn {
  /** The declared or referenced column name; null when the name is generated. */
  readonly name: string | null;
  readonly value: Expression;
  readonly type: KustoType;
}

export function expandedColumns(expressions: readonly ExpandExpression[], environment: OperatorEnvironment): ExpandedColumn[] {
  const { language } = environment.context;
  return expressions.map((expandExpression) => {
    const expression = expandExpression.Expression;
    const type = targetType(expandExpression.ToTypeOf);
    if (type === null) return unsupported('expression', nodeText(expandExpression));
    if (language.kindName(expression) === 'SimpleNamedExpression') {
      const named = expression as SimpleNamedExpression;
      return { name: named.Name.SimpleName, value: named.Expression, type };
    }
    const symbol = expression.ReferencedSymbol;
    const isColumn = language.kindName(expression) === 'NameReference' && symbol !== null && language.symbolKindName(symbol) === 'Column';
    return { name: isColumn ? symbol.Name : null, value: expression, type };
  });
}

export function rowLimit(clause: RowLimitClause | null, environment: OperatorEnvironment): number {
  if (clause === null) return 2_147_483_647;
  const value = cellAt(evaluateScalar(clause.RowLimit, scalarFrame(environment.context, environment.scope)), 0);
  return value === null ? 2_147_483_647 : Math.max(0, Number(value));
}

export function parameterValue(parameters: readonly NamedParameter[], ...names: string[]): string | null {
  const parameter = parameters.find((candidate) => names.includes(candidate.Name.SimpleName.toLowerCase()));
  return parameter === undefined ? null : nodeText(parameter.Expression);
}

const mvExpand: TabularOperator = (node, input, environment) => {
  const operator = node as MvExpandOperator;
  const parameters = listItems(operator.Parameters);
  const bags = (parameterValue(parameters, 'kind', 'bagexpansion') ?? 'bag').toLowerCase();
  if (bags !== 'bag' && bags !== 'array') return unsupported('parameter', `mv-expand kind=${bags}`);
  const indexName = parameterValue(parameters, 'with_itemindex');
  const schema = tableSchemaOf(operator);
  const columns = expandedColumns(separatedElements(operator.Expressions), environment);
  // Unnamed expressions take the generated names, in order, of the schema's columns the input does not have.
  const generated = schema.filter((column) => input.indexOf(column.name) < 0 && column.name !== indexName && !columns.some((c) => c.name === column.name));
  let unnamed = 0;
  const names = columns.map((column) => column.name ?? generated[unnamed++]?.name ?? unsupported('operator', nodeText(node)));
  const frame = rowFrame(environment.context, environment.scope, input);
  const values = columns.map((column) => materialize(evaluateScalar(column.value, frame), input.rowCount));
  const expanded = expand(values, columns.map((column) => column.type), input.rowCount, bags as BagExpansion, rowLimit(operator.RowLimitClause, environment));
  const sources = schema.map((column) => {
    const expandedIndex = names.indexOf(column.name);
    if (expandedIndex >= 0) return () => expanded.columns[expandedIndex]!;
    if (column.name === indexName) return (): Cell[] => expanded.itemIndexes;
    const source = input.indexOf(column.name);
    if (source < 0) return unsupported('operator', nodeText(node));
    return () => {
      const cells = input.column(source);
      return expanded.sourceRows.map((row) => cells[row] ?? null);
    };
  });
  return new Relation(schema, expanded.sourceRows.length, sources);
};

export const MV_EXPAND_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  MvExpandOperator: mvExpand,
};
