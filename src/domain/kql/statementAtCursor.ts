// "Run the query under the cursor", as in the Azure portal and the ADX web UI: the editor holds several queries
// separated by blank lines (empty or whitespace-only), and a run sends the block that holds the cursor.

import { tokenize } from './lexer';
import type { TextRange } from './textRange';

export interface QueryBlock extends TextRange {
  /** `text.slice(start, end)` of the editor text. */
  text: string;
}

interface Line extends TextRange {
  blank: boolean;
}

/**
 * The block of consecutive non-blank lines around `offset`, from the start of its first line to the end of its last
 * line (line breaks excluded). On a blank line the nearest block above is chosen (the query just typed), or the
 * nearest below when there is none above. A blank line inside a multi-line string (```...``` or ~~~...~~~) does not
 * split a block; other KQL strings cannot span lines. Text with no non-blank line gives an empty block at `offset`.
 */
export function statementAtCursor(text: string, offset: number): QueryBlock {
  const cursor = Math.min(Math.max(0, offset), text.length);
  const lines = splitLines(text);
  const cursorLine = lineIndexAt(lines, cursor);
  const anchor = nearestNonBlankLine(lines, cursorLine);
  if (anchor === null) return { text: '', start: cursor, end: cursor };

  let first = anchor;
  while (first > 0 && lines[first - 1]?.blank === false) first--;
  let last = anchor;
  while (last < lines.length - 1 && lines[last + 1]?.blank === false) last++;

  const start = lines[first]?.start ?? cursor;
  const end = lines[last]?.end ?? cursor;
  return { text: text.slice(start, end), start, end };
}

export interface RunnableText extends QueryBlock {
  source: 'selection' | 'statement';
}

/**
 * What a run sends: the selected text when something is selected (as in the ADX web UI), otherwise the block at the
 * cursor. A selection of only whitespace counts as no selection, since running it could only fail.
 * `selection` may be reversed (anchor after the caret); the caret is taken to be at `selection.end`.
 */
export function selectionOrStatement(text: string, selection: TextRange): RunnableText {
  const start = Math.max(0, Math.min(selection.start, selection.end));
  const end = Math.min(text.length, Math.max(selection.start, selection.end));
  const selected = text.slice(start, end);
  if (selected.trim() !== '') return { text: selected, start, end, source: 'selection' };
  return { ...statementAtCursor(text, selection.end), source: 'statement' };
}

function splitLines(text: string): Line[] {
  const protectedSpans = tokenize(text).filter((token) => token.kind === 'string' && /[\r\n]/.test(token.text));
  const lines: Line[] = [];
  let spanIndex = 0;
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const lineBreak = newline === -1 ? text.length : newline;
    const end = text[lineBreak - 1] === '\r' && lineBreak > start ? lineBreak - 1 : lineBreak;

    while (spanIndex < protectedSpans.length && (protectedSpans[spanIndex]?.end ?? 0) < end) spanIndex++;
    const span = protectedSpans[spanIndex];
    const insideString = span !== undefined && span.start < start && span.end >= end;
    lines.push({ start, end, blank: !insideString && text.slice(start, end).trim() === '' });

    if (newline === -1) return lines;
    start = newline + 1;
  }
}

function lineIndexAt(lines: readonly Line[], offset: number): number {
  let index = 0;
  while (index < lines.length - 1 && (lines[index + 1]?.start ?? Infinity) <= offset) index++;
  return index;
}

function nearestNonBlankLine(lines: readonly Line[], from: number): number | null {
  for (let index = from; index >= 0; index--) if (lines[index]?.blank === false) return index;
  for (let index = from + 1; index < lines.length; index++) if (lines[index]?.blank === false) return index;
  return null;
}
