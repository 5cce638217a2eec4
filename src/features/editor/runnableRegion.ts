// What a run sends from the editor text: the selection, or the blank-line-separated statement at the cursor, and
// where it starts, so a server error's line and position can be mapped back onto the editor.
import type { TextRange } from '../../domain/kql/textRange';
import { selectionOrStatement } from '../../domain/kql/statementAtCursor';

export interface RunnableRegion {
  text: string;
  /** 1-based line of the region's first character in the editor. */
  startLine: number;
  /** 0-based column of the region's first character within that line. */
  startColumn: number;
}

export function runnableRegion(text: string, selection: TextRange): RunnableRegion {
  const region = selectionOrStatement(text, selection);
  const before = text.slice(0, region.start);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { text: region.text, startLine: countLineBreaks(before) + 1, startColumn: region.start - lineStart };
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
