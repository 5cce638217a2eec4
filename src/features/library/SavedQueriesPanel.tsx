// The saved queries, alphabetically: open (in a new tab), run, rename, delete; save the current query; export all
// as a JSON file and import one back, with what the import did and each entry it could not take.
import { useId, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { ActionButton } from '../../app/ActionButton';
import { useActionContext } from '../../app/useActionContext';
import { describeImport, exportSavedQueries, parseImportFile } from '../../domain/savedQueries/importExport';
import { byName, nameProblem, type SavedQuery } from '../../domain/savedQueries/savedQuery';
import { ModalDialog } from '../connection/ModalDialog';
import { downloadBlob } from '../export/downloadBlob';
import { describeTimespan } from '../timespan/TimespanPicker';
import { useLibrary, usePersistedList } from './libraryStores';
import { openQuery } from './openQuery';
import { QueryNameField } from './QueryNameField';
import { SAVED_QUERIES_KEY } from './savedQueriesStore';

export const EXPORT_FILE_NAME = 'kql-console-saved-queries.json';
/** An export of thousands of queries is a few hundred kilobytes; a file far bigger is not one. */
const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

type Dialog = { kind: 'rename'; query: SavedQuery } | { kind: 'delete'; query: SavedQuery } | null;

export function SavedQueriesPanel() {
  const { saved } = useLibrary();
  const { items, problem } = usePersistedList(saved, SAVED_QUERIES_KEY);
  const sorted = useMemo(() => byName(items), [items]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [report, setReport] = useState<{ summary: string; problems: string[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAll = () => {
    downloadBlob(new Blob([exportSavedQueries(items, Date.now())], { type: 'application/json' }), EXPORT_FILE_NAME);
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setReport({ summary: `Nothing imported: ${file.name} is larger than 5 MB.`, problems: [] });
      return;
    }
    const parsed = parseImportFile(await file.text());
    const summary = parsed.drafts.length === 0 ? `Nothing imported from ${file.name}.` : describeImport(saved.importDrafts(parsed.drafts));
    setReport({ summary, problems: parsed.problems });
  };

  return (
    <section className="library-panel" aria-label="Saved queries">
      <div className="library-header">
        <h2 className="library-title">Saved queries</h2>
        <ActionButton action="saveQuery" />
      </div>
      <div className="library-toolbar">
        <button type="button" onClick={exportAll} disabled={items.length === 0}>
          Export
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import…
        </button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Saved queries file to import" onChange={(event) => void importFile(event)} />
      </div>
      {problem && (
        <p role="alert" className="library-problem">
          {problem}
        </p>
      )}
      {report && (
        <div role="status" className="library-report">
          <p>{report.summary}</p>
          {report.problems.length > 0 && (
            <ul aria-label="Import problems">
              {report.problems.map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => setReport(null)}>
            Dismiss
          </button>
        </div>
      )}
      {sorted.length === 0 ? (
        <p className="library-empty">No saved queries yet. Use Save query (Ctrl+S) to keep the current query under a name, or import a file exported from KQL Console.</p>
      ) : (
        <ul className="library-list" aria-label="Saved queries">
          {sorted.map((query) => (
            <SavedQueryItem key={query.id} query={query} onRename={() => setDialog({ kind: 'rename', query })} onDelete={() => setDialog({ kind: 'delete', query })} />
          ))}
        </ul>
      )}
      <ModalDialog open={dialog?.kind === 'rename'} title="Rename saved query" onClose={() => setDialog(null)}>
        {dialog?.kind === 'rename' && (
          <RenameForm
            query={dialog.query}
            queries={items}
            onRename={(name) => {
              saved.rename(dialog.query.id, name);
              setDialog(null);
            }}
            onCancel={() => setDialog(null)}
          />
        )}
      </ModalDialog>
      <ModalDialog open={dialog?.kind === 'delete'} title="Delete saved query?" onClose={() => setDialog(null)}>
        {dialog?.kind === 'delete' && (
          <>
            <p>“{dialog.query.name}” is removed from this browser. Export first to keep a copy.</p>
            <div className="dialog-buttons">
              <button
                type="button"
                className="primary"
                onClick={() => {
                  saved.remove(dialog.query.id);
                  setDialog(null);
                }}
              >
                Delete
              </button>
              <button type="button" data-autofocus onClick={() => setDialog(null)}>
                Cancel
              </button>
            </div>
          </>
        )}
      </ModalDialog>
    </section>
  );
}

function SavedQueryItem({ query, onRename, onDelete }: { query: SavedQuery; onRename(): void; onDelete(): void }) {
  const context = useActionContext();
  const nameId = useId();
  const details = [query.workspace && (query.workspace.name ?? query.workspace.id), query.timespan && describeTimespan(query.timespan)].filter(Boolean).join(' · ');
  return (
    <li className="library-item">
      <h3 id={nameId} className="library-item-name">
        {query.name}
      </h3>
      {query.description && <p className="library-description">{query.description}</p>}
      <pre className="library-query">{query.queryText}</pre>
      {details && <p className="library-meta">{details}</p>}
      <div className="library-actions">
        <button type="button" aria-describedby={nameId} onClick={() => openQuery(context, query, { run: false })}>
          Open
        </button>
        <button type="button" aria-describedby={nameId} onClick={() => openQuery(context, query, { run: true })}>
          Run
        </button>
        <button type="button" aria-describedby={nameId} onClick={onRename}>
          Rename
        </button>
        <button type="button" aria-describedby={nameId} onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}

function RenameForm({ query, queries, onRename, onCancel }: { query: SavedQuery; queries: readonly SavedQuery[]; onRename(name: string): void; onCancel(): void }) {
  const [name, setName] = useState(query.name);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const refused = nameProblem(name, queries, query.id);
    if (refused) setProblem(refused);
    else onRename(name);
  };
  return (
    <form className="dialog-form" onSubmit={submit} noValidate>
      <QueryNameField
        label="New name"
        name={name}
        problem={problem}
        onChange={(next) => {
          setName(next);
          setProblem(null);
        }}
      />
      <div className="dialog-buttons">
        <button type="submit" className="primary">
          Rename
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
