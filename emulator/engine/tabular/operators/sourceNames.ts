// The name a union leg or a search source goes by in `withsource=` and `$table`: the name given by `as`, else the
// table, let name or function it reads. UNCERTAIN: the service's name for a leg that filters a table
// (`(T | where ...)`) is not documented; the table's name is used.
import type { KustoLanguage } from '../../kusto/language.ts';
import type { Expression, PipeExpression, WrappedExpression } from '../../kusto/syntax.ts';
import type { AsOperator } from '../syntax.ts';

export function sourceName(expression: Expression, language: KustoLanguage): string | null {
  const kind = language.kindName(expression);
  if (kind === 'ParenthesizedExpression') return sourceName((expression as WrappedExpression).Expression, language);
  if (kind === 'PipeExpression') {
    const pipe = expression as PipeExpression;
    if (language.kindName(pipe.Operator) === 'AsOperator') return (pipe.Operator as AsOperator).Name.SimpleName;
    return sourceName(pipe.Expression, language);
  }
  if (kind === 'NameReference' || kind === 'FunctionCallExpression') return expression.ReferencedSymbol?.Name ?? null;
  return null;
}
