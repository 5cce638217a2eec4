// The schema pane beside the editor: the selected workspace's tables, columns and functions, a filter, the load
// state, "Refresh schema", and the theme toggle. Picking a name inserts it into the query.
import { useMemo, useState } from 'react';
import { useServices } from '../../app/ServicesContext';
import { filterSchema } from '../../domain/schema/filterSchema';
import { currentSchema } from './schema/schemaSource';
import { SchemaStatus } from './schema/SchemaStatus';
import { SchemaTree } from './schema/SchemaTree';
import { useWorkspaceSchema } from './schema/useWorkspaceSchema';
import { ThemeToggle } from './ThemeToggle';
import './editor.css';

export function SchemaPane() {
  const services = useServices();
  const { state, refresh } = useWorkspaceSchema();
  const [filterText, setFilterText] = useState('');
  const schema = currentSchema(state);
  const shown = useMemo(() => (schema ? filterSchema(schema, filterText) : null), [schema, filterText]);

  return (
    <div className="schema-pane">
      <div className="schema-pane-header">
        <h2 className="schema-pane-title">Schema</h2>
        <button type="button" onClick={refresh} disabled={state.status === 'idle' || state.status === 'loading'}>
          Refresh schema
        </button>
        <ThemeToggle />
      </div>
      <SchemaStatus state={state} />
      {schema && (
        <>
          <input
            type="search"
            className="schema-filter"
            aria-label="Filter tables"
            placeholder="Filter tables"
            value={filterText}
            onChange={(event) => setFilterText(event.target.value)}
          />
          {shown && (shown.tables.length > 0 || shown.functions.length > 0) ? (
            <SchemaTree schema={shown} onInsert={(text) => services.editor()?.insertText(text)} />
          ) : (
            <p className="schema-empty">{filterText.trim() === '' ? 'This workspace has no tables.' : `Nothing matches “${filterText.trim()}”.`}</p>
          )}
        </>
      )}
    </div>
  );
}
