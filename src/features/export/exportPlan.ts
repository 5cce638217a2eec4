// What an export or a copy covers, and how it is described to the analyst. Pure, so the wording is tested.
import type { SortState } from '../../state/resultsViewSlice';
import type { TableSummary } from '../../workers/resultsProtocol';
import { formatCount, rowsText } from '../results/resultStatus';

/**
 * Rows "Copy as TSV" puts on the clipboard at most. Spreadsheets and chat tools choke on tens of megabytes of pasted
 * text long before the clipboard does; beyond this the CSV export is the right tool.
 */
export const TSV_ROW_LIMIT = 50_000;

export type ColumnChoice = 'all' | 'visible';

/** Table column indexes not hidden in the grid, in table order. */
export function visibleColumns(columnCount: number, hidden: readonly number[] | null): number[] {
  const hiddenSet = new Set(hidden ?? []);
  return Array.from({ length: columnCount }, (_, index) => index).filter((index) => !hiddenSet.has(index));
}

/** The `columns` option for the worker: undefined writes every column. */
export function exportColumns(choice: ColumnChoice, columnCount: number, hidden: readonly number[] | null): number[] | undefined {
  return choice === 'all' ? undefined : visibleColumns(columnCount, hidden);
}

/** "sorted by TimeGenerated, descending" or "in the order the service returned". */
export function orderDescription(sort: SortState | null, columns: TableSummary['columns']): string {
  const column = sort ? columns[sort.column] : undefined;
  if (!sort || !column) return 'in the order the service returned';
  return `sorted by ${column.name}, ${sort.direction}`;
}

export function progressText(rowsWritten: number, rowCount: number): string {
  return `Writing ${formatCount(rowsWritten)} of ${rowsText(rowCount)}…`;
}

/** The message after "Copy as TSV", saying plainly when the table was cut. */
export function tsvCopiedText(rowsWritten: number, rowCount: number, columnCount: number): string {
  const what = `${rowsText(rowsWritten)} × ${formatCount(columnCount)} ${columnCount === 1 ? 'column' : 'columns'}`;
  if (rowsWritten >= rowCount) return `Copied ${what} as tab-separated text, with a header row.`;
  return `Copied only the first ${what} of ${formatCount(rowCount)} rows: the clipboard copy stops at ${formatCount(TSV_ROW_LIMIT)} rows. Use Export CSV for all rows.`;
}
