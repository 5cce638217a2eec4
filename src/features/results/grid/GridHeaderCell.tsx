// A column header: a button that cycles the sort (ascending, descending, the service's order) with aria-sort on the
// header, and a drag handle to resize (double-click for the default width; Shift+arrows on the button do the same
// from the keyboard, handled by the grid).
import type { Header } from '@tanstack/react-table';
import { isNumericType } from './cellDisplay';
import type { GridColumn } from './gridColumns';
import { HEADER_ROW } from './gridNavigation';
import type { GridFeatures, GridRow } from './useGridTable';

export interface GridHeaderCellProps {
  readonly header: Header<GridFeatures, GridRow, unknown>;
  readonly column: GridColumn;
  /** Position among the shown columns (0-based) and where the virtualizer placed the column. */
  readonly place: { readonly index: number; readonly start: number; readonly size: number };
  readonly isActive: boolean;
  readonly hintId: string;
  onResetWidth(): void;
}

export function GridHeaderCell({ header, column, place, isActive, hintId, onResetWidth }: GridHeaderCellProps) {
  const sorted = header.column.getIsSorted();
  const resize = header.getResizeHandler();
  return (
    <div
      role="columnheader"
      aria-colindex={place.index + 1}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
      className={`grid-header-cell${isNumericType(column.type) ? ' grid-numeric' : ''}`}
      style={{ left: place.start, width: place.size }}
    >
      <button
        type="button"
        className="grid-sort-button"
        tabIndex={isActive ? 0 : -1}
        data-row={HEADER_ROW}
        data-col={place.index}
        aria-describedby={hintId}
        onClick={header.column.getToggleSortingHandler()}
      >
        <bdi className="grid-header-label">{column.label}</bdi>
        <span className="grid-sort-indicator" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
        </span>
      </button>
      <div
        className={`grid-resize-handle${header.column.getIsResizing() ? ' is-resizing' : ''}`}
        aria-hidden="true"
        title="Drag to resize; double-click for the default width"
        onMouseDown={(event) => {
          // Keep the focus where it was (and no text selection) while dragging.
          event.preventDefault();
          resize(event);
        }}
        onTouchStart={resize}
        onDoubleClick={onResetWidth}
      />
    </div>
  );
}
