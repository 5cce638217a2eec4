// How the analyst looks at the shown result: sort and column widths per table. Reset with each new result.
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
  setSort(tableKey: string, sort: SortState | null): void;
  setColumnWidths(tableKey: string, widths: number[]): void;
}

export function tableKey(resultId: string, tableIndex: number): string {
  return `${resultId}:${tableIndex}`;
}

export const createResultsViewSlice: StateCreator<ResultsViewSlice, [], [], ResultsViewSlice> = (set) => ({
  sortByTable: {},
  columnWidths: {},
  setSort: (key, sort) =>
    set((state) => {
      const next = { ...state.sortByTable };
      if (sort === null || sort.direction === 'none') delete next[key];
      else next[key] = sort;
      return { sortByTable: next };
    }),
  setColumnWidths: (key, widths) => set((state) => ({ columnWidths: { ...state.columnWidths, [key]: widths } })),
});
