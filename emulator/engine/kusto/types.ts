// Kusto.Language's bound types as the engine's column types.
import type { ColumnSchema, KustoType } from '../api.ts';
import { unsupported } from '../errors.ts';
import { nodeText } from './syntax.ts';
import type { SyntaxNode, TypeSymbol } from './syntax.ts';

const SCALAR_TYPES: ReadonlySet<string> = new Set<KustoType>([
  'bool', 'datetime', 'dynamic', 'int', 'long', 'real', 'string', 'guid', 'decimal', 'timespan',
]);

/** The scalar type of a bound type symbol; dynamic arrays and bags are 'dynamic'. */
export function kustoTypeOf(symbol: TypeSymbol | null): KustoType | null {
  if (symbol === null) return null;
  const name = symbol.Name;
  if (SCALAR_TYPES.has(name)) return name as KustoType;
  if (name.startsWith('dynamic')) return 'dynamic';
  return null;
}

/** The type an expression was bound to; an expression the binder could not type cannot be evaluated. */
export function expressionType(node: SyntaxNode): KustoType {
  const type = kustoTypeOf(node.ResultType);
  if (type === null) unsupported('expression', nodeText(node));
  return type;
}

/** The columns of a tabular node's bound result (its output schema). */
export function tableSchemaOf(node: SyntaxNode): ColumnSchema[] {
  const columns = node.ResultType?.Columns;
  if (columns === undefined) unsupported('expression', nodeText(node));
  const schema: ColumnSchema[] = [];
  for (let i = 0; i < columns.Count; i++) {
    const column = columns.getItem(i);
    const type = kustoTypeOf(column.Type);
    if (type === null) unsupported('expression', `${column.Name}:${column.Type.Name}`);
    schema.push({ name: column.Name, type });
  }
  return schema;
}
