// AG Grid Community, client-side row model, as its docs set it up; rows animate off (in headless Chromium without a
// GPU, animated rows stay at their start position, performance-and-style.md §1.3 trap 4).
import { AllCommunityModule, ModuleRegistry, createGrid } from 'ag-grid-community';
import type { MountedGrid } from '../grid';
import { cellText, type KeyedRow } from '../shared/sdkRows';

ModuleRegistry.registerModules([AllCommunityModule]);

export function mountAgGrid(container: HTMLElement, columnNames: readonly string[], rows: KeyedRow[]): MountedGrid {
  createGrid<KeyedRow>(container, {
    columnDefs: columnNames.map((field) => ({ field, width: 130, sortable: true })),
    // No type inference: the formatter shows every value (Date, parsed dynamic) the same way in both peers.
    defaultColDef: { cellDataType: false, valueFormatter: (params) => cellText(params.value) },
    rowData: rows,
    rowHeight: 28,
    animateRows: false,
  });
  return {
    header: (column) => container.querySelector<HTMLElement>(`.ag-header-cell[col-id="${column}"] .ag-header-cell-label`),
    scrollElement: () => container.querySelector<HTMLElement>('.ag-grid-viewport'),
    firstRowText: () => {
      const cells = container.querySelectorAll('.ag-row[row-index="0"] .ag-cell');
      return cells.length === 0 ? null : Array.from(cells, (cell) => cell.textContent).join('|');
    },
  };
}
