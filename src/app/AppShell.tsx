// The console's layout: header (connection, workspace, settings), the side pane (schema, history, saved queries,
// examples), the query tabs over the editor and its toolbar, then the results. Feature components read the store and services themselves; the shell only places them.
import { useEffect } from 'react';
import { ConnectionBar } from '../features/connection/ConnectionBar';
import { QueryEditor } from '../features/editor/QueryEditor';
import { ResultsPanel } from '../features/results/ResultsPanel';
import { RunToolbar } from '../features/run/RunToolbar';
import { SidePane } from '../features/library/SidePane';
import { QUERY_TAB_PANEL_ID, queryTabElementId, QueryTabs } from '../features/tabs/QueryTabs';
import { WorkspacePicker } from '../features/workspace/WorkspacePicker';
import { selectActiveTabId, selectTheme } from '../state/selectors';
import { useConsole } from './ServicesContext';
import { useGlobalShortcuts } from './useGlobalShortcuts';

export function AppShell() {
  const theme = useConsole(selectTheme);
  const activeTabId = useConsole(selectActiveTabId);
  useGlobalShortcuts();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div className="console">
      <header className="console-header">
        <h1 className="console-title">KQL Console</h1>
        <WorkspacePicker />
        <ConnectionBar />
      </header>
      <main className="console-main">
        <aside className="console-schema" aria-label="Schema, history, saved queries and examples">
          <SidePane />
        </aside>
        <section className="console-editor" aria-label="Query">
          <QueryTabs />
          <div role="tabpanel" id={QUERY_TAB_PANEL_ID} aria-labelledby={queryTabElementId(activeTabId)} className="query-tab-panel">
            <RunToolbar />
            <QueryEditor />
          </div>
        </section>
        <section className="console-results" aria-label="Results">
          <ResultsPanel />
        </section>
      </main>
    </div>
  );
}
