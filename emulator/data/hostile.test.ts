import { describe, expect, it } from 'vitest';
import type { Cell } from '../engine/api.ts';
import { HOSTILE_TEXTS, longDump, sprinkle, sprinkleNulls } from './hostile.ts';
import { SeededRandom } from './random.ts';

describe('longDump', () => {
  it('has exactly the asked length and many lines', () => {
    const dump = longDump('Payload', 40_000);
    expect(dump.length).toBe(40_000);
    expect(dump.startsWith('Payload: payload dump follows\n')).toBe(true);
    expect(dump.split('\n').length).toBeGreaterThan(400);
  });
});

describe('sprinkle', () => {
  it('puts every value in its own row, spread over the column', () => {
    const column: Cell[] = new Array<Cell>(1000).fill('');
    sprinkle(column, HOSTILE_TEXTS, new SeededRandom(1));
    const placed = column.map((cell, row) => [cell, row] as const).filter(([cell]) => cell !== '');
    // The empty string is one of the values, so it is invisible here.
    expect(placed.map(([cell]) => cell)).toEqual(HOSTILE_TEXTS.filter((text) => text !== ''));
    const rows = placed.map(([, row]) => row);
    expect(rows[0]).toBeLessThan(1000 / HOSTILE_TEXTS.length);
    expect(rows[rows.length - 1]).toBeGreaterThanOrEqual(1000 - 1000 / HOSTILE_TEXTS.length);
  });

  it('nulls the asked number of rows', () => {
    const column: Cell[] = new Array<Cell>(100).fill(1);
    sprinkleNulls(column, 5, new SeededRandom(2));
    expect(column.filter((cell) => cell === null).length).toBe(5);
  });

  it('leaves an empty column alone', () => {
    const column: Cell[] = [];
    sprinkle(column, ['x'], new SeededRandom(3));
    expect(column).toEqual([]);
  });
});
