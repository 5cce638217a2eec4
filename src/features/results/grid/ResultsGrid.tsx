// One result table as an ARIA grid: virtualized rows and columns, rows fetched from the results worker a block at a
// time (useWorkerRows.ts), sort and widths through TanStack Table (useGridTable.ts), one focusable cell (roving
// tabindex) with spreadsheet keys, and cell details, copy and a context menu. Mounted per result table (keyed by
// result and table), so its cache and focus start fresh with each table.
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useConsole, useServices } from '../../../app/ServicesContext';
import { tableKey } from '../../../state/resultsViewSlice';
import { selectColumnWidthsOf, selectHiddenColumnsOf, selectSettings, selectSortOf } from '../../../state/selectors';
import type { TableSummary } from '../../../workers/resultsProtocol';
import { useDisplayTimeZone } from '../displayTimeZone';
import { formatCount, rowsText } from '../resultStatus';
import { CellDetailsDialog } from './CellDetailsDialog';
import { displayText } from './cellDisplay';
import { ColumnChooser } from './ColumnChooser';
import { GridBodyRow } from './GridBodyRow';
import { GridHeaderCell } from './GridHeaderCell';
import { clampWidth, columnWidths, defaultColumnWidth, gridColumns, RESIZE_STEP, type GridColumn } from './gridColumns';
import { clampPosition, HEADER_ROW, nextPosition, type CellPosition } from './gridNavigation';
import { markAfterPaint } from './paintMarks';
import { RowMenu } from './RowMenu';
import { useCellCopy } from './useCellCopy';
import { useGridSort } from './useGridSort';
import { useGridTable } from './useGridTable';
import { useRowUpdates, useWorkerRows } from './useWorkerRows';

const ROW_HEIGHT = 28;
const HEADER_HEIGHT = 34;
/** A size to lay out the first render with, before the scroll element is measured (no blank first frame). */
const INITIAL_RECT = { width: 1200, height: 480 };
const rowHeight = () => ROW_HEIGHT;
/**
 * Rows rendered beyond each edge of the viewport. The rows are rendered in the scroll event, before the frame is drawn,
 * so these are only a margin for scrolling the browser does off the main thread (a wheel's smooth scroll); each one is
 * a row to render in every frame of a fast scroll.
 */
const ROW_OVERSCAN = 4;

export interface ResultsGridProps {
  readonly resultId: string;
  readonly tableIndex: number;
  readonly table: TableSummary;
}

/** Always render the focused row or column, even scrolled out of view, so the grid keeps its one tab stop. */
function withIndex(range: Range, index: number): number[] {
  const indexes = defaultRangeExtractor(range);
  if (index < 0 || index >= range.count || indexes.includes(index)) return indexes;
  return [...indexes, index].sort((a, b) => a - b);
}

function positionOf(element: EventTarget | null): CellPosition | null {
  if (!(element instanceof HTMLElement) || element.dataset.row === undefined || element.dataset.col === undefined) return null;
  return { row: Number(element.dataset.row), column: Number(element.dataset.col) };
}

