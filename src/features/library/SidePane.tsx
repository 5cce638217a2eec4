// The pane left of the editor, as tabs: the workspace's schema, the run history, saved queries and the example
// gallery. Every panel stays mounted while hidden, so a filter typed or a list scrolled is still there on return.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { SchemaPane } from '../editor/SchemaPane';
import { GalleryPanel } from './GalleryPanel';
import { HistoryPanel } from './HistoryPanel';
import { SaveQueryDialog } from './SaveQueryDialog';
import { SavedQueriesPanel } from './SavedQueriesPanel';
import { useRecordRunHistory } from './useRecordRunHistory';
import './library.css';

const PANES = [
  { id: 'schema', label: 'Schema', Panel: SchemaPane },
  { id: 'history', label: 'History', Panel: HistoryPanel },
  { id: 'saved', label: 'Saved', Panel: SavedQueriesPanel },
  { id: 'examples', label: 'Examples', Panel: GalleryPanel },
] as const;

export function SidePane() {
  useRecordRunHistory();
  const idPrefix = useId();
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const tabId = (index: number) => `${idPrefix}-tab-${index}`;
  const panelId = (index: number) => `${idPrefix}-panel-${index}`;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = PANES.length - 1;
    const next =
      event.key === 'ArrowRight' ? (active + 1) % PANES.length
      : event.key === 'ArrowLeft' ? (active + last) % PANES.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(next))}`)?.focus();
  };

  return (
    <div className="side-pane">
      <div ref={listRef} role="tablist" aria-label="Side pane" className="side-pane-tabs" onKeyDown={onKeyDown}>
        {PANES.map((pane, index) => (
          <button
            key={pane.id}
            id={tabId(index)}
            type="button"
            role="tab"
            aria-selected={index === active}
            aria-controls={panelId(index)}
            tabIndex={index === active ? 0 : -1}
            className="side-pane-tab"
            onClick={() => setActive(index)}
          >
            {pane.label}
          </button>
        ))}
      </div>
      {PANES.map(({ id, Panel }, index) => (
        <div key={id} role="tabpanel" id={panelId(index)} aria-labelledby={tabId(index)} hidden={index !== active} className="side-pane-panel">
          <Panel />
        </div>
      ))}
      <SaveQueryDialog />
    </div>
  );
}
