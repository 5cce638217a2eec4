// The run history: newest first, filtered by a search over the query text and the workspace. Each entry opens in a
// new query tab, or opens and runs. Clearing asks first.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useActionContext } from '../../app/useActionContext';
import { describeOutcome, searchHistory, type HistoryEntry } from '../../domain/history/historyEntry';
import { formatDateTime, timeZoneLabel } from '../../domain/timespan/dateTimeDisplay';
import { ModalDialog } from '../connection/ModalDialog';
import { formatDuration } from '../results/resultStatus';
import { useDisplayTimeZone } from '../results/displayTimeZone';
import { describeTimespan } from '../timespan/TimespanPicker';
import { HISTORY_KEY } from './historyStore';
import { useLibrary, usePersistedList } from './libraryStores';
import { openQuery } from './openQuery';

export function HistoryPanel() {
  const { history } = useLibrary();
  const { items, problem } = usePersistedList(history, HISTORY_KEY);
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const shown = useMemo(() => searchHistory(items, deferredSearch), [items, deferredSearch]);
  const [confirmingClear, setConfirmingClear] = useState(false);

  return (
    <section className="library-panel" aria-label="Run history">
      <div className="library-header">
        <h2 className="library-title">History</h2>
        <button type="button" disabled={items.length === 0} onClick={() => setConfirmingClear(true)}>
          Clear history
        </button>
      </div>
      {problem && (
        <p role="alert" className="library-problem">
          {problem}
        </p>
      )}
      {items.length === 0 ? (
        <p className="library-empty">No runs yet. Every query you run is listed here, newest first, to find and run again.</p>
      ) : (
        <>
          <input
            type="search"
            className="library-search"
            aria-label="Search history"
            placeholder="Search query text or workspace"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <p role="status" className="library-count">
            {shown.length === items.length ? countText(items.length) : `${shown.length} of ${countText(items.length)}`}
          </p>
          {shown.length === 0 ? (
            <p className="library-empty">No run matches “{search.trim()}”.</p>
          ) : (
            <ul className="library-list" aria-label="Runs">
              {shown.map((entry) => (
                <HistoryItem key={entry.id} entry={entry} />
              ))}
            </ul>
          )}
        </>
      )}
      <ModalDialog open={confirmingClear} title="Clear the run history?" onClose={() => setConfirmingClear(false)}>
        <p>
          This removes all {countText(items.length)} from this browser, in every tab of the console. Saved queries are kept.
        </p>
        <div className="dialog-buttons">
          <button
            type="button"
            className="primary"
            onClick={() => {
              history.clear();
              setConfirmingClear(false);
            }}
          >
            Clear history
          </button>
          <button type="button" data-autofocus onClick={() => setConfirmingClear(false)}>
            Cancel
          </button>
        </div>
      </ModalDialog>
    </section>
  );
}

function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const context = useActionContext();
  const timeZone = useDisplayTimeZone();
  const queryId = useId();
  const started = `${formatDateTime(new Date(entry.startedAt).toISOString(), timeZone).slice(0, 19)} ${timeZoneLabel(timeZone)}`;
  const toOpen = { queryText: entry.queryText, timespan: entry.timespan, workspace: entry.workspace };
  return (
    <li className="library-item">
      <pre id={queryId} className="library-query">
        {entry.queryText}
      </pre>
      <p className="library-meta">
        <time dateTime={new Date(entry.startedAt).toISOString()}>{started}</time> · {entry.workspace.name ?? entry.workspace.id} ·{' '}
        {describeTimespan(entry.timespan)} · {formatDuration(entry.durationMs)}
      </p>
      <p className={`library-outcome library-outcome-${entry.outcome.kind}`}>{describeOutcome(entry.outcome)}</p>
      <div className="library-actions">
        <button type="button" aria-describedby={queryId} onClick={() => openQuery(context, toOpen, { run: false })}>
          Open
        </button>
        <button type="button" aria-describedby={queryId} onClick={() => openQuery(context, toOpen, { run: true })}>
          Run again
        </button>
      </div>
    </li>
  );
}

function countText(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'run' : 'runs'}`;
}
