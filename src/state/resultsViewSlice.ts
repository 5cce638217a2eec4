// How the analyst looks at the shown result: sort, column widths and hidden columns per table. Keyed by result, so a
// new result starts fresh.
import type { StateCreator } from 'zustand';
import type { SortDirection } from '../domain/results/sortIndex';

export interface SortState {
  column: number;
  direction: SortDirection;
}

export interface ResultsViewSlice {
  /** Keyed by `${resultId}:${tableIndex}`. */
  sortByTable: Record<string, SortState>;
  columnWidths: Record<string, number[]>;
  /** Column indexes the analyst hid in the grid; "visible columns" exports leave them out. */
  hiddenColumns: Record<string, number[]>;
  setSort(tableKey: string, sort: SortState | null): void;
  setColumnWidths(tableKey: string, widths: number[]): void;
  setHiddenColumns(tableKey: string, columns: number[]): void;
}

export function tableKey(resultId: string, tableIndex: number): string {
  return `${resultId}:${tableIndex}`;
}

export const createResultsViewSlice: StateCreator<ResultsViewSlice, [], [], ResultsViewSlice> = (set) => ({
  sortByTable: {},
  columnWidths: {},
  hiddenColumns: {},
  setSort: (key, sort) =>
    set((state) => {
      const next = { ...state.sortByTable };
      if (sort === null || sort.direction === 'none') delete next[key];
      else next[key] = sort;
      return { sortByTable: next };
    }),
  setColumnWidths: (key, widths) => set((state) => ({ columnWidths: { ...state.columnWidths, [key]: widths } })),
  setHiddenColumns: (key, columns) => set((state) => ({ hiddenColumns: { ...state.hiddenColumns, [key]: columns } })),
});
