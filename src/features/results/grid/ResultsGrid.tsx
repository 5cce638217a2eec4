// One result table as an ARIA grid: virtualized rows and columns, rows fetched from the results worker a block at a
// time (rowWindowCache.ts), sort and widths through TanStack Table (useGridTable.ts), one focusable cell (roving
// tabindex) with spreadsheet keys, and cell details, copy and a context menu. Mounted per result table (keyed by
// result and table), so its cache and focus start fresh with each table.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useConsole, useServices } from '../../../app/ServicesContext';
import { tableKey, type SortState } from '../../../state/resultsViewSlice';
import { selectColumnWidthsOf, selectHiddenColumnsOf, selectSettings, selectSortOf } from '../../../state/selectors';
import type { TableSummary } from '../../../workers/resultsProtocol';
import { writeClipboard } from '../../export/clipboard';
import { useDisplayTimeZone } from '../displayTimeZone';
import { formatCount, rowsText } from '../resultStatus';
import { CellDetailsDialog } from './CellDetailsDialog';
import { ColumnChooser } from './ColumnChooser';
import { cellLine, displayText, hasMoreToShow, isNumericType } from './cellDisplay';
import { clampWidth, columnWidths, defaultColumnWidth, gridColumns, RESIZE_STEP, type GridColumn } from './gridColumns';
import { clampPosition, HEADER_ROW, nextPosition, type CellPosition } from './gridNavigation';
import { markAfterPaint, markNow } from './paintMarks';
import { createRowWindowCache } from './rowWindowCache';
import { RowMenu } from './RowMenu';
import { useGridTable } from './useGridTable';

