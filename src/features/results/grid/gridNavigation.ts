// Where focus goes in the grid for a navigation key (the ARIA grid pattern, with spreadsheet habits for Ctrl+Home/End).
// Row -1 is the header row; rows 0… are positions in the current sort order; columns count the shown columns.

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

export interface GridExtent {
  readonly rowCount: number;
  readonly columnCount: number;
  /** Rows one PageUp/PageDown moves: what the viewport shows. */
  readonly pageRows: number;
}

export interface NavigationKey {
  readonly key: string;
  /** Ctrl, or Cmd on a Mac. */
  readonly ctrlOrMeta: boolean;
}

export const HEADER_ROW = -1;

/** The position after the key, or null when the key does not navigate (so the caller leaves the event alone). */
export function nextPosition(from: CellPosition, { key, ctrlOrMeta }: NavigationKey, extent: GridExtent): CellPosition | null {
  const lastRow = extent.rowCount - 1;
  const lastColumn = Math.max(0, extent.columnCount - 1);
  const firstDataRow = extent.rowCount > 0 ? 0 : HEADER_ROW;
  const page = Math.max(1, extent.pageRows);
  const at = (row: number, column: number): CellPosition => ({
    row: Math.min(Math.max(row, HEADER_ROW), lastRow),
    column: Math.min(Math.max(column, 0), lastColumn),
  });
  switch (key) {
    case 'ArrowUp':
      return at(from.row - 1, from.column);
    case 'ArrowDown':
      return at(from.row + 1, from.column);
    case 'ArrowLeft':
      return at(from.row, from.column - 1);
    case 'ArrowRight':
      return at(from.row, from.column + 1);
    case 'Home':
      return ctrlOrMeta ? at(firstDataRow, 0) : at(from.row, 0);
    case 'End':
      return ctrlOrMeta ? at(lastRow, lastColumn) : at(from.row, lastColumn);
    case 'PageDown':
      return at(from.row + page, from.column);
    case 'PageUp':
      // Paging stops at the first data row; the header is one ArrowUp away.
      return from.row === HEADER_ROW ? from : at(Math.max(firstDataRow, from.row - page), from.column);
    default:
      return null;
  }
}

/** Keeps a remembered position inside a grid whose rows or columns changed (a new sort keeps the position). */
export function clampPosition(position: CellPosition, extent: Pick<GridExtent, 'rowCount' | 'columnCount'>): CellPosition {
  return {
    row: Math.min(Math.max(position.row, HEADER_ROW), extent.rowCount - 1),
    column: Math.min(Math.max(position.column, 0), Math.max(0, extent.columnCount - 1)),
  };
}
