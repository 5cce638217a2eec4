// The saved-query name box of the Save and Rename forms: focused on opening, limited to the name's length, and tied
// to its problem (announced as an alert) so a refused name says why where the analyst is typing.
import { useId, type ReactNode } from 'react';
import { NAME_MAX_LENGTH } from '../../domain/savedQueries/savedQuery';

interface QueryNameFieldProps {
  label: string;
  name: string;
  problem: string | null;
  /** Typing clears the problem: it was about the name as it was. */
  onChange(name: string): void;
  /** Shown after the problem, e.g. a "Replace it" button. */
  problemAction?: ReactNode;
}

export function QueryNameField({ label, name, problem, onChange, problemAction }: QueryNameFieldProps) {
  const ids = { name: useId(), problem: useId() };
  return (
    <div className="field">
      <label htmlFor={ids.name}>{label}</label>
      <input
        id={ids.name}
        value={name}
        data-autofocus
        maxLength={NAME_MAX_LENGTH}
        aria-invalid={problem !== null}
        aria-describedby={problem ? ids.problem : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={ids.problem} role="alert" className="field-error">
          {problem}
          {problemAction && <> {problemAction}</>}
        </p>
      )}
    </div>
  );
}
