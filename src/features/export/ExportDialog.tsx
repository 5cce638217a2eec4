// "Export to CSV": the active table, every row in the grid's current order, all or only the visible columns, with the
// formula-injection guard (on by default, from Settings). The worker writes the file in chunks (progress, Cancel) and
// the Blob is saved under a name that says which workspace, table and time it holds.
import { useEffect, useId, useRef, useState } from 'react';
import { useConsole, useServices } from '../../app/ServicesContext';
import { csvFileName } from '../../domain/csv/csvFileName';
import { selectActiveTableIndex, selectHiddenColumnsOf, selectSettings, selectShownResult, selectSortOf, selectWorkspace } from '../../state/selectors';
import type { TableSummary } from '../../workers/resultsProtocol';
import { formatCount, rowsText } from '../results/resultStatus';
import { downloadBlob } from './downloadBlob';
import { exportColumns, orderDescription, progressText, visibleColumns, type ColumnChoice } from './exportPlan';
import { exportUi, useExportUi } from './exportUiState';

export function ExportDialog() {
  const { dialogOpen } = useExportUi();
  const shown = useConsole(selectShownResult);
  const activeIndex = useConsole(selectActiveTableIndex);
  if (!dialogOpen || !shown) return null;
  const index = Math.min(activeIndex, shown.summary.tables.length - 1);
  const table = shown.summary.tables[index];
  if (!table) return null;
  return <ExportDialogContent key={`${shown.summary.resultId}:${index}`} resultId={shown.summary.resultId} tableIndex={index} table={table} />;
}

interface ExportDialogContentProps {
  readonly resultId: string;
  readonly tableIndex: number;
  readonly table: TableSummary;
}

function ExportDialogContent({ resultId, tableIndex, table }: ExportDialogContentProps) {
  const { results } = useServices();
  const workspace = useConsole(selectWorkspace);
  const guardDefault = useConsole((state) => selectSettings(state).csvFormulaGuard);
  const hidden = useConsole(selectHiddenColumnsOf(resultId, tableIndex));
  const sort = useConsole(selectSortOf(resultId, tableIndex));
  const [columnChoice, setColumnChoice] = useState<ColumnChoice>('all');
  const [formulaGuard, setFormulaGuard] = useState(guardDefault);
  const [progress, setProgress] = useState<{ written: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [requestedAt] = useState(() => new Date());
  const dialogRef = useRef<HTMLDialogElement>(null);
  const exporting = useRef<AbortController | null>(null);
  const titleId = useId();
  const guardHelpId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const fileName = csvFileName({ workspaceName: workspace?.name ?? workspace?.id ?? 'workspace', tableName: table.name, at: requestedAt });
  const visibleCount = visibleColumns(table.columns.length, hidden).length;
  const close = () => {
    exporting.current?.abort();
    exportUi.closeDialog();
  };

  const startExport = async () => {
    const controller = new AbortController();
    exporting.current = controller;
    setError(null);
    setProgress({ written: 0, total: table.rowCount });
    const outcome = await results.exportCsv(
      resultId,
      tableIndex,
      { columns: exportColumns(columnChoice, table.columns.length, hidden), formulaGuard },
      { signal: controller.signal, onProgress: (written, total) => setProgress({ written, total }) },
    );
    exporting.current = null;
    setProgress(null);
    if (!outcome.ok) {
      setError(outcome.error.kind === 'cancelled' ? 'The export was cancelled; no file was saved.' : `The export failed: ${outcome.error.message}`);
      return;
    }
    downloadBlob(outcome.value.blob, fileName);
    exportUi.notify({ tone: 'info', text: `Exported ${rowsText(outcome.value.rowsWritten)} to ${fileName}.` });
    // Closing the dialog element (rather than unmounting it) gives focus back to the button that opened it.
    dialogRef.current?.close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby={titleId}
      onClose={close}
      onKeyDown={(event) => event.key === 'Escape' && event.stopPropagation()}
    >
      <h2 id={titleId} className="dialog-title">
        Export to CSV
      </h2>
      <dl className="facts">
        <dt>Table</dt>
        <dd>
          <bdi>{table.name}</bdi>
        </dd>
        <dt>Rows</dt>
        <dd>
          all {rowsText(table.rowCount)}, {orderDescription(sort, table.columns)}
        </dd>
        <dt>File</dt>
        <dd className="export-file-name">{fileName}</dd>
      </dl>
      <fieldset disabled={progress !== null}>
        <legend>Columns</legend>
        <label>
          <input type="radio" name="export-columns" checked={columnChoice === 'all'} onChange={() => setColumnChoice('all')} /> All columns ({formatCount(table.columns.length)})
        </label>
        <label>
          <input type="radio" name="export-columns" checked={columnChoice === 'visible'} onChange={() => setColumnChoice('visible')} /> Visible columns (
          {formatCount(visibleCount)})
        </label>
      </fieldset>
      <fieldset disabled={progress !== null}>
        <legend>Safety</legend>
        <label>
          <input type="checkbox" checked={formulaGuard} aria-describedby={guardHelpId} onChange={(event) => setFormulaGuard(event.target.checked)} /> Guard against
          spreadsheet formulas
        </label>
        <p id={guardHelpId} className="dialog-help">
          Log fields can hold text an attacker chose. A text or dynamic cell (or column name) starting with =, +, -, @, a tab or a carriage
          return gets a leading apostrophe, so Excel and Sheets show it as text instead of running it as a formula. Numbers, dates and
          booleans are never changed.
        </p>
      </fieldset>
      {progress !== null && (
        <div className="export-progress" role="status">
          <progress max={Math.max(1, progress.total)} value={progress.written} aria-label="Export progress" />
          <span>{progressText(progress.written, progress.total)}</span>
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        {progress === null ? (
          <>
            <button type="button" className="primary" onClick={() => void startExport()}>
              Export
            </button>
            <button type="button" onClick={() => dialogRef.current?.close()}>
              Close
            </button>
          </>
        ) : (
          <button type="button" onClick={() => exporting.current?.abort()}>
            Cancel export
          </button>
        )}
      </div>
    </dialog>
  );
}
