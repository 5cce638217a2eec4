// Placeholder until the Monaco editor lands: a plain text area with the same handle.
import { useEffect, useRef } from 'react';
import { useConsole, useServices } from '../../app/ServicesContext';
import { selectQueryText } from '../../state/selectors';

export function QueryEditor() {
  const services = useServices();
  const text = useConsole(selectQueryText);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    services.setEditor({
      runnableText: () => ({ text: services.store.getState().queryText, startLine: 1, startColumn: 0 }),
      markServerError: () => {},
      focus: () => area.current?.focus(),
    });
    return () => services.setEditor(null);
  }, [services]);
  return (
    <textarea
      ref={area}
      aria-label="Query"
      value={text}
      onChange={(event) => services.store.getState().setQueryText(event.target.value)}
      rows={10}
    />
  );
}
