// TanStack Table holds the grid's columns, sizes and sort state, and nothing else: there are no rows in it (they stay
// in the worker, see rowWindowCache.ts). Sort and widths live in the console store, so they survive a tab switch, and
// TanStack is driven as a controlled component over them.
import { useMemo } from 'react';
import {
  columnResizingFeature,
  columnSizingFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnSizingState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import type { SortState } from '../../../state/resultsViewSlice';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, type GridColumn } from './gridColumns';

const features = tableFeatures({ rowSortingFeature, columnSizingFeature, columnResizingFeature });
export type GridFeatures = typeof features;
/** A row as the worker sends it: display text, one string per table column. */
export type GridRow = readonly string[];
const helper = createColumnHelper<typeof features, GridRow>();
const NO_ROWS: GridRow[] = [];

export interface GridTableInput {
  readonly columns: readonly GridColumn[];
  /** Width of every table column, by table index. */
  readonly widths: readonly number[];
  readonly sort: SortState | null;
  onSortChange(sort: SortState | null): void;
  onWidthsChange(widths: number[]): void;
}

export function useGridTable({ columns, widths, sort, onSortChange, onWidthsChange }: GridTableInput) {
  const columnDefs = useMemo(
    () =>
      helper.columns(
        columns.map((column) =>
          helper.accessor((row) => row[column.index], {
            id: String(column.index),
            minSize: MIN_COLUMN_WIDTH,
            maxSize: MAX_COLUMN_WIDTH,
            // Ascending first for every type, then descending, then the service's order.
            sortDescFirst: false,
          }),
        ),
      ),
    [columns],
  );
  const sorting = useMemo<SortingState>(() => (sort ? [{ id: String(sort.column), desc: sort.direction === 'descending' }] : []), [sort]);
  const columnSizing = useMemo<ColumnSizingState>(() => Object.fromEntries(widths.map((width, index) => [String(index), width])), [widths]);

  return useTable({
    features,
    columns: columnDefs,
    data: NO_ROWS,
    state: { sorting, columnSizing },
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: true,
    columnResizeMode: 'onChange',
    onSortingChange: (updater: Updater<SortingState>) => {
      const [first] = typeof updater === 'function' ? updater(sorting) : updater;
      onSortChange(first ? { column: Number(first.id), direction: first.desc ? 'descending' : 'ascending' } : null);
    },
    onColumnSizingChange: (updater: Updater<ColumnSizingState>) => {
      const next = typeof updater === 'function' ? updater(columnSizing) : updater;
      onWidthsChange(widths.map((width, index) => next[String(index)] ?? width));
    },
  });
}
