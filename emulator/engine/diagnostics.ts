// Kusto.Language diagnostics as the service's structured errors. Syntax errors become SYN0002 with the offending
// token's line and position; unresolved names become SEM0100 with the service's wording; other semantic errors
// keep Kusto.Language's own code and message (the service's SEM codes for those are not recorded).
import type { QueryError } from './api.ts';
import type { KustoLanguage } from './kusto/language.ts';
import { listItems } from './kusto/syntax.ts';
import type { Diagnostic, KustoCode, SyntaxNode } from './kusto/syntax.ts';

/** Kusto.Language codes for "the name '...' does not refer to any known ...". */
const UNRESOLVED_NAME_CODES: ReadonlySet<string> = new Set(['KS128', 'KS142', 'KS181', 'KS204', 'KS208', 'KS209', 'KS210', 'KS211']);

function firstError(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  return diagnostics
    .filter((diagnostic) => diagnostic.Severity === 'Error')
    .reduce<Diagnostic | undefined>((first, diagnostic) => (first === undefined || diagnostic.Start < first.Start ? diagnostic : first), undefined);
}

/** 1-based line and 0-based position within the line of a text offset. */
export function lineAndPosition(text: string, offset: number): { line: number; pos: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, pos: offset - lineStart };
}

/**
 * The token the error is reported at. A zero-width diagnostic (a missing expression or token) points at the
 * token before the gap; the service's choice for that case is not recorded.
 */
function offendingToken(code: KustoCode, diagnostic: Diagnostic): { token: string; start: number } {
  if (diagnostic.Length > 0) return { token: code.Text.substr(diagnostic.Start, diagnostic.Length), start: diagnostic.Start };
  const token = code.Syntax.GetTokenAt(Math.max(0, diagnostic.Start - 1));
  if (token === null || token.Width === 0) return { token: '', start: diagnostic.Start };
  return { token: token.Text, start: token.TextStart };
}

function syntaxError(code: KustoCode, diagnostic: Diagnostic): QueryError {
  const { token, start } = offendingToken(code, diagnostic);
  const { line, pos } = lineAndPosition(code.Text, start);
  return { kind: 'syntax', code: 'SYN0002', message: `Query could not be parsed at '${token}' on line [${line},${pos}]`, line, pos, token };
}

/** The keyword of the query operator around a position ('' when the position is outside any operator). */
function enclosingOperator(code: KustoCode, position: number, language: KustoLanguage): string {
  let node: SyntaxNode | null = code.Syntax.GetTokenAt(position)?.Parent ?? null;
  while (node !== null) {
    if (language.kindName(node).endsWith('Operator')) return node.GetFirstToken()?.Text ?? '';
    node = node.Parent;
  }
  return '';
}

function unresolvedNameError(code: KustoCode, diagnostic: Diagnostic, language: KustoLanguage): QueryError {
  const name = /'([^']*)'/.exec(diagnostic.Message)?.[1] ?? code.Text.substr(diagnostic.Start, diagnostic.Length);
  const operator = enclosingOperator(code, diagnostic.Start, language);
  const what = operator === '' ? 'table or column or scalar expression' : 'table or column expression';
  return { kind: 'semantic', code: 'SEM0100', message: `'${operator}' operator: Failed to resolve ${what} named '${name}'` };
}

/** The first error of the query in source order, syntax errors first; null when it is valid. */
export function queryError(code: KustoCode, language: KustoLanguage): QueryError | null {
  const syntax = firstError(listItems(code.GetSyntaxDiagnostics()));
  if (syntax !== undefined) return syntaxError(code, syntax);
  const semantic = firstError(listItems(code.GetDiagnostics()));
  if (semantic === undefined) return null;
  if (UNRESOLVED_NAME_CODES.has(semantic.Code)) return unresolvedNameError(code, semantic, language);
  return { kind: 'semantic', code: semantic.Code, message: semantic.Message };
}
