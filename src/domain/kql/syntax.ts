// The coarse structure of a KQL text: statements separated by `;`, and pipelines of operators separated by `|`.
// Both separators only count outside brackets: `let f = () { T | take 1; };` is one statement.

import type { Token } from './lexer';

/** Tokens that carry meaning: everything but comments. */
export function significantTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => token.kind !== 'comment');
}

/**
 * The bracket nesting depth of each token, counted from the first token. An opening or closing bracket gets the
 * depth outside it, so "depth 0" means "at the top level" for every kind of token. A stray closer does not go below 0.
 */
export function nestingDepths(tokens: readonly Token[]): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'close') depth = Math.max(0, depth - 1);
    depths.push(depth);
    if (token.kind === 'open') depth++;
  }
  return depths;
}

/** Whether some bracket opened in `tokens` is never closed. */
export function hasUnclosedBracket(tokens: readonly Token[]): boolean {
  let depth = 0;
  for (const token of tokens) {
    if (token.kind === 'open') depth++;
    if (token.kind === 'close') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

export interface Statement {
  /** The statement's significant tokens, without its closing `;`. */
  tokens: Token[];
  /** The `;` that ends the statement, or null for a last statement without one. */
  terminator: Token | null;
}

/** Splits significant tokens at top-level semicolons. Empty statements (`;;`, a trailing `;`) are kept. */
export function splitStatements(tokens: readonly Token[]): Statement[] {
  const statements: Statement[] = [];
  const depths = nestingDepths(tokens);
  let current: Token[] = [];
  tokens.forEach((token, index) => {
    if (token.kind === 'semicolon' && depths[index] === 0) {
      statements.push({ tokens: current, terminator: token });
      current = [];
    } else {
      current.push(token);
    }
  });
  statements.push({ tokens: current, terminator: null });
  return statements;
}

/**
 * - `query`: a tabular expression statement (starts with a name, `(` or `[`)
 * - `declaration`: let, set, declare, alias, restrict or pattern, which produce no result table
 * - `command`: a control command (`.show ...`) or a client directive (`#connect ...`)
 * - `other`: anything else, e.g. a statement starting with a literal
 */
export type StatementKind = 'empty' | 'query' | 'declaration' | 'command' | 'other';

const DECLARATION_KEYWORDS = new Set(['let', 'set', 'declare', 'alias', 'restrict', 'pattern']);

/** Whether a statement starting with `first` is a tabular expression statement (a query). */
export function startsQuery(first: Token): boolean {
  return first.kind === 'identifier' ? !DECLARATION_KEYWORDS.has(first.text) : first.kind === 'open' && first.text !== '{';
}

export function statementKind(statement: Statement): StatementKind {
  const first = statement.tokens[0];
  if (first === undefined) return 'empty';
  if (startsQuery(first)) return 'query';
  if (first.kind === 'identifier') return 'declaration';
  if (first.kind === 'punctuation' && (first.text === '.' || first.text === '#')) return 'command';
  return 'other';
}

export interface PipelineSegment {
  /** The `|` before the segment; null for the first segment, which holds the tabular source. */
  pipe: Token | null;
  /** The segment's tokens after the pipe; the first one names the operator (`where`, `take`...). */
  tokens: Token[];
}

/** Splits a statement's tokens at top-level pipes. */
export function splitPipeline(tokens: readonly Token[]): PipelineSegment[] {
  const segments: PipelineSegment[] = [{ pipe: null, tokens: [] }];
  const depths = nestingDepths(tokens);
  tokens.forEach((token, index) => {
    if (token.kind === 'pipe' && depths[index] === 0) {
      segments.push({ pipe: token, tokens: [] });
    } else {
      segments[segments.length - 1]?.tokens.push(token);
    }
  });
  return segments;
}
