// The code a sign-in window showed, typed by the analyst: Entra ID shows errors such as AADSTS50011 only on its own
// page, which the console cannot read.
import { useId, useState, type FormEvent } from 'react';

/** The number in "AADSTS50011", "aadsts 50011" or "50011"; null for anything else. */
export function parseAadstsCode(text: string): number | null {
  const digits = /^\s*(?:AADSTS\s*)?(\d{4,9})\s*:?\s*$/i.exec(text)?.[1];
  return digits === undefined ? null : Number(digits);
}

export function SignInFailureCode({ onCode }: { onCode(code: number): void }) {
  const inputId = useId();
  const problemId = useId();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = parseAadstsCode(text);
    setInvalid(code === null);
    if (code !== null) onCode(code);
  };

  return (
    <form className="sign-in-failure-code" aria-label="Error code from the sign-in window" onSubmit={submit}>
      <label htmlFor={inputId}>Error code shown in the sign-in window</label>
      <div className="sign-in-failure-code-row">
        <input
          id={inputId}
          type="text"
          value={text}
          placeholder="AADSTS50011"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={invalid ? problemId : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">Explain the code</button>
      </div>
      {invalid && (
        <p id={problemId} className="field-error">
          Enter the code as the sign-in window shows it, for example AADSTS50011.
        </p>
      )}
    </form>
  );
}
