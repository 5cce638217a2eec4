import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { failure } from '../../../domain/queryFailure';
import type { Schema } from '../../../domain/schema/model';
import { SchemaStatus } from './SchemaStatus';

const WS = 'b5a3e4c2-0000-4000-8000-0000000d3001';
const schema: Schema = {
  tables: [{ name: 'SigninLogs', description: null, columns: [] }],
  functions: [
    { name: 'a', parameters: [], body: '', description: null },
    { name: 'b', parameters: [], body: '', description: null },
  ],
};
const forbidden = failure('service', 'InsufficientAccessError', 'The provided credentials have insufficient access', { status: 403 });

describe('SchemaStatus', () => {
  it('says what to do before there is a workspace, and that it is loading', () => {
    expect(renderToStaticMarkup(<SchemaStatus state={{ status: 'idle' }} />)).toBe(
      '<p role="status" class="schema-status">Sign in and choose a workspace to see its tables.</p>',
    );
    expect(renderToStaticMarkup(<SchemaStatus state={{ status: 'loading', workspaceId: WS, previous: null }} />)).toBe(
      '<p role="status" class="schema-status">Loading schema…</p>',
    );
  });

  it('counts what loaded', () => {
    expect(renderToStaticMarkup(<SchemaStatus state={{ status: 'loaded', workspaceId: WS, schema }} />)).toBe(
      '<p role="status" class="schema-status">Loaded 1 table and 2 functions.</p>',
    );
  });

  it('names the status, code and message of a failure, and what still works', () => {
    expect(renderToStaticMarkup(<SchemaStatus state={{ status: 'failed', workspaceId: WS, failure: forbidden, previous: null }} />)).toBe(
      '<p role="status" class="schema-status failure">Schema failed to load (HTTP 403, InsufficientAccessError): ' +
        'The provided credentials have insufficient access. The editor works without it, but does not complete table and column names.</p>',
    );
    const offline = failure('network', 'NetworkError', 'No readable answer from api.loganalytics.io: TypeError: Failed to fetch.');
    expect(renderToStaticMarkup(<SchemaStatus state={{ status: 'failed', workspaceId: WS, failure: offline, previous: schema }} />)).toBe(
      '<p role="status" class="schema-status failure">Schema failed to load (NetworkError): ' +
        'No readable answer from api.loganalytics.io: TypeError: Failed to fetch. Showing the schema loaded before.</p>',
    );
  });
});
