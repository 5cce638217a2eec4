// union: rows of every leg, stacked; columns unified by name as in the bound schema (an outer union), where a
// name carried by legs with different types becomes one column per type (SeverityLevel_int, SeverityLevel_long).
import type { Cell, ColumnSchema } from '../../api.ts';
import { unsupported } from '../../errors.ts';
import { listItems, nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { UnionOperator } from '../../kusto/syntax.ts';
import { tableSchemaOf } from '../../kusto/types.ts';
import { Relation } from '../../model/relation.ts';
import type { OperatorEnvironment } from '../registry.ts';
import type { SyntaxNode } from '../../kusto/syntax.ts';

/** The leg's column that fills an output column, or -1 when the leg has none. */
function sourceColumn(leg: Relation, output: ColumnSchema): number {
  return leg.columns.findIndex(
    (column) => column.type === output.type && (column.name === output.name || `${column.name}_${column.type}` === output.name),
  );
}

function stack(schema: readonly ColumnSchema[], legs: readonly Relation[]): Relation {
  const rowCount = legs.reduce((total, leg) => total + leg.rowCount, 0);
  const sources = schema.map((output) => () => {
    const cells = new Array<Cell>(rowCount);
    let offset = 0;
    for (const leg of legs) {
      const index = sourceColumn(leg, output);
      if (index < 0) cells.fill(output.type === 'string' ? '' : null, offset, offset + leg.rowCount);
      else {
        const column = leg.column(index);
        for (let row = 0; row < leg.rowCount; row++) cells[offset + row] = column[row] ?? null;
      }
      offset += leg.rowCount;
    }
    return cells;
  });
  return new Relation(schema, rowCount, sources);
}

/** `T | union U, V` (input given) or `union T, U` (input null). */
export function union(node: SyntaxNode, input: Relation | null, environment: OperatorEnvironment): Relation {
  const operator = node as UnionOperator;
  for (const parameter of listItems(operator.Parameters)) {
    const name = parameter.Name.SimpleName.toLowerCase();
    const value = nodeText(parameter.Expression).toLowerCase();
    if (!(name === 'kind' && value === 'outer') && name !== 'isfuzzy') return unsupported('parameter', `union ${name}`);
  }
  const { context, scope } = environment;
  const legs = separatedElements(operator.Expressions).map((expression) => context.evaluators.tabular(expression, scope, context));
  const schema = tableSchemaOf(operator);
  const all = input === null ? legs : [input, ...legs];
  if (schema.some((output) => all.every((leg) => sourceColumn(leg, output) < 0))) return unsupported('operator', nodeText(node));
  return stack(schema, all);
}
