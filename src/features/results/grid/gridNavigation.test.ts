import { describe, expect, it } from 'vitest';
import { clampPosition, nextPosition } from './gridNavigation';

const extent = { rowCount: 100, columnCount: 5, pageRows: 20 };
const move = (row: number, column: number, key: string, ctrlOrMeta = false) => nextPosition({ row, column }, { key, ctrlOrMeta }, extent);

describe('grid navigation', () => {
  it('moves one cell with the arrows and stops at the edges, the header row included', () => {
    expect(move(5, 2, 'ArrowUp')).toEqual({ row: 4, column: 2 });
    expect(move(0, 2, 'ArrowUp')).toEqual({ row: -1, column: 2 });
    expect(move(-1, 2, 'ArrowUp')).toEqual({ row: -1, column: 2 });
    expect(move(99, 2, 'ArrowDown')).toEqual({ row: 99, column: 2 });
    expect(move(-1, 2, 'ArrowDown')).toEqual({ row: 0, column: 2 });
    expect(move(5, 0, 'ArrowLeft')).toEqual({ row: 5, column: 0 });
    expect(move(5, 4, 'ArrowRight')).toEqual({ row: 5, column: 4 });
    expect(move(5, 3, 'ArrowRight')).toEqual({ row: 5, column: 4 });
  });

  it('goes to the row ends with Home/End and to the table corners with Ctrl', () => {
    expect(move(5, 2, 'Home')).toEqual({ row: 5, column: 0 });
    expect(move(5, 2, 'End')).toEqual({ row: 5, column: 4 });
    expect(move(50, 2, 'Home', true)).toEqual({ row: 0, column: 0 });
    expect(move(-1, 2, 'End', true)).toEqual({ row: 99, column: 4 });
  });

  it('pages by the viewport, stopping at the first and last data rows', () => {
    expect(move(5, 1, 'PageDown')).toEqual({ row: 25, column: 1 });
    expect(move(90, 1, 'PageDown')).toEqual({ row: 99, column: 1 });
    expect(move(-1, 1, 'PageDown')).toEqual({ row: 19, column: 1 });
    expect(move(25, 1, 'PageUp')).toEqual({ row: 5, column: 1 });
    expect(move(5, 1, 'PageUp')).toEqual({ row: 0, column: 1 });
    expect(move(-1, 1, 'PageUp')).toEqual({ row: -1, column: 1 });
  });

  it('stays on the header in an empty table', () => {
    const empty = { rowCount: 0, columnCount: 3, pageRows: 20 };
    expect(nextPosition({ row: -1, column: 1 }, { key: 'ArrowDown', ctrlOrMeta: false }, empty)).toEqual({ row: -1, column: 1 });
    expect(nextPosition({ row: -1, column: 1 }, { key: 'Home', ctrlOrMeta: true }, empty)).toEqual({ row: -1, column: 0 });
    expect(nextPosition({ row: -1, column: 1 }, { key: 'PageDown', ctrlOrMeta: false }, empty)).toEqual({ row: -1, column: 1 });
  });

  it('leaves other keys to the caller', () => {
    expect(move(5, 2, 'Enter')).toBeNull();
    expect(move(5, 2, 'c', true)).toBeNull();
  });

  it('pulls a remembered position back inside a smaller grid', () => {
    expect(clampPosition({ row: 80, column: 4 }, { rowCount: 10, columnCount: 2 })).toEqual({ row: 9, column: 1 });
    expect(clampPosition({ row: 3, column: 1 }, { rowCount: 10, columnCount: 2 })).toEqual({ row: 3, column: 1 });
  });
});
