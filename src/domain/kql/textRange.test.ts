import { describe, expect, it } from 'vitest';
import { offsetOfPosition } from './textRange';

describe('offsetOfPosition', () => {
  const text = 'Usage\n| where x\n| take 5';

  it('counts lines and columns from 1', () => {
    expect(offsetOfPosition(text, { line: 1, column: 1 })).toBe(0);
    expect(offsetOfPosition(text, { line: 2, column: 3 })).toBe(8);
    expect(offsetOfPosition(text, { line: 3, column: 9 })).toBe(text.length);
  });

  it('clamps a column past the line end to the line end, and a line past the text to its end', () => {
    expect(offsetOfPosition(text, { line: 1, column: 99 })).toBe(5);
    expect(offsetOfPosition(text, { line: 9, column: 1 })).toBe(text.length);
  });
});
