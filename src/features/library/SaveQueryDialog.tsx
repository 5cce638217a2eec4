// Saves the current tab's query under a name, with an optional description, and optionally its timespan and
// workspace so opening it later restores them. A name already in use is refused unless the analyst chooses to
// replace that query.
import { useId, useState, type FormEvent } from 'react';
import { useServices } from '../../app/ServicesContext';
import { DESCRIPTION_MAX_LENGTH, findByName, nameProblem, type SavedQuery } from '../../domain/savedQueries/savedQuery';
import { ModalDialog } from '../connection/ModalDialog';
import { describeTimespan } from '../timespan/TimespanPicker';
import { newId, useLibrary } from './libraryStores';
import { QueryNameField } from './QueryNameField';
import { closeSaveQueryDialog, useSaveQueryDialogOpen } from './saveQueryDialogState';

export function SaveQueryDialog() {
  const open = useSaveQueryDialogOpen();
  return (
    <ModalDialog open={open} title="Save query" onClose={closeSaveQueryDialog}>
      {open && <SaveQueryForm />}
    </ModalDialog>
  );
}

function SaveQueryForm() {
  const { store } = useServices();
  const { saved } = useLibrary();
  // What is saved is the tab as it was when the dialog opened.
  const [tab] = useState(() => {
    const { queryText, timespan, workspace, tabs, activeTabId } = store.getState();
    const tabName = tabs.find((candidate) => candidate.id === activeTabId)?.name ?? '';
    return { queryText, timespan, workspace, tabName };
  });
  const [name, setName] = useState(/^Query \d+$/.test(tab.tabName) ? '' : tab.tabName);
  const [description, setDescription] = useState('');
  const [keepTimespan, setKeepTimespan] = useState(true);
  const [keepWorkspace, setKeepWorkspace] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const descriptionId = useId();

  const save = (replace: boolean) => {
    const queries = saved.getSnapshot().items;
    const existing = findByName(queries, name);
    const refused = nameProblem(name, queries, replace ? existing?.id : undefined);
    if (refused) {
      setProblem(refused);
      return;
    }
    const query: SavedQuery = {
      id: existing && replace ? existing.id : newId(),
      name: name.trim(),
      queryText: tab.queryText,
      savedAt: Date.now(),
      ...(description.trim() ? { description: description.trim() } : {}),
      ...(keepTimespan ? { timespan: tab.timespan } : {}),
      ...(keepWorkspace && tab.workspace ? { workspace: tab.workspace.name ? { id: tab.workspace.id, name: tab.workspace.name } : { id: tab.workspace.id } } : {}),
    };
    saved.put(query);
    closeSaveQueryDialog();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(false);
  };
  const taken = problem !== null && findByName(saved.getSnapshot().items, name) !== undefined;

  return (
    <form className="dialog-form" onSubmit={submit} noValidate>
      <QueryNameField
        label="Name"
        name={name}
        problem={problem}
        onChange={(next) => {
          setName(next);
          setProblem(null);
        }}
        problemAction={
          taken && (
            <button type="button" onClick={() => save(true)}>
              Replace it
            </button>
          )
        }
      />
      <div className="field">
        <label htmlFor={descriptionId}>Description (optional)</label>
        <textarea id={descriptionId} rows={2} maxLength={DESCRIPTION_MAX_LENGTH} value={description} onChange={(event) => setDescription(event.target.value)} />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={keepTimespan} onChange={(event) => setKeepTimespan(event.target.checked)} />
        Remember the timespan ({describeTimespan(tab.timespan)})
      </label>
      {tab.workspace && (
        <label className="checkbox">
          <input type="checkbox" checked={keepWorkspace} onChange={(event) => setKeepWorkspace(event.target.checked)} />
          Remember the workspace ({tab.workspace.name ?? tab.workspace.id})
        </label>
      )}
      <pre className="library-query library-query-preview" aria-label="Query to save">
        {tab.queryText}
      </pre>
      <div className="dialog-buttons">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={closeSaveQueryDialog}>
          Cancel
        </button>
      </div>
    </form>
  );
}
