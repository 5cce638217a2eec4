// The editor while Monaco loads (or if it cannot): a plain text area on the same store text, so an analyst can type
// and run at once. It installs the same EditorHandle as the Monaco editor, minus error markers.
import { useEffect, type RefObject } from 'react';
import { useConsole, useServices } from '../../app/ServicesContext';
import { selectQueryText } from '../../state/selectors';
import { findWholeWord } from '../../domain/kql/findWholeWord';
import { offsetOfPosition } from '../../domain/kql/textRange';
import { runnableRegion } from './runnableRegion';

export const QUERY_EDITOR_LABEL = 'Query editor';

/** `areaRef` belongs to the parent, which reads the caret and focus from it when Monaco takes over. */
export function PlainQueryEditor({ areaRef }: { areaRef: RefObject<HTMLTextAreaElement | null> }) {
  const services = useServices();
  const text = useConsole(selectQueryText);

  useEffect(() => {
    const selection = () => ({ start: areaRef.current?.selectionStart ?? 0, end: areaRef.current?.selectionEnd ?? 0 });
    services.setEditor({
      runnableText: () => runnableRegion(services.store.getState().queryText, selection()),
      // Server errors still show in the results panel; a text area has no way to underline them.
      markServerError: () => {},
      focus: () => areaRef.current?.focus(),
      insertText: (inserted) => {
        const area = areaRef.current;
        if (!area) return;
        area.setRangeText(inserted, area.selectionStart, area.selectionEnd, 'end');
        services.store.getState().setQueryText(area.value);
      },
      goTo: (position) => {
        const area = areaRef.current;
        if (!area) return;
        const offset = offsetOfPosition(area.value, position);
        area.focus();
        area.setSelectionRange(offset, offset);
      },
      replaceWord: (text, replacement, from) => {
        const area = areaRef.current;
        if (!area) return false;
        const start = findWholeWord(area.value, text, offsetOfPosition(area.value, from));
        if (start === -1) return false;
        area.setRangeText(replacement, start, start + text.length, 'end');
        services.store.getState().setQueryText(area.value);
        area.focus();
        return true;
      },
    });
    return () => services.setEditor(null);
  }, [services, areaRef]);

  return (
    <textarea
      ref={areaRef}
      className="query-editor-plain"
      aria-label={QUERY_EDITOR_LABEL}
      value={text}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      onChange={(event) => services.store.getState().setQueryText(event.target.value)}
    />
  );
}
