// The console's row cap: `| take <cap>` appended to the query so the service itself stops at the cap, instead of the
// browser receiving (and freezing on) up to 500,000 rows. The UI shows `reason`, so the cap is never silent.
//
// Where the cap goes: at the end of the LAST tabular expression statement (after `let`, `set` and other statements,
// before its `;`), right after its last token, so a trailing `// comment` stays a comment and a final `| render ...`
// stays last (render must be the last operator).
//
// When the query is left alone:
// - there is no tabular statement (empty text, only `let`/`set`, a `.command`), or it is unfinished (unclosed bracket,
//   unterminated string at the end, a dangling `|`): appending would only change the error the analyst sees;
// - its last operator is `fork` or `facet`, which return several tables and cannot be followed by another operator;
// - it already limits its rows at the end. Reading the pipeline backwards from the end (render aside), operators that
//   never add rows (where, extend, project*, sort, distinct, summarize ... by, ...) are stepped over, and the query
//   counts as limited when a bounding operator is reached with a bound <= cap: `take N`/`limit N`/`sample N` and
//   `top N by ...`, `top-hitters N of`, `sample-distinct N of` (N a literal integer), `count`, `summarize` or
//   `make-series` without `by` (one row), or a `print` source (one row). So `take 100 | extend x = 1` is limited, while
//   `take 100 | mv-expand x` is not (mv-expand can add rows). A bound above the cap, or one that is not a literal
//   (`take n`), does not count: the cap is added and the smaller of the two wins.

import { tokenize } from './lexer';
import type { Token } from './lexer';
import { hasUnclosedBracket, nestingDepths, significantTokens, splitPipeline, splitStatements, statementKind } from './syntax';
import type { PipelineSegment, Statement } from './syntax';

export interface RowCapResult {
  /** The query to send: the input with ` | take <cap>` inserted, or the input unchanged. */
  text: string;
  applied: boolean;
  /** One sentence for the UI, e.g. "Row cap 30,000 added" or "Query already limits rows (take 100)". */
  reason: string;
}

type RowEffect =
  | { kind: 'bounded'; bound: number; label: string }
  /** The operator never returns more rows than it receives. */
  | { kind: 'nonIncreasing' }
  | { kind: 'unknown' };

const NON_INCREASING_OPERATORS = new Set([
  'where',
  'filter',
  'extend',
  'project',
  'project-away',
  'project-keep',
  'project-rename',
  'project-reorder',
  'sort',
  'order',
  'serialize',
  'as',
  'parse',
  'parse-where',
  'parse-kv',
  'distinct',
  'top-nested',
]);

const MULTI_TABLE_OPERATORS = new Set(['fork', 'facet']);

export function applyRowCap(query: string, cap: number): RowCapResult {
  if (!Number.isSafeInteger(cap) || cap < 1) throw new RangeError(`The row cap must be a positive integer, got ${cap}.`);
  const unchanged = (reason: string): RowCapResult => ({ text: query, applied: false, reason });

  const statements = splitStatements(significantTokens(tokenize(query)));
  const statement = lastQueryStatement(statements);
  if (statement === null) return unchanged(noQueryReason(statements));
  if (hasUnclosedBracket(statement.tokens)) return unchanged('Query has an unclosed bracket: left as written');

  const segments = splitPipeline(statement.tokens);
  const lastSegment = segments[segments.length - 1];
  const endsWithRender = segments.length > 1 && operatorOf(lastSegment) === 'render';
  const capped = endsWithRender ? segments.slice(0, -1) : segments;
  const finalSegment = capped[capped.length - 1];
  const anchor = finalSegment?.tokens[finalSegment.tokens.length - 1];
  if (anchor === undefined) return unchanged('Query ends with a pipe: left as written');
  if (anchor.kind === 'string' && !anchor.terminated) return unchanged('Query ends in an unterminated string: left as written');

  const finalOperator = capped.length > 1 ? operatorOf(finalSegment) : null;
  if (finalOperator !== null && MULTI_TABLE_OPERATORS.has(finalOperator)) {
    return unchanged(`Row cap not added: ${finalOperator} returns several tables`);
  }

  let looserBound: string | null = null;
  for (let index = capped.length - 1; index >= 0; index--) {
    const segment = capped[index];
    if (segment === undefined) break;
    const effect = index === 0 ? sourceEffect(segment) : operatorEffect(segment);
    if (effect.kind === 'bounded' && effect.bound <= cap) return unchanged(`Query already limits rows (${effect.label})`);
    if (effect.kind === 'bounded') looserBound ??= effect.label;
    if (effect.kind === 'unknown') break;
  }

  const text = `${query.slice(0, anchor.end)} | take ${cap}${query.slice(anchor.end)}`;
  const because = looserBound === null ? '' : ` (the query's ${looserBound} allows more)`;
  return { text, applied: true, reason: `Row cap ${groupThousands(cap)} added${because}` };
}

