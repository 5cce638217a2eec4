// The query editor: a plain text area at once, swapped for Monaco + monaco-kusto as soon as their chunks have loaded
// (lazily, so the first paint and sign-in never wait for them). The swap keeps the text (both edit the store's
// queryText), the caret and the focus.
import { useEffect, useRef, useState } from 'react';
import type { TextRange } from '../../domain/kql/textRange';
import { loadMonaco, type MonacoModule } from './monaco/loadMonaco';
import { MonacoQueryEditor } from './MonacoQueryEditor';
import { PlainQueryEditor } from './PlainQueryEditor';
import './editor.css';

type EditorLoad =
  | { status: 'loading' }
  | { status: 'ready'; module: MonacoModule; handover: { selection: TextRange; focused: boolean } }
  | { status: 'failed'; reason: string };

export function QueryEditor() {
  const [load, setLoad] = useState<EditorLoad>({ status: 'loading' });
  const area = useRef<HTMLTextAreaElement | null>(null);

  useEffect(() => {
    if (load.status !== 'loading') return;
    let current = true;
    loadMonaco().then(
      (module) => {
        if (!current) return;
        // Read at the last moment before the text area goes away.
        const element = area.current;
        const handover = {
          selection: { start: element?.selectionStart ?? 0, end: element?.selectionEnd ?? 0 },
          focused: element !== null && element === document.activeElement,
        };
        setLoad({ status: 'ready', module, handover });
      },
      (error: unknown) => {
        if (current) setLoad({ status: 'failed', reason: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [load.status]);

  if (load.status === 'ready') return <MonacoQueryEditor module={load.module} handover={load.handover} />;
  return (
    <>
      {load.status === 'failed' && (
        <p className="query-editor-notice" role="alert">
          The KQL editor could not load ({load.reason}); you can still write and run queries here.{' '}
          <button type="button" onClick={() => setLoad({ status: 'loading' })}>
            Try again
          </button>
        </p>
      )}
      <PlainQueryEditor areaRef={area} />
    </>
  );
}
