// Does the query filter the time column itself? Then the timespan picker shows "Set in query" and explains that the
// service applies the picker's timespan in addition to the query's filter (it intersects both), as the portal does.
//
// A match is the time column (`TimeGenerated`, or `timestamp` for Application Insights style tables) directly on one
// side of `<`, `<=`, `>`, `>=`, `==`, `between` or `in`, inside a `where`/`filter` operator at any depth: in a `let`,
// a subquery in parentheses, a function body. Strings and comments never match. Out of scope (best effort): filters
// through a function of the column (`bin(TimeGenerated, 1h) > ...`), negations (`!between`, `!in`, `!=`), which do
// not bound the time range, and columns renamed or computed earlier in the query.

import { tokenize } from './lexer';
import type { Token } from './lexer';
import { significantTokens } from './syntax';
import type { TextRange } from './textRange';

export type TimeColumn = 'TimeGenerated' | 'timestamp';

export interface TimeFilterMatch extends TextRange {
  column: TimeColumn;
  /** The whole comparison, e.g. `TimeGenerated > ago(1h)`, between the surrounding `and`/`or`/`,` or brackets. */
  text: string;
}

export interface TimeFilterDetection {
  filtersTime: boolean;
  /** In text order, one per comparison. */
  matches: TimeFilterMatch[];
}

const FILTER_OPERATORS = new Set(['where', 'filter']);
const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', 'between', 'in']);

export function detectTimeFilter(query: string): TimeFilterDetection {
  const tokens = significantTokens(tokenize(query));
  const operators = enclosingOperators(tokens);
  const matches: TimeFilterMatch[] = [];

  tokens.forEach((token, index) => {
    const column = token.text;
    if (token.kind !== 'identifier' || !isTimeColumn(column)) return;
    if (!FILTER_OPERATORS.has(operators[index] ?? '')) return;
    if (!isComparison(tokens[index - 1]) && !isComparison(tokens[index + 1])) return;

    const { first, last } = clauseAround(tokens, index);
    const start = tokens[first]?.start ?? token.start;
    const end = tokens[last]?.end ?? token.end;
    if (matches.some((match) => match.start === start && match.end === end)) return;
    matches.push({ column, start, end, text: query.slice(start, end) });
  });

  return { filtersTime: matches.length > 0, matches };
}

function isTimeColumn(text: string): text is TimeColumn {
  return text === 'TimeGenerated' || text === 'timestamp';
}

function isComparison(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === 'punctuation' || token.kind === 'identifier') && COMPARISONS.has(token.text);
}

/**
 * The operator (`where`, `extend`...) each token belongs to: the word after the nearest `|` at the same bracket
 * depth. A bracket inherits the operator around it (`where (a and b)`), unless a subquery inside starts its own
 * pipeline or starts with `where` directly (`mv-apply ... on (where ...)`).
 */
function enclosingOperators(tokens: readonly Token[]): (string | null)[] {
  const stack: (string | null)[] = [null];
  let afterPipe = false;
  let afterOpen = false;
  return tokens.map((token) => {
    const top = stack.length - 1;
    const current = stack[top] ?? null;
    switch (token.kind) {
      case 'pipe':
        afterPipe = true;
        return current;
      case 'semicolon':
        stack[top] = null;
        return null;
      case 'open':
        stack.push(current);
        afterOpen = true;
        return current;
      case 'close':
        if (stack.length > 1) stack.pop();
        afterPipe = afterOpen = false;
        return stack[stack.length - 1] ?? null;
      default: {
        const word = token.kind === 'identifier' ? token.text : null;
        if (afterPipe || (afterOpen && word !== null && FILTER_OPERATORS.has(word))) stack[top] = word;
        afterPipe = afterOpen = false;
        return stack[top] ?? null;
      }
    }
  });
}

const CLAUSE_SEPARATORS = new Set(['and', 'or', ',', 'where', 'filter']);

function isClauseBoundary(token: Token): boolean {
  return token.kind === 'pipe' || token.kind === 'semicolon' || CLAUSE_SEPARATORS.has(token.text);
}

/** The token span of the comparison holding tokens[index]: up to the nearest separator at the same bracket depth. */
function clauseAround(tokens: readonly Token[], index: number): { first: number; last: number } {
  let first = index;
  for (let depth = 0, at = index - 1; at >= 0; at--) {
    const token = tokens[at];
    if (token === undefined) break;
    if (token.kind === 'close') depth++;
    else if (token.kind === 'open' && depth === 0) break;
    else if (token.kind === 'open') depth--;
    else if (depth === 0 && isClauseBoundary(token)) break;
    first = at;
  }
  let last = index;
  for (let depth = 0, at = index + 1; at < tokens.length; at++) {
    const token = tokens[at];
    if (token === undefined) break;
    if (token.kind === 'open') depth++;
    else if (token.kind === 'close' && depth === 0) break;
    else if (token.kind === 'close') depth--;
    else if (depth === 0 && isClauseBoundary(token)) break;
    last = at;
  }
  return { first, last };
}
