/** A half-open range of offsets [start, end) into a text, as the editor uses for highlights and selections. */
export interface TextRange {
  start: number;
  end: number;
}

/** The offset of a 1-based line and column in `text`, clamped to the line's end and the text's end. */
export function offsetOfPosition(text: string, position: { line: number; column: number }): number {
  let lineStart = 0;
  for (let line = 1; line < position.line; line++) {
    const nextBreak = text.indexOf('\n', lineStart);
    if (nextBreak === -1) return text.length;
    lineStart = nextBreak + 1;
  }
  const lineEnd = text.indexOf('\n', lineStart);
  return Math.min(lineStart + Math.max(0, position.column - 1), lineEnd === -1 ? text.length : lineEnd);
}
