import { describe, expect, it } from 'vitest';
import { editorPosition } from './editorPosition';

describe('editorPosition', () => {
  it('is the position itself when the run text starts at the top of the editor', () => {
    expect(editorPosition({ line: 1, column: 0 }, { line: 2, column: 5 })).toEqual({ line: 2, column: 5 });
  });

  it('shifts the first line by the start column and every line by the start line', () => {
    expect(editorPosition({ line: 4, column: 6 }, { line: 1, column: 3 })).toEqual({ line: 4, column: 9 });
    expect(editorPosition({ line: 4, column: 6 }, { line: 3, column: 3 })).toEqual({ line: 6, column: 3 });
  });
});
