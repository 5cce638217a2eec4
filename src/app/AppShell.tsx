// The console's layout: header (connection, workspace, settings), the editor with its schema pane and toolbar,
// then the results. Feature components read the store and services themselves; the shell only places them.
import { useEffect } from 'react';
import { ConnectionBar } from '../features/connection/ConnectionBar';
import { QueryEditor } from '../features/editor/QueryEditor';
import { SchemaPane } from '../features/editor/SchemaPane';
import { ResultsPanel } from '../features/results/ResultsPanel';
import { RunToolbar } from '../features/run/RunToolbar';
import { WorkspacePicker } from '../features/workspace/WorkspacePicker';
import { selectTheme } from '../state/selectors';
import { useConsole } from './ServicesContext';
import { useGlobalShortcuts } from './useGlobalShortcuts';

export function AppShell() {
  const theme = useConsole(selectTheme);
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
        <aside className="console-schema" aria-label="Schema">
          <SchemaPane />
        </aside>
        <section className="console-editor" aria-label="Query">
          <RunToolbar />
          <QueryEditor />
        </section>
        <section className="console-results" aria-label="Results">
          <ResultsPanel />
        </section>
      </main>
    </div>
  );
}
