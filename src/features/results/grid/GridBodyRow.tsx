// One data row: a bare placeholder while its window is on its way, dimmed while it is from the order before a sort,
// and otherwise one line of text per cell, isolated (<bdi>) where the text could otherwise reorder the grid around it
// (needsIsolation). Memoized: a scroll re-renders the grid every frame, and a row whose props did not change costs
// nothing then. Only the active cell is in the tab order.
import { memo } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import { cellLine, displayText, hasMoreToShow, isNumericType, needsIsolation } from './cellDisplay';
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
}

export const GridBodyRow = memo(function GridBodyRow({ position, top, height, width, cells, stale, columns, virtualColumns, activeColumn, timeZone }: GridBodyRowProps) {
  const pending = cells === undefined;
  const rowProps = {
    role: 'row',
    'aria-rowindex': position + 2,
    'aria-busy': pending || undefined,
    className: `grid-row${pending ? ' grid-row-pending' : stale ? ' grid-row-stale' : ''}`,
    style: { transform: `translateY(${top}px)`, width, height },
  };
  // A fast scroll passes hundreds of rows a frame, all of them still loading: a bare row is one box to lay out and
  // paint instead of a dozen. The row holding the focus keeps its cells, so the focus has somewhere to stay.
  if (pending && activeColumn === null) return <div {...rowProps} />;
  return (
    <div {...rowProps}>
      {virtualColumns.map((virtualColumn) => {
        const column = columns[virtualColumn.index];
        if (!column) return null;
        const raw = cells?.[column.index] ?? '';
        const line = cellLine(displayText(column.type, raw, timeZone));
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
          >
            {needsIsolation(line) ? <bdi>{line}</bdi> : line}
          </div>
        );
      })}
    </div>
  );
});