const ROW_HEIGHT = 28;
const HEADER_HEIGHT = 34;
/** A size to lay out the first render with, before the scroll element is measured (no blank first frame). */
const INITIAL_RECT = { width: 1200, height: 480 };

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
  const { store, results } = useServices();
  const key = tableKey(resultId, tableIndex);
  const timeZone = useDisplayTimeZone();
  const hidden = useConsole(selectHiddenColumnsOf(resultId, tableIndex));
  const savedWidths = useConsole(selectColumnWidthsOf(resultId, tableIndex));
  const sort = useConsole(selectSortOf(resultId, tableIndex));
  const formulaGuard = useConsole((state) => selectSettings(state).csvFormulaGuard);
  const columns = useMemo(() => gridColumns(table.columns, hidden, timeZone), [table.columns, hidden, timeZone]);
  const widths = useMemo(() => columnWidths(table.columns, savedWidths), [table.columns, savedWidths]);
  const { rowCount } = table;

  const [cache] = useState(() => {
    const allColumns = table.columns.map((_, index) => index);
    return createRowWindowCache(rowCount, async (start, count) => {
      const outcome = await results.window(resultId, tableIndex, start, count, allColumns);
      return outcome.ok ? { ok: true, rows: outcome.value.rows } : { ok: false, message: outcome.error.message };
    });
  });
  useSyncExternalStore(cache.subscribe, cache.version, cache.version);

  const [active, setActive] = useState<CellPosition>({ row: rowCount > 0 ? 0 : HEADER_ROW, column: 0 });
  const position = clampPosition(active, { rowCount, columnCount: columns.length });
  const [details, setDetails] = useState<{ row: number; column: GridColumn } | null>(null);
  const [menu, setMenu] = useState<{ row: number; column: GridColumn; x: number; y: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [sortError, setSortError] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const latestSort = useRef(0);
  const sortPaintPending = useRef(false);
  const firstPaintMarked = useRef(false);
  const hintId = useId();

  const changeSort = (next: SortState | null) => {
    const previous = sort;
    const request = ++latestSort.current;
    markNow('grid:sort-start');
    setSortError(null);
    store.getState().setSort(key, next);
    const column = next?.column ?? previous?.column ?? 0;
    void results.sort(resultId, tableIndex, column, next?.direction ?? 'none').then((outcome) => {
      if (request !== latestSort.current) return;
      if (!outcome.ok) {
        store.getState().setSort(key, previous);
        setSortError(`Sorting failed: ${outcome.error.message}`);
        return;
      }
      sortPaintPending.current = true;
      cache.reorder();
    });
  };
  const setWidths = (next: readonly number[]) => store.getState().setColumnWidths(key, next.map(clampWidth));
  const gridTable = useGridTable({ columns, widths, sort, onSortChange: changeSort, onWidthsChange: setWidths });
  const headers = gridTable.getHeaderGroups()[0]?.headers ?? [];

  const widthOf = (column: number): number => widths[columns[column]?.index ?? 0] ?? 100;
  // The console does not use the React Compiler, and the virtualizer is read afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const rowVirtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    initialRect: INITIAL_RECT,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 10,
    rangeExtractor: (range) => withIndex(range, position.row),
  });
  const columnKeys = useMemo(() => (column: number) => `${columns[column]?.index}:${widths[columns[column]?.index ?? 0]}`, [columns, widths]);
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    initialRect: INITIAL_RECT,
    getScrollElement: () => scrollRef.current,
    estimateSize: widthOf,
    // A new key per width makes the virtualizer lay the columns out again after a resize.
    getItemKey: columnKeys,
    overscan: 3,
    rangeExtractor: (range) => withIndex(range, position.column),
  });
  const virtualRows = rowVirtualizer.getVirtualItems();
  const virtualColumns = columnVirtualizer.getVirtualItems();
  const firstVisible = rowVirtualizer.range?.startIndex ?? 0;
  const lastVisible = rowVirtualizer.range?.endIndex ?? -1;
  const pageRows = Math.max(1, Math.floor(((rowVirtualizer.scrollRect?.height ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT));

  useEffect(() => cache.show(firstVisible, lastVisible), [cache, firstVisible, lastVisible]);

  const visibleLoaded = rowCount === 0 || (lastVisible >= firstVisible && cache.isCurrent(firstVisible, lastVisible));
  useEffect(() => {
    if (!visibleLoaded) return;
    if (!firstPaintMarked.current) {
      firstPaintMarked.current = true;
      markAfterPaint('grid:first-paint');
    }
    if (sortPaintPending.current) {
      sortPaintPending.current = false;
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
  const refocus = () => {
    focusPending.current = true;
  };

  const rawText = (row: number, column: GridColumn): string | undefined => cache.row(row)?.[column.index];
  const copyCell = async (row: number, column: GridColumn) => {
    const text = rawText(row, column);
    if (text === undefined) return;
    setNotice((await writeClipboard(text)) ? `Copied the ${column.name} value of row ${formatCount(row + 1)}.` : 'The browser did not allow copying to the clipboard.');
  };
  const copyRow = async (row: number) => {
    const outcome = await results.tsv(resultId, tableIndex, row, 1, { columns: columns.map((column) => column.index), formulaGuard });
    if (!outcome.ok) {
      setNotice(`Copying the row failed: ${outcome.error.message}`);
      return;
    }
    setNotice((await writeClipboard(outcome.value.text)) ? `Copied row ${formatCount(row + 1)} (${columns.length} columns, tab-separated).` : 'The browser did not allow copying to the clipboard.');
  };
  const resizeBy = (column: number, delta: number) => {
    const tableColumn = columns[column];
    if (!tableColumn) return;
    setWidths(widths.map((width, index) => (index === tableColumn.index ? width + delta : width)));
  };
  const openMenu = (row: number, column: number, x: number, y: number) => {
    const gridColumn = columns[column];
    if (gridColumn && row >= 0) setMenu({ row, column: gridColumn, x, y });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = positionOf(event.target);
    if (!from) return;
    const ctrlOrMeta = event.ctrlKey || event.metaKey;
    const column = columns[from.column];
    if (from.row === HEADER_ROW && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      resizeBy(from.column, event.key === 'ArrowLeft' ? -RESIZE_STEP : RESIZE_STEP);
    } else if (from.row >= 0 && column && event.key === 'Enter') {
      setDetails({ row: from.row, column });
    } else if (from.row >= 0 && column && ctrlOrMeta && event.key.toLowerCase() === 'c') {
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

  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    const at = positionOf(cell);
    if (!at) return;
    event.preventDefault();
    setActive(at);
    openMenu(at.row, at.column, event.clientX, event.clientY);
  };

  const activeColumn = columns[position.column];
  const activeRow = position.row >= 0 ? position.row : null;
  const detailsText = details ? rawText(details.row, details.column) : undefined;
  const totalWidth = columnVirtualizer.getTotalSize();
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
      >
        <div className="grid-canvas" style={{ width: totalWidth, height: rowVirtualizer.getTotalSize() }}>
          <div role="rowgroup" className="grid-header" style={{ width: totalWidth, height: HEADER_HEIGHT }}>
            <div role="row" aria-rowindex={1} className="grid-row">
              {virtualColumns.map((virtualColumn) => {
                const header = headers[virtualColumn.index];
                const column = columns[virtualColumn.index];
                if (!header || !column) return null;
                const sorted = header.column.getIsSorted();
                const isActive = position.row === HEADER_ROW && position.column === virtualColumn.index;
                const resize = header.getResizeHandler();
                return (
                  <div
                    key={virtualColumn.key}
                    role="columnheader"
                    aria-colindex={virtualColumn.index + 1}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    className={`grid-header-cell${isNumericType(column.type) ? ' grid-numeric' : ''}`}
                    style={{ left: virtualColumn.start, width: virtualColumn.size }}
                  >
                    <button
                      type="button"
                      className="grid-sort-button"
                      tabIndex={isActive ? 0 : -1}
                      data-row={HEADER_ROW}
                      data-col={virtualColumn.index}
                      aria-describedby={hintId}
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <bdi className="grid-header-label">
                        <gridTable.FlexRender header={header} />
                      </bdi>
                      <span className="grid-sort-indicator" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                    <div
                      className={`grid-resize-handle${header.column.getIsResizing() ? ' is-resizing' : ''}`}
                      aria-hidden="true"
                      title="Drag to resize; double-click for the default width"
                      onMouseDown={resize}
                      onTouchStart={resize}
                      onDoubleClick={() => setWidths(widths.map((width, index) => (index === column.index ? defaultColumnWidth(column.type, column.name) : width)))}
                    />
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup">
            {virtualRows.map((virtualRow) => {
              const row = cache.row(virtualRow.index);
              return (
                <div
                  key={virtualRow.index}
                  role="row"
                  aria-rowindex={virtualRow.index + 2}
                  aria-busy={row === undefined || undefined}
                  className={`grid-row${row === undefined ? ' grid-row-pending' : cache.isStale(virtualRow.index) ? ' grid-row-stale' : ''}`}
                  style={{ transform: `translateY(${virtualRow.start}px)`, width: totalWidth, height: ROW_HEIGHT }}
                >
                  {virtualColumns.map((virtualColumn) => {
                    const column = columns[virtualColumn.index];
                    if (!column) return null;
                    const raw = row?.[column.index] ?? '';
                    const isActive = position.row === virtualRow.index && position.column === virtualColumn.index;
                    return (
                      <div
                        key={virtualColumn.key}
                        role="gridcell"
                        aria-colindex={virtualColumn.index + 1}
                        tabIndex={isActive ? 0 : -1}
                        data-row={virtualRow.index}
                        data-col={virtualColumn.index}
                        className={`grid-cell${isNumericType(column.type) ? ' grid-numeric' : ''}${hasMoreToShow(column.type, raw) ? ' grid-cell-more' : ''}`}
                        style={{ left: virtualColumn.start, width: virtualColumn.size }}
                        onDoubleClick={() => row && setDetails({ row: virtualRow.index, column })}
                      >
                        <bdi>{cellLine(displayText(column.type, raw, timeZone))}</bdi>
                      </div>
                    );
                  })}
                </div>
              );
            })}
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
            refocus();
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
            refocus();
          }}
        />
      )}
    </div>
  );
}
