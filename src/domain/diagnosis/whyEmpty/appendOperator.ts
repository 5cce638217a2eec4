// The check queries add one operator to the analyst's query (`| count`, `| summarize ...`). It goes after the last
// token of the last tabular statement, before its `;` and a trailing comment, and in place of a final `| render` (a check wants numbers, not a chart), so the rest of the
// text keeps its meaning.
import { tokenize } from '../../kql/lexer';
import { significantTokens, splitPipeline, splitStatements, statementKind } from '../../kql/syntax';

/** `query` with ` | <operator>` appended to its result, or null when it has no finished tabular statement. */
export function appendOperator(query: string, operator: string): string | null {
  const statement = splitStatements(significantTokens(tokenize(query)))
    .filter((candidate) => statementKind(candidate) === 'query')
    .at(-1);
  if (statement === undefined) return null;
  const segments = splitPipeline(statement.tokens);
  const kept = segments.length > 1 && segments.at(-1)?.tokens[0]?.text === 'render' ? segments.slice(0, -1) : segments;
  const anchor = kept.at(-1)?.tokens.at(-1);
  if (anchor === undefined || (anchor.kind === 'string' && !anchor.terminated)) return null;
  // A dropped render goes with whatever followed it; otherwise a trailing `;` or comment stays where it was.
  const rest = kept.length < segments.length ? '' : query.slice(anchor.end);
  return `${query.slice(0, anchor.end)} | ${operator}${rest}`;
}
