// The results area: what happened to the latest run, then the shown result's tables as tabs over the grid, its status
// line, the incomplete-result and row-cap notices, and the export controls. While a newer run is in flight the shown
// result stays on screen, dimmed and marked busy.
import { useId } from 'react';
import { useConsole, useServices } from '../../app/ServicesContext';
import { selectActiveTableIndex, selectRun, selectSettings, selectShownResult } from '../../state/selectors';
import { ExportActions } from '../export/ExportActions';
import { ExportDialog } from '../export/ExportDialog';
import { ResultsGrid } from './grid/ResultsGrid';
import { ResultTabs } from './ResultTabs';
import { LatestRunNotice, PartialErrorWarning, RowCapNotice } from './RunNotices';
import { RunStatusLine } from './RunStatusLine';
import { TimeZoneToggle } from './TimeZoneToggle';
import './results.css';

export function ResultsPanel() {
  const { store } = useServices();
  const run = useConsole(selectRun);
  const shown = useConsole(selectShownResult);
  const activeTableIndex = useConsole(selectActiveTableIndex);
  const rowCap = useConsole((state) => selectSettings(state).rowCap);
  const idPrefix = useId();

  if (!shown) {
    return (
      <div className="results-panel">
        <LatestRunNotice run={run} hasShownResult={false} />
        {run.status === 'idle' && <p className="results-placeholder">Run a query to see its results here.</p>}
      </div>
    );
  }

  const { summary, request } = shown;
  const index = Math.min(activeTableIndex, summary.tables.length - 1);
  const table = summary.tables[index];
  const running = run.status === 'running';
  // The cap goes on the last statement, so it is the last table that stops at it. The cap in Settings is the one sent
  // unless the analyst changed it since; with the cap now off, the notice stays prominent rather than risk hiding a cut.
  const lastTable = summary.tables.at(-1);
  const capReached = rowCap === null || (lastTable !== undefined && lastTable.rowCount >= rowCap);
  const durationMs = run.status === 'succeeded' && run.summary.resultId === summary.resultId ? run.durationMs : null;

  return (
    <div className={`results-panel${running ? ' results-stale' : ''}`} aria-busy={running}>
      <LatestRunNotice run={run} hasShownResult />
      {running && (
        <p className="result-note" role="status">
          A newer run is in progress; this is the previous result.
        </p>
      )}
      {/* The latest run's own incomplete answer gets its diagnosis above; an older shown result keeps this short warning. */}
      {summary.partialError && durationMs === null && <PartialErrorWarning partialError={summary.partialError} />}
      <RowCapNotice request={request} capReached={capReached} />
      {table ? (
        <>
          <div className="results-toolbar">
            <ResultTabs tables={summary.tables} activeIndex={index} idPrefix={idPrefix} onSelect={(next) => store.getState().setActiveTableIndex(next)} />
            <div className="results-actions">
              <TimeZoneToggle />
              <ExportActions />
            </div>
          </div>
          <RunStatusLine summary={summary} rowCount={table.rowCount} durationMs={durationMs} />
          <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab-${index}`} className="results-tabpanel">
            <ResultsGrid key={`${summary.resultId}:${index}`} resultId={summary.resultId} tableIndex={index} table={table} />
          </div>
          <ExportDialog />
        </>
      ) : (
        <p className="results-placeholder">The query returned no tables.</p>
      )}
    </div>
  );
}
