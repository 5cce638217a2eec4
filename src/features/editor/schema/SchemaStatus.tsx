// One line on the schema's state: nothing chosen yet, loading, what loaded, or why it failed (never silent).
import type { SchemaState } from './schemaSource';

export function SchemaStatus({ state }: { state: SchemaState }) {
  return (
    <p role="status" className={`schema-status${state.status === 'failed' ? ' failure' : ''}`}>
      {describe(state)}
    </p>
  );
}

function describe(state: SchemaState): string {
  switch (state.status) {
    case 'idle':
      return 'Sign in and choose a workspace to see its tables.';
    case 'loading':
      return 'Loading schema…';
    case 'loaded': {
      const { tables, functions } = state.schema;
      return `Loaded ${count(tables.length, 'table')}${functions.length > 0 ? ` and ${count(functions.length, 'function')}` : ''}.`;
    }
    case 'failed': {
      const { failure, previous } = state;
      const status = failure.status === null ? '' : `HTTP ${failure.status}, `;
      const consequence = previous
        ? 'Showing the schema loaded before.'
        : 'The editor works without it, but does not complete table and column names.';
      return `Schema failed to load (${status}${failure.code}): ${sentence(failure.message)} ${consequence}`;
    }
  }
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