function lastQueryStatement(statements: readonly Statement[]): Statement | null {
  for (let index = statements.length - 1; index >= 0; index--) {
    const statement = statements[index];
    if (statement !== undefined && statementKind(statement) === 'query') return statement;
  }
  return null;
}

function noQueryReason(statements: readonly Statement[]): string {
  const kinds = statements.map(statementKind);
  if (kinds.every((kind) => kind === 'empty')) return 'Empty query: no row cap added';
  if (kinds.includes('command')) return 'Control commands are not capped';
  return 'No tabular query to cap';
}

function operatorOf(segment: PipelineSegment | undefined): string | null {
  const first = segment?.tokens[0];
  return first?.kind === 'identifier' ? first.text : null;
}

/** The value of a token that is a plain integer literal (`100`, not `1e2` or `n`), else null. */
function integerLiteral(token: Token | undefined): number | null {
  if (token?.kind !== 'number' || !/^\d+$/.test(token.text)) return null;
  const value = Number(token.text);
  return Number.isSafeInteger(value) ? value : null;
}

function hasTopLevelBy(tokens: readonly Token[]): boolean {
  const depths = nestingDepths(tokens);
  return tokens.some((token, index) => token.kind === 'identifier' && token.text === 'by' && depths[index] === 0);
}

function operatorEffect(segment: PipelineSegment): RowEffect {
  const operator = operatorOf(segment);
  const [, second, third] = segment.tokens;
  switch (operator) {
    case 'take':
    case 'limit':
    case 'sample': {
      const bound = segment.tokens.length === 2 ? integerLiteral(second) : null;
      return bound === null ? { kind: 'nonIncreasing' } : { kind: 'bounded', bound, label: `${operator} ${bound}` };
    }
    case 'top':
    case 'top-hitters':
    case 'sample-distinct': {
      const keyword = operator === 'top' ? 'by' : 'of';
      const bound = third?.text === keyword ? integerLiteral(second) : null;
      return bound === null ? { kind: 'nonIncreasing' } : { kind: 'bounded', bound, label: `${operator} ${bound}` };
    }
    case 'count':
      return { kind: 'bounded', bound: 1, label: 'count' };
    case 'summarize':
    case 'make-series':
      return hasTopLevelBy(segment.tokens) ? { kind: 'nonIncreasing' } : { kind: 'bounded', bound: 1, label: `${operator} without by` };
    default:
      return operator !== null && NON_INCREASING_OPERATORS.has(operator) ? { kind: 'nonIncreasing' } : { kind: 'unknown' };
  }
}

function sourceEffect(segment: PipelineSegment): RowEffect {
  return operatorOf(segment) === 'print' ? { kind: 'bounded', bound: 1, label: 'print' } : { kind: 'unknown' };
}

/** 30000 → "30,000", independent of the runtime's locale data. */
function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
