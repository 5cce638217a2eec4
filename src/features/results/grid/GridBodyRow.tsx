// One data row: placeholders while its window is on its way, dimmed while it is from the order before a sort, and
// otherwise one line of text per cell, isolated (<bdi>) so a right-to-left override in the data cannot reorder the
// grid around it. Only the active cell is in the tab order.
import type { VirtualItem } from '@tanstack/react-virtual';
import { cellLine, displayText, hasMoreToShow, isNumericType } from './cellDisplay';
import type { GridColumn } from './gridColumns';

export interface GridBodyRowProps {
  /** Position in the current order (0-based). */
  readonly position: number;
  readonly top: number;
  readonly height: number;
  readonly width: number;
  /** The row's text, one string per table column; undefined while loading. */
  readonly cells: readonly string[] | undefined;
  readonly stale: boolean;
  readonly columns: readonly GridColumn[];
  readonly virtualColumns: readonly VirtualItem[];
  /** The shown-column index of the focusable cell when it is in this row. */
  readonly activeColumn: number | null;
  readonly timeZone: string;
  onOpenDetails(column: GridColumn): void;
}

export function GridBodyRow({ position, top, height, width, cells, stale, columns, virtualColumns, activeColumn, timeZone, onOpenDetails }: GridBodyRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-busy={cells === undefined || undefined}
      className={`grid-row${cells === undefined ? ' grid-row-pending' : stale ? ' grid-row-stale' : ''}`}
      style={{ transform: `translateY(${top}px)`, width, height }}
    >
      {virtualColumns.map((virtualColumn) => {
        const column = columns[virtualColumn.index];
        if (!column) return null;
        const raw = cells?.[column.index] ?? '';
        return (
          <div
            key={column.index}
            role="gridcell"
            aria-colindex={virtualColumn.index + 1}
            tabIndex={activeColumn === virtualColumn.index ? 0 : -1}
            data-row={position}
            data-col={virtualColumn.index}
            className={`grid-cell${isNumericType(column.type) ? ' grid-numeric' : ''}${hasMoreToShow(column.type, raw) ? ' grid-cell-more' : ''}`}
            style={{ left: virtualColumn.start, width: virtualColumn.size }}
            onDoubleClick={() => cells && onOpenDetails(column)}
          >
            <bdi>{cellLine(displayText(column.type, raw, timeZone))}</bdi>
          </div>
        );
      })}
    </div>
  );
}
