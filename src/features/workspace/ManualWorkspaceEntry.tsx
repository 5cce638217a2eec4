// For analysts without ARM read rights (or with a pasted token): type the workspace id, checked to be a GUID with a
// message that says what a workspace id is and where to find it.
import { useId, useState, type FormEvent } from 'react';
import type { ListedWorkspace } from './workspaceListing';
import { workspaceIdProblem } from './workspaceOptions';

interface ManualWorkspaceEntryProps {
  listed: readonly ListedWorkspace[];
  onChoose(workspaceId: string): void;
}

export function ManualWorkspaceEntry({ listed, onChoose }: ManualWorkspaceEntryProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { heading: useId(), input: useId(), problem: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The form sits inside the dialog's form-less content; stop the submit from reaching anything around it.
    event.stopPropagation();
    const found = workspaceIdProblem(text, listed);
    setProblem(found);
    if (found === null) onChoose(text.trim().toLowerCase());
  };

  return (
    <section aria-labelledby={ids.heading} className="manual-workspace">
      <h3 id={ids.heading}>Enter a workspace ID</h3>
      <form onSubmit={submit} noValidate className="manual-workspace-form">
        <label htmlFor={ids.input}>Workspace ID</label>
        <input
          id={ids.input}
          value={text}
          spellCheck={false}
          placeholder="00000000-0000-0000-0000-000000000000"
          onChange={(event) => setText(event.target.value)}
          aria-invalid={problem !== null}
          aria-describedby={problem ? ids.problem : undefined}
        />
        <button type="submit">Use this workspace ID</button>
      </form>
      {problem && (
        <p id={ids.problem} role="alert" className="field-error">
          {problem}
        </p>
      )}
    </section>
  );
}
