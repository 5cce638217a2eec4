// "Try without your last filter": the troubleshooting check for an empty result re-runs the query without its last
// `| where ...` (or `| filter ...`), the filter the analyst most likely just added.
// The last filter is the textually last one at the top level of any statement (the final query or a `let` value).
// Filters inside brackets (subqueries, function bodies) are not considered: removing them changes another table.

import { tokenize } from './lexer';
import type { Token } from './lexer';
import { significantTokens, splitPipeline, splitStatements } from './syntax';
import type { TextRange } from './textRange';

export interface LastFilter extends TextRange {
  /** The filter as written, from its pipe to its last token, e.g. `| where Level == "Error"`. */
  text: string;
  /** What removeLastFilter cuts out: the filter plus the whitespace (and comments) that separate it from its neighbour. */
  removal: TextRange;
}

const FILTER_OPERATORS = new Set(['where', 'filter']);

export function findLastFilter(query: string): LastFilter | null {
  let last: LastFilter | null = null;
  for (const statement of splitStatements(significantTokens(tokenize(query)))) {
    const segments = splitPipeline(statement.tokens);
    for (const [index, segment] of segments.entries()) {
      const operator = segment.tokens[0];
      const lastToken = segment.tokens[segment.tokens.length - 1];
      if (segment.pipe === null || operator === undefined || lastToken === undefined || !FILTER_OPERATORS.has(operator.text)) continue;
      const nextPipe = segments[index + 1]?.pipe ?? null;
      const before: Token | undefined = segments[index - 1]?.tokens.at(-1);
      // Cut up to the next pipe, or, for the final operator, from the end of the previous one, so the neighbours'
      // own layout (line breaks, a trailing comment after the statement) stays as written.
      const removal = nextPipe !== null ? { start: segment.pipe.start, end: nextPipe.start } : { start: before?.end ?? segment.pipe.start, end: lastToken.end };
      last = { start: segment.pipe.start, end: lastToken.end, text: query.slice(segment.pipe.start, lastToken.end), removal };
    }
  }
  return last;
}

/** The query without its last top-level `| where ...`, or null when it has none. */
export function removeLastFilter(query: string): string | null {
  const filter = findLastFilter(query);
  return filter === null ? null : query.slice(0, filter.removal.start) + query.slice(filter.removal.end);
}
