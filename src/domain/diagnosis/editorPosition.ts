// Server positions count from the start of the text that was run; the editor counts from the top of the whole query.

/**
 * The editor position (1-based line and column) of `position` (1-based, within the text that was run), given where
 * that text started in the editor (1-based line, 0-based column). Only its first line is shifted sideways.
 */
export function editorPosition(textStart: { line: number; column: number }, position: { line: number; column: number }): { line: number; column: number } {
  return {
    line: textStart.line + position.line - 1,
    column: position.line === 1 ? textStart.column + position.column : position.column,
  };
}
