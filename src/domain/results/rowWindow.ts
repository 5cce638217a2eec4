// What the grid asks for: the display text of the visible rows and columns only (DESIGN §5: row data never enters
// React state, and only a window ever leaves the worker).

import { cellTextReader } from './cells';
import type { ResultTable } from './model';

/**
 * Display strings for rows `start … start + count - 1` in `order` (null means the service's order), for the given
 * columns in the given order. The window is clipped to the table.
 */
export function rowWindow(table: ResultTable, order: Uint32Array | null, start: number, count: number, columnIndexes: readonly number[]): string[][] {
  const readers = columnIndexes.map((index) => {
    const column = table.columns[index];
    if (!column) throw new RangeError(`Table "${table.name}" has no column ${index}.`);
    return cellTextReader(column);
  });
  const first = Math.max(0, start);
  const end = Math.min(table.rowCount, start + Math.max(0, count));
  const rows: string[][] = [];
  for (let position = first; position < end; position++) {
    const row = order ? (order[position] as number) : position;
    rows.push(readers.map((read) => read(row)));
  }
  return rows;
}
