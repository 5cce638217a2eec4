// Runs a parsed, error-free query: set options, let statements, then one result table per query statement
// (PrimaryResult, Table_1, Table_2, ...), each cut to the row limit.
import type { QueryOutcome, QueryRequest, RenderSpec, ResultTable } from './api.ts';
import { ExecutionContext, Scope, scalarFrame } from './context.ts';
import { unsupported } from './errors.ts';
import type { KustoLanguage } from './kusto/language.ts';
import { nodeText, separatedElements } from './kusto/syntax.ts';
import type { ExpressionStatement, KustoCode, LetStatement, SetOptionStatement } from './kusto/syntax.ts';
import type { Relation } from './model/relation.ts';
import { cellAt } from './model/vector.ts';
import { evaluateScalar } from './scalar/evaluate.ts';
import { bindLet, bindStatements } from './statements.ts';
import { evaluateTabular } from './tabular/evaluate.ts';

function resultName(index: number): string {
  return index === 0 ? 'PrimaryResult' : `Table_${index}`;
}

/** `set truncationmaxrecords=N` lowers the row limit; other options are hints that do not change results. */
function applyOption(statement: SetOptionStatement, context: ExecutionContext, scope: Scope, limit: number): number {
  const name = statement.Name.SimpleName.toLowerCase();
  if (name === 'notruncation') return unsupported('option', 'notruncation');
  if (name !== 'truncationmaxrecords' || statement.ValueClause === null) return limit;
  const value = cellAt(evaluateScalar(statement.ValueClause.Expression, scalarFrame(context, scope)), 0);
  return value === null ? limit : Math.min(limit, Math.max(0, Number(value)));
}

export function runQuery(code: KustoCode, request: QueryRequest, language: KustoLanguage): QueryOutcome {
  const context = new ExecutionContext(language, request.database, request.now, request.window, request.signal, {
    tabular: evaluateTabular,
    bindStatements,
  });
  let scope = new Scope();
  let limit = request.maxRows;
  let render: RenderSpec | undefined;
  const results: Relation[] = [];
  for (const statement of separatedElements(code.Syntax.Statements)) {
    const kind = language.kindName(statement);
    if (kind === 'SetOptionStatement') limit = applyOption(statement as SetOptionStatement, context, scope, limit);
    else if (kind === 'LetStatement') scope = bindLet(statement as LetStatement, scope, context);
    else if (kind === 'ExpressionStatement') {
      context.render = undefined;
      results.push(evaluateTabular((statement as ExpressionStatement).Expression, scope, context));
      render ??= context.render;
    } else unsupported('statement', nodeText(statement));
  }
  let truncated = false;
  const tables: ResultTable[] = results.map((relation, index) => {
    if (relation.rowCount <= limit) return relation.toResultTable(resultName(index));
    truncated = true;
    return relation.slice(0, limit).toResultTable(resultName(index));
  });
  return {
    kind: 'ok',
    tables,
    ...(render === undefined ? {} : { render }),
    ...(truncated ? { truncated: { limit } } : {}),
    rowsScanned: context.rowsScanned,
  };
}
