// The query tabs above the editor, as an ARIA tablist (automatic activation: arrows, Home and End select; F2 or a
// double-click renames; Delete closes). A tablist may own only tabs, so each tab's close button and its rename box
// sit outside it, placed beside their tab by CSS order (the tablist is `display: contents`).
import { useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { ActionButton } from '../../app/ActionButton';
import { useConsole, useServices } from '../../app/ServicesContext';
import { useActionContext } from '../../app/useActionContext';
import { selectActiveTabId, selectTabs } from '../../state/selectors';
import { TabNotes } from './TabNotes';
import { TabRenameBox } from './TabRenameBox';
import './tabs.css';

export const QUERY_TAB_PANEL_ID = 'query-tab-panel';

export function queryTabElementId(tabId: string): string {
  return `query-tab-${tabId}`;
}

export function QueryTabs() {
  const { store } = useServices();
  const { services } = useActionContext();
  const tabs = useConsole(selectTabs);
  const activeTabId = useConsole(selectActiveTabId);
  const [renaming, setRenaming] = useState<string | null>(null);
  const strip = useRef<HTMLDivElement>(null);

  const focusTab = (id: string) => strip.current?.querySelector<HTMLElement>(`#${CSS.escape(queryTabElementId(id))}`)?.focus();
  const select = (id: string) => {
    store.getState().switchTab(id);
    focusTab(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === activeTabId);
    const target =
      event.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length]
      : event.key === 'ArrowLeft' ? tabs[(index - 1 + tabs.length) % tabs.length]
      : event.key === 'Home' ? tabs[0]
      : event.key === 'End' ? tabs.at(-1)
      : undefined;
    if (target) {
      event.preventDefault();
      select(target.id);
    } else if (event.key === 'F2') {
      event.preventDefault();
      setRenaming(activeTabId);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      services.closeQueryTab(activeTabId);
      requestAnimationFrame(() => focusTab(store.getState().activeTabId));
    }
  };

  const finishRename = (id: string) => {
    setRenaming(null);
    requestAnimationFrame(() => focusTab(id));
  };

  return (
    <div className="query-tabs-bar">
      <div className="query-tabs-strip" ref={strip}>
        <div role="tablist" aria-label="Query tabs" className="query-tabs-list" onKeyDown={onKeyDown}>
          {tabs.map((tab, index) =>
            renaming === tab.id ? null : (
              <button
                key={tab.id}
                id={queryTabElementId(tab.id)}
                type="button"
                role="tab"
                aria-selected={tab.id === activeTabId}
                aria-controls={QUERY_TAB_PANEL_ID}
                tabIndex={tab.id === activeTabId ? 0 : -1}
                className="query-tab"
                style={orderOf(index, 0)}
                title="Double-click or press F2 to rename"
                onClick={() => store.getState().switchTab(tab.id)}
                onDoubleClick={() => setRenaming(tab.id)}
              >
                <bdi>{tab.name}</bdi>
              </button>
            ),
          )}
        </div>
        {tabs.map((tab, index) =>
          renaming === tab.id ? (
            <TabRenameBox
              key={`rename-${tab.id}`}
              name={tab.name}
              style={orderOf(index, 0)}
              onDone={(name) => {
                if (name !== null) store.getState().renameTab(tab.id, name);
                finishRename(tab.id);
              }}
            />
          ) : (
            <button
              key={`close-${tab.id}`}
              type="button"
              className={`query-tab-close${tab.id === activeTabId ? ' active' : ''}`}
              aria-label={`Close ${tab.name}`}
              title={`Close ${tab.name}`}
              tabIndex={-1}
              style={orderOf(index, 1)}
              onClick={() => {
                services.closeQueryTab(tab.id);
                requestAnimationFrame(() => focusTab(store.getState().activeTabId));
              }}
            >
              ×
            </button>
          ),
        )}
      </div>
      <div className="query-tabs-actions">
        <ActionButton action="newTab" className="query-tabs-new">
          +
        </ActionButton>
        <ActionButton action="reopenClosedTab">Reopen closed tab</ActionButton>
        <ActionButton action="copyShareLink">Copy link</ActionButton>
      </div>
      <TabNotes />
    </div>
  );
}

/** Tab i and what goes with it (its close button, or its rename box in its place) stay together in the strip. */
function orderOf(index: number, part: 0 | 1): CSSProperties {
  return { order: index * 2 + part };
}
