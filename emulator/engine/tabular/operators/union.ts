// union: rows of every leg, stacked; columns unified by name as in the bound schema (kind=outer, the default), or
// only the columns every leg has (kind=inner). A name carried by legs with different types becomes one column per
// type (SeverityLevel_int, SeverityLevel_long). Legs may be wildcards (`App*`); `withsource=Col` adds a first column
// naming each row's leg; `isfuzzy=true` skips legs that do not resolve.
import type { Cell, ColumnSchema } from '../../api.ts';
import { unsupported } from '../../errors.ts';
import { listItems, nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { Expression, KSymbol, PipeExpression, ReadOnlyList, SyntaxNode, UnionOperator } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { Relation } from '../../model/relation.ts';
import type { OperatorEnvironment } from '../registry.ts';
import { tableReference } from '../sources.ts';
import { sourceName } from './sourceNames.ts';

/** A leg's rows and the name `withsource` and `$table` give them. */
export interface Leg {
  readonly relation: Relation;
  readonly name: string;
}

/** The leg's column that fills an output column, or -1 when the leg has none. */
export function sourceColumn(leg: Relation, output: ColumnSchema): number {
  return leg.columns.findIndex(
    (column) => column.type === output.type && (column.name === output.name || `${column.name}_${column.type}` === output.name),
  );
}

/** The legs stacked under `schema`; `sourceColumnName`, when given, is filled with each leg's name. */
export function stack(schema: readonly ColumnSchema[], legs: readonly Leg[], sourceColumnName: string | null): Relation {
  const rowCount = legs.reduce((total, leg) => total + leg.relation.rowCount, 0);
  const sources = schema.map((output) => () => {
    const cells = new Array<Cell>(rowCount);
    let offset = 0;
    for (const { relation, name } of legs) {
      const index = output.name === sourceColumnName ? -2 : sourceColumn(relation, output);
      if (index === -2) cells.fill(name, offset, offset + relation.rowCount);
      else if (index < 0) cells.fill(output.type === 'string' ? '' : null, offset, offset + relation.rowCount);
      else {
        const column = relation.column(index);
        for (let row = 0; row < relation.rowCount; row++) cells[offset + row] = column[row] ?? null;
      }
      offset += relation.rowCount;
    }
    return cells;
  });
  return new Relation(schema, rowCount, sources);
}

/** The tables a wildcard (`App*`) stands for, in the order Kusto.Language lists them. */
function wildcardLegs(expression: Expression, members: ReadOnlyList<KSymbol>, environment: OperatorEnvironment): Leg[] {
  const legs: Leg[] = [];
  for (let i = 0; i < members.Count; i++) {
    const member = members.getItem(i);
    if (environment.context.language.symbolKindName(member) !== 'Table') return unsupported('expression', nodeText(expression));
    legs.push({ relation: tableReference(member.Name, environment.context), name: member.Name });
  }
  return legs;
}

/** The legs of a list of union (or search) sources: wildcards expand, unresolved names are skipped when fuzzy. */
export function legsOf(expressions: readonly Expression[], firstIndex: number, fuzzy: boolean, environment: OperatorEnvironment): Leg[] {
  const { context, scope } = environment;
  return expressions.flatMap((expression, index): Leg[] => {
    const symbol = expression.ReferencedSymbol as (KSymbol & { Members?: ReadOnlyList<KSymbol> }) | null;
    if (symbol !== null && context.language.symbolKindName(symbol) === 'Group' && symbol.Members !== undefined) {
      return wildcardLegs(expression, symbol.Members, environment);
    }
    if (fuzzy && symbol === null) return [];
    const name = sourceName(expression, context.language) ?? `union_arg${firstIndex + index}`;
    return [{ relation: context.evaluators.tabular(expression, scope, context), name }];
  });
}

/** The expression piped into an operator, or null when the operator is itself the source. */
export function pipedExpression(node: SyntaxNode, environment: OperatorEnvironment): Expression | null {
  const parent = node.Parent;
  if (parent === null || environment.context.language.kindName(parent) !== 'PipeExpression') return null;
  const pipe = parent as PipeExpression;
  return pipe.Operator === node ? pipe.Expression : null;
}

/** The input's leg name: its source name, else `union_arg0` (UNCERTAIN: the service's generated name). */
export function inputLeg(node: SyntaxNode, input: Relation, environment: OperatorEnvironment): Leg {
  const expression = pipedExpression(node, environment);
  const name = expression === null ? null : sourceName(expression, environment.context.language);
  return { relation: input, name: name ?? 'union_arg0' };
}

/** `T | union U, V` (input given) or `union T, U` (input null). */
export function union(node: SyntaxNode, input: Relation | null, environment: OperatorEnvironment): Relation {
  const operator = node as UnionOperator;
  let withSource: string | null = null;
  let fuzzy = false;
  let inner = false;
  for (const parameter of listItems(operator.Parameters)) {
    const name = parameter.Name.SimpleName.toLowerCase();
    const value = nodeText(parameter.Expression);
    if (name === 'withsource') withSource = value;
    else if (name === 'isfuzzy') fuzzy = value.toLowerCase() === 'true';
    else if (name === 'kind' && (value.toLowerCase() === 'outer' || value.toLowerCase() === 'inner')) inner = value.toLowerCase() === 'inner';
    else if (!name.startsWith('hint.')) return unsupported('parameter', `union ${name}`);
  }
  const first = input === null ? [] : [inputLeg(node, input, environment)];
  const legs = [...first, ...legsOf(separatedElements(operator.Expressions), first.length, fuzzy, environment)];
  // Kusto.Language binds kind=inner like outer; the columns every leg has are picked here.
  const bound = tableSchemaOf(operator);
  const schema = inner ? bound.filter((output) => output.name === withSource || legs.every((leg) => sourceColumn(leg.relation, output) >= 0)) : bound;
  const missing = schema.some((output) => output.name !== withSource && legs.every((leg) => sourceColumn(leg.relation, output) < 0));
  if (missing) return unsupported('operator', nodeText(node));
  return stack(schema, legs, withSource);
}
