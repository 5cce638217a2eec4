// The tables a query reads, for the "Why is it empty?" checks (does the table exist, does it hold data in the
// timespan). Best effort, from tokens alone, without the schema:
// - the first name of every tabular expression: each query statement, the value of `let x = ...`, the body of a
//   `let f = (...) { ... }` function, every parenthesized subquery (a bracket holding a `|` pipeline), the argument of
//   materialize()/toscalar();
// - the operands of `union` (also `union App*`, reported with its wildcard) and the right side of `join`/`lookup`;
// - `['Name with spaces']` as Name with spaces; `workspace("w").T`, `app("a").T` and `cluster(...).database(...).T`
//   as T.
// Names bound by `let` and parameter names (`T: (...)`, `x: int`) are not tables and are left out, as are sources
// that are not tables (print, range, datatable, search...) and other function calls (`f()`), whose tables are
// unknown here. Each name is reported once, at its first occurrence.

import { tokenize } from './lexer';
import type { Token } from './lexer';
import { significantTokens, startsQuery } from './syntax';
import type { TextRange } from './textRange';

export interface TableReference extends TextRange {
  name: string;
}

/** Calls whose argument is itself a tabular expression. */
const TABULAR_ARGUMENT_CALLS = new Set(['materialize', 'toscalar']);

/** Words that start a tabular expression without naming a table, or that are operators inside subqueries. */
const NOT_TABLE_NAMES = new Set([
  'print', 'range', 'datatable', 'externaldata', 'external_data', 'search', 'find', 'evaluate', 'union',
  'where', 'filter', 'take', 'limit', 'top', 'project', 'project-away', 'project-keep', 'project-rename',
  'project-reorder', 'extend', 'summarize', 'count', 'distinct', 'sort', 'order', 'join', 'lookup', 'mv-expand',
  'mv-apply', 'parse', 'parse-where', 'parse-kv', 'as', 'serialize', 'sample', 'sample-distinct', 'render',
  'make-series', 'top-nested', 'top-hitters', 'invoke', 'getschema', 'fork', 'facet', 'partition', 'scan', 'let',
]);

export function findTableReferences(query: string): TableReference[] {
  const tokens = significantTokens(tokenize(query));
  const boundNames = namesBoundInQuery(tokens);
  const references: TableReference[] = [];

  const record = (name: string, start: number, end: number): void => {
    if (!boundNames.has(name) && !NOT_TABLE_NAMES.has(name)) references.push({ name, start, end });
  };

  /** Reads the source of a tabular expression starting at tokens[index]. */
  const readSource = (index: number): void => {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token === undefined) return;
    if (token.kind === 'open' && token.text === '(') {
      readSource(index + 1);
    } else if (token.kind === 'open' && token.text === '[' && next?.kind === 'string' && tokens[index + 2]?.text === ']') {
      record(unquote(next.text), token.start, (tokens[index + 2] ?? next).end);
    } else if (token.kind === 'identifier' && next?.text === '(') {
      if (TABULAR_ARGUMENT_CALLS.has(token.text)) return readSource(index + 2);
      // workspace("w").T, app("a").T, cluster("c").database("d").T: the table is the name after the last dot.
      const close = matchingClose(tokens, index + 1);
      if (tokens[close + 1]?.text === '.') readSource(close + 2);
    } else if (token.kind === 'identifier') {
      const wildcard = next?.text === '*' && next.start === token.end ? next : null;
      record(token.text + (wildcard ? '*' : ''), token.start, (wildcard ?? token).end);
    }
  };

  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const startsStatement = previous === undefined || previous.kind === 'semicolon' || previous.text === '{';
    if (startsStatement && startsQuery(token)) readSource(index);
    if (token.text === '=' && tokens[index - 2]?.text === 'let') readSource(index + 1);
    if (token.text === '(' && holdsPipeline(tokens, index)) readSource(index + 1);
    if (token.kind === 'identifier' && token.text === 'union') readOperands(tokens, index + 1, readSource);
    if (token.kind === 'identifier' && (token.text === 'join' || token.text === 'lookup') && previous?.kind === 'pipe') {
      readSource(skipOptions(tokens, index + 1));
    }
  });

  return firstOccurrences(references);
}

/** Names introduced by `let name =` and by `name:` declarations (function parameters, schemas). */
function namesBoundInQuery(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (token.text === 'let' && next?.kind === 'identifier' && tokens[index + 2]?.text === '=') names.add(next.text);
    if (token.kind === 'identifier' && next?.text === ':') names.add(token.text);
  });
  return names;
}

/** The index of the bracket closing the one at `open`, or the last index when it is never closed. */
function matchingClose(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let index = open; index < tokens.length; index++) {
    const token = tokens[index];
    if (token?.kind === 'open') depth++;
    if (token?.kind === 'close' && --depth === 0) return index;
  }
  return tokens.length - 1;
}

/** Whether the bracket opened at `open` holds a `|` at its own level: then it is a subquery. */
function holdsPipeline(tokens: readonly Token[], open: number): boolean {
  let depth = 0;
  for (let index = open; index < tokens.length; index++) {
    const token = tokens[index];
    if (token?.kind === 'open') depth++;
    if (token?.kind === 'close' && --depth === 0) return false;
    if (token?.kind === 'pipe' && depth === 1) return true;
  }
  return false;
}

/** Skips `name=value` options such as `kind=inner`, `withsource=Source` or `hint.strategy=broadcast`. */
function skipOptions(tokens: readonly Token[], from: number): number {
  let index = from;
  for (;;) {
    let end = index;
    while (tokens[end]?.kind === 'identifier' && tokens[end + 1]?.text === '.') end += 2;
    if (tokens[end]?.kind !== 'identifier' || tokens[end + 1]?.text !== '=') return index;
    index = end + 3;
  }
}

/** Reads the comma-separated operands of `union`, up to the end of its pipeline segment. */
function readOperands(tokens: readonly Token[], from: number, readSource: (index: number) => void): void {
  let index = skipOptions(tokens, from);
  while (index < tokens.length) {
    readSource(index);
    let depth = 0;
    for (; index < tokens.length; index++) {
      const token = tokens[index];
      if (token === undefined || (depth === 0 && (token.kind === 'pipe' || token.kind === 'semicolon'))) return;
      if (token.kind === 'open') depth++;
      if (token.kind === 'close' && --depth < 0) return;
      if (depth === 0 && token.text === ',') break;
    }
    index++;
  }
}

/** The value of a quoted string literal: `'a\'b'` → a'b, `@"a""b"` → a"b. */
function unquote(literal: string): string {
  const verbatim = /^[hH]?@/.test(literal);
  const quoted = literal.replace(/^[hH]?@?/, '');
  const quote = quoted[0] ?? '';
  const body = quoted.slice(1, -1);
  return verbatim ? body.replaceAll(quote + quote, quote) : body.replace(/\\(.)/g, '$1');
}

function firstOccurrences(references: readonly TableReference[]): TableReference[] {
  const byName = new Map<string, TableReference>();
  for (const reference of [...references].sort((a, b) => a.start - b.start)) {
    if (!byName.has(reference.name)) byName.set(reference.name, reference);
  }
  return [...byName.values()];
}
