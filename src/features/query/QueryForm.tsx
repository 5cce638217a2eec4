import { useId, useState, type FormEvent } from 'react';
import { isGuid } from '../../domain/identifiers';
import type { QueryRequest } from './useQueryRunner';

interface QueryFormProps {
  running: boolean;
  canRun: boolean;
  onRun: (request: QueryRequest) => void;
}

export function QueryForm({ running, canRun, onRun }: QueryFormProps) {
  const workspaceInputId = useId();
  const queryInputId = useId();
  const workspaceHintId = useId();
  const [workspaceId, setWorkspaceId] = useState('');
  const [query, setQuery] = useState('');
  const trimmedWorkspaceId = workspaceId.trim();
  const workspaceIdProblem =
    trimmedWorkspaceId !== '' && !isGuid(trimmedWorkspaceId)
      ? 'The workspace ID is a GUID (the workspace’s customerId, shown as “Workspace ID” in the portal), not its name.'
      : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (workspaceIdProblem || trimmedWorkspaceId === '' || query.trim() === '') return;
    onRun({ workspaceId: trimmedWorkspaceId, query });
  };

  return (
    <form className="panel" onSubmit={submit}>
      <label htmlFor={workspaceInputId}>Workspace ID</label>
      <input
        id={workspaceInputId}
        value={workspaceId}
        onChange={(event) => setWorkspaceId(event.target.value)}
        placeholder="00000000-0000-0000-0000-000000000000"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={workspaceIdProblem !== null}
        aria-describedby={workspaceIdProblem ? workspaceHintId : undefined}
        required
      />
      {workspaceIdProblem && (
        <p id={workspaceHintId} className="hint">
          {workspaceIdProblem}
        </p>
      )}
      <label htmlFor={queryInputId}>Query</label>
      <textarea
        id={queryInputId}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        rows={6}
        spellCheck={false}
        required
      />
      <button type="submit" disabled={!canRun || running}>
        {running ? 'Running…' : 'Run'}
      </button>
      {!canRun && <p className="hint">Sign in to run queries.</p>}
    </form>
  );
}
