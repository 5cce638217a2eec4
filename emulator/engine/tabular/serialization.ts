// Window functions (row_number, prev, next, ...) need a serialized row set: the service refuses them over a table
// or the output of summarize/join/union, and accepts them after sort, top, serialize, range or getschema.
// Kusto.Language does not check this, so the engine does, from the syntax of the operator's input.
import { QueryRuntimeError } from '../errors.ts';
import type { KustoLanguage } from '../kusto/language.ts';
import type { Expression, FunctionCallExpression, PipeExpression, SyntaxNode, WrappedExpression } from '../kusto/syntax.ts';

const WINDOW_FUNCTIONS: ReadonlySet<string> = new Set(['row_number', 'prev', 'next', 'row_cumsum', 'row_rank_dense', 'row_rank_min', 'row_window_session']);

const SERIALIZING: ReadonlySet<string> = new Set(['SortOperator', 'TopOperator', 'TopHittersOperator', 'SerializeOperator', 'GetSchemaOperator']);

/** The documented non-serializing operators, plus the multi-source ones. */
const UNSERIALIZING: ReadonlySet<string> = new Set([
  'CountOperator', 'DistinctOperator', 'EvaluateOperator', 'FacetOperator', 'JoinOperator', 'LookupOperator', 'MakeSeriesOperator',
  'ReduceOperator', 'SampleOperator', 'SampleDistinctOperator', 'SummarizeOperator', 'TopNestedOperator', 'UnionOperator', 'SearchOperator',
]);

/** The first window function called by the operator itself (not inside a nested tabular expression). */
function windowCall(node: SyntaxNode, language: KustoLanguage): string | null {
  for (let i = 0; i < node.ChildCount; i++) {
    const child = node.GetChild(i);
    if (child === null || child.IsToken) continue;
    const element = child as SyntaxNode;
    if (element.ResultType?.Columns !== undefined) continue;
    if (language.kindName(element) === 'FunctionCallExpression') {
      const name = (element as FunctionCallExpression).Name.SimpleName;
      if (WINDOW_FUNCTIONS.has(name) && element.GetExpansion() === null) return name;
    }
    const nested = windowCall(element, language);
    if (nested !== null) return nested;
  }
  return null;
}

/**
 * Whether the rows of an expression are serialized. Sources whose order the engine cannot judge (let names,
 * datatable, a subquery's implicit input) count as serialized, so a valid query is never refused.
 */
function isSerialized(expression: Expression | null, language: KustoLanguage): boolean {
  if (expression === null) return true;
  const kind = language.kindName(expression);
  if (kind === 'PipeExpression') {
    const pipe = expression as PipeExpression;
    const operator = language.kindName(pipe.Operator);
    if (SERIALIZING.has(operator)) return true;
    if (UNSERIALIZING.has(operator)) return false;
    return isSerialized(pipe.Expression, language);
  }
  if (kind === 'ParenthesizedExpression' || kind === 'MaterializeExpression') return isSerialized((expression as WrappedExpression).Expression, language);
  if (UNSERIALIZING.has(kind)) return false;
  if (kind === 'NameReference') return expression.ReferencedSymbol === null || language.symbolKindName(expression.ReferencedSymbol) !== 'Table';
  return true;
}

export function requireSerializedInput(operator: SyntaxNode, input: Expression | null, language: KustoLanguage): void {
  if (SERIALIZING.has(language.kindName(operator))) return;
  const name = windowCall(operator, language);
  if (name === null || isSerialized(input, language)) return;
  throw new QueryRuntimeError(`Function '${name}' cannot be invoked in current context. Details: the row set must be serialized (use serialize or sort first).`);
}
