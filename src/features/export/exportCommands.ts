// The export verbs of the action registry: open the CSV dialog, and copy the active table to the clipboard as TSV.
import type { ConsoleServices } from '../../app/services';
import { selectActiveTable, selectHiddenColumnsOf } from '../../state/selectors';
import { writeClipboard } from './clipboard';
import { TSV_ROW_LIMIT, tsvCopiedText, visibleColumns } from './exportPlan';
import { exportUi } from './exportUiState';

export function requestCsvExport(): void {
  exportUi.openDialog();
}

/** The grid's visible columns in the grid's order, with a header row, up to TSV_ROW_LIMIT rows. */
export async function copyActiveTableAsTsv(services: ConsoleServices): Promise<void> {
  const state = services.store.getState();
  const active = selectActiveTable(state);
  if (!active) return;
  const { resultId, index, table } = active;
  const columns = visibleColumns(table.columns.length, selectHiddenColumnsOf(resultId, index)(state));
  const count = Math.min(table.rowCount, TSV_ROW_LIMIT);
  const outcome = await services.results.tsv(resultId, index, 0, count, { columns, header: true, formulaGuard: state.settings.csvFormulaGuard });
  if (!outcome.ok) {
    exportUi.notify({ tone: 'error', text: `Copy as TSV failed: ${outcome.error.message}` });
    return;
  }
  if (!(await writeClipboard(outcome.value.text))) {
    exportUi.notify({ tone: 'error', text: 'The browser did not allow copying to the clipboard.' });
    return;
  }
  const { rowsWritten } = outcome.value;
  exportUi.notify({ tone: rowsWritten < table.rowCount ? 'warning' : 'info', text: tsvCopiedText(rowsWritten, table.rowCount, columns.length) });
}