export function ResultsGrid({ resultId, tableIndex, table }: ResultsGridProps) {
  const services = useServices();
  const { store, results } = services;
  const key = tableKey(resultId, tableIndex);
  const timeZone = useDisplayTimeZone();
  const hidden = useConsole(selectHiddenColumnsOf(resultId, tableIndex));
  const savedWidths = useConsole(selectColumnWidthsOf(resultId, tableIndex));
  const sort = useConsole(selectSortOf(resultId, tableIndex));
  const formulaGuard = useConsole((state) => selectSettings(state).csvFormulaGuard);
  const columns = useMemo(() => gridColumns(table.columns, hidden, timeZone), [table.columns, hidden, timeZone]);
  const widths = useMemo(() => columnWidths(table.columns, savedWidths), [table.columns, savedWidths]);
  const { rowCount } = table;

  const cache = useWorkerRows(results, resultId, tableIndex, table);
  const { changeSort, sortError, awaitingPaint } = useGridSort(services, resultId, tableIndex, sort, cache);
  const { notice, copyCell, copyRow } = useCellCopy(results, resultId, tableIndex, cache, columns, formulaGuard);
  const setWidths = (next: readonly number[]) => store.getState().setColumnWidths(key, next.map(clampWidth));
  const gridTable = useGridTable({ columns, widths, sort, onSortChange: changeSort, onWidthsChange: setWidths });
  const headers = gridTable.getHeaderGroups()[0]?.headers ?? [];

  const [active, setActive] = useState<CellPosition>({ row: rowCount > 0 ? 0 : HEADER_ROW, column: 0 });
  const position = clampPosition(active, { rowCount, columnCount: columns.length });
  const [details, setDetails] = useState<{ row: number; column: GridColumn } | null>(null);
  const [menu, setMenu] = useState<{ row: number; column: GridColumn; x: number; y: number } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const firstPaintMarked = useRef(false);
  const hintId = useId();

  // The virtualizers' options are stable between renders where they can be: a new rangeExtractor would give a new
  // list of items, and so new props for every (memoized) row, on each render.
  const scrollElement = useCallback(() => scrollRef.current, []);
  const rowRange = useCallback((range: Range) => withIndex(range, position.row), [position.row]);
  const columnRange = useCallback((range: Range) => withIndex(range, position.column), [position.column]);
  // The console does not use the React Compiler, and the virtualizer is read afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const rowVirtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: scrollElement,
    estimateSize: rowHeight,
    initialRect: INITIAL_RECT,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: ROW_OVERSCAN,
    rangeExtractor: rowRange,
  });
  const isScrolling = useCallback(() => rowVirtualizer.isScrolling, [rowVirtualizer]);
  useRowUpdates(cache, isScrolling);
  const widthOf = useCallback((column: number): number => widths[columns[column]?.index ?? 0] ?? 100, [columns, widths]);
  const columnKeys = useMemo(() => (column: number) => `${columns[column]?.index}:${widths[columns[column]?.index ?? 0]}`, [columns, widths]);
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    initialRect: INITIAL_RECT,
    getScrollElement: scrollElement,
    estimateSize: widthOf,
    // A new key per width makes the virtualizer lay the columns out again after a resize. (Elements are keyed by the
    // column alone, so a resize does not remount the focused header.)
    getItemKey: columnKeys,
    overscan: 3,
    rangeExtractor: columnRange,
  });
  const virtualRows = rowVirtualizer.getVirtualItems();
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const firstVisible = rowVirtualizer.range?.startIndex ?? 0;
  const lastVisible = rowVirtualizer.range?.endIndex ?? -1;
  const pageRows = Math.max(1, Math.floor(((rowVirtualizer.scrollRect?.height ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT));
  const totalWidth = columnVirtualizer.getTotalSize();

  useEffect(() => cache.show(firstVisible, lastVisible), [cache, firstVisible, lastVisible]);

  const visibleLoaded = rowCount === 0 || (lastVisible >= firstVisible && cache.isCurrent(firstVisible, lastVisible));
  useEffect(() => {
    if (!visibleLoaded) return;
    if (!firstPaintMarked.current) {
      firstPaintMarked.current = true;
      markAfterPaint('grid:first-paint');
    }
    if (awaitingPaint.current) {
      awaitingPaint.current = false;
      markAfterPaint('grid:sort-paint');
    }
  });

  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scrollRef.current?.querySelector<HTMLElement>(`[data-row="${position.row}"][data-col="${position.column}"]`)?.focus({ preventScroll: true });
  });

  const moveTo = (next: CellPosition) => {
    setActive(next);
    focusPending.current = true;
    if (next.row >= 0) rowVirtualizer.scrollToIndex(next.row);
    columnVirtualizer.scrollToIndex(next.column);
  };
  const resizeBy = (column: GridColumn, delta: number) => setWidths(widths.map((width, index) => (index === column.index ? width + delta : width)));
  const resetWidth = (column: GridColumn) => setWidths(widths.map((width, index) => (index === column.index ? defaultColumnWidth(column.type, column.name) : width)));
  const openMenu = (row: number, column: number, x: number, y: number) => {
    const gridColumn = columns[column];
    if (gridColumn && row >= 0) setMenu({ row, column: gridColumn, x, y });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = positionOf(event.target);
    const column = from && columns[from.column];
    if (!from || !column) return;
    const ctrlOrMeta = event.ctrlKey || event.metaKey;
    if (from.row === HEADER_ROW && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      resizeBy(column, event.key === 'ArrowLeft' ? -RESIZE_STEP : RESIZE_STEP);
    } else if (from.row >= 0 && event.key === 'Enter') {
      setDetails({ row: from.row, column });
    } else if (from.row >= 0 && ctrlOrMeta && event.key.toLowerCase() === 'c') {
      // A text selection made with the mouse is the browser's to copy.
      if (window.getSelection()?.isCollapsed === false) return;
      void copyCell(from.row, column);
    } else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      const box = (event.target as HTMLElement).getBoundingClientRect();
      openMenu(from.row, from.column, box.left + 8, box.bottom);
    } else {
      if (event.shiftKey || event.altKey) return;
      const next = nextPosition(from, { key: event.key, ctrlOrMeta }, { rowCount, columnCount: columns.length, pageRows });
      if (!next) return;
      moveTo(next);
    }
    event.preventDefault();
  };

  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    const at = positionOf((event.target as HTMLElement).closest('[role="gridcell"]'));
    const column = at && columns[at.column];
    if (at && column && cache.row(at.row)) setDetails({ row: at.row, column });
  };

  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    const at = positionOf((event.target as HTMLElement).closest('[role="gridcell"]'));
    if (!at) return;
    event.preventDefault();
    setActive(at);
    openMenu(at.row, at.column, event.clientX, event.clientY);
  };

  const activeColumn = columns[position.column];
  const activeRow = position.row >= 0 ? position.row : null;
  const detailsText = details ? cache.row(details.row)?.[details.column.index] : undefined;
  const error = sortError ?? (cache.error() && `Rows could not be loaded: ${cache.error()}`);

  return (
    <div className="results-grid">
      <div className="grid-toolbar">
        <ColumnChooser columns={table.columns} hidden={hidden ?? []} onChange={(next) => store.getState().setHiddenColumns(key, next)} />
        <button type="button" disabled={activeRow === null || !activeColumn} onClick={() => activeRow !== null && activeColumn && setDetails({ row: activeRow, column: activeColumn })}>
          Cell details
        </button>
        <button type="button" disabled={activeRow === null} onClick={() => activeRow !== null && void copyRow(activeRow)}>
          Copy row
        </button>
        <p className="grid-notice" role="status">
          {notice}
        </p>
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <p id={hintId} hidden>
        Enter sorts by the column; Shift with the left or right arrow makes it narrower or wider.
      </p>
      <div
        ref={scrollRef}
        className="grid-scroll"
        role="grid"
        aria-label={`${table.name}, ${rowsText(rowCount)}`}
        aria-rowcount={rowCount + 1}
        aria-colcount={columns.length}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const at = positionOf(event.target);
          if (at && (at.row !== position.row || at.column !== position.column)) setActive(at);
        }}
        onContextMenu={onContextMenu}
        onDoubleClick={onDoubleClick}
      >
        <div className="grid-canvas" style={{ width: totalWidth, height: rowVirtualizer.getTotalSize() }}>
          <div role="rowgroup" className="grid-header" style={{ width: totalWidth, height: HEADER_HEIGHT }}>
            <div role="row" aria-rowindex={1} className="grid-row">
              {virtualColumns.map((virtualColumn) => {
                const header = headers[virtualColumn.index];
                const column = columns[virtualColumn.index];
                if (!header || !column) return null;
                return (
                  <GridHeaderCell
                    key={column.index}
                    header={header}
                    column={column}
                    place={virtualColumn}
                    isActive={position.row === HEADER_ROW && position.column === virtualColumn.index}
                    hintId={hintId}
                    onResetWidth={() => resetWidth(column)}
                  />
                );
              })}
            </div>
          </div>
          <div role="rowgroup">
            {virtualRows.map((virtualRow) => (
              <GridBodyRow
                key={virtualRow.index}
                position={virtualRow.index}
                top={virtualRow.start}
                height={ROW_HEIGHT}
                width={totalWidth}
                cells={cache.row(virtualRow.index)}
                stale={cache.isStale(virtualRow.index)}
                columns={columns}
                virtualColumns={virtualColumns}
                activeColumn={position.row === virtualRow.index ? position.column : null}
                timeZone={timeZone}
              />
            ))}
          </div>
        </div>
      </div>
      {rowCount === 0 && <p className="grid-empty">0 rows: the query returned no rows for {table.name}.</p>}
      {details && detailsText !== undefined && (
        <CellDetailsDialog
          columnName={details.column.name}
          type={details.column.type}
          rowNumber={details.row + 1}
          text={detailsText}
          shownAs={details.column.type === 'datetime' && detailsText !== '' ? displayText('datetime', detailsText, timeZone) : null}
          onCopy={() => void copyCell(details.row, details.column)}
          onClose={() => {
            setDetails(null);
            focusPending.current = true;
          }}
        />
      )}
      {menu && (
        <RowMenu
          label={`Row ${formatCount(menu.row + 1)}`}
          at={{ x: menu.x, y: menu.y }}
          items={[
            { label: 'Copy cell', run: () => void copyCell(menu.row, menu.column) },
            { label: 'Copy row', run: () => void copyRow(menu.row) },
            { label: 'Cell details', run: () => setDetails({ row: menu.row, column: menu.column }) },
          ]}
          onClose={() => {
            setMenu(null);
            focusPending.current = true;
          }}
        />
      )}
    </div>
  );
}
