import { describe, expect, it, vi } from 'vitest';
import type { MetadataRequest, MetadataResponse } from '../../../api/logAnalytics/metadataClient';
import type { Connection } from '../../../auth/connection';
import { failure } from '../../../domain/queryFailure';
import type { Schema } from '../../../domain/schema/model';
import { createSchemaSource, currentSchema } from './schemaSource';

const WS_A = 'b5a3e4c2-0000-4000-8000-0000000d3001';
const WS_B = 'b5a3e4c2-0000-4000-8000-000000001a29';
const schemaA: Schema = { tables: [{ name: 'SigninLogs', description: null, columns: [] }], functions: [] };
const schemaB: Schema = { tables: [{ name: 'AppTraces', description: null, columns: [] }], functions: [] };

function connection(): Connection {
  return {
    identity: { mode: 'demo', name: 'Riley Reader', username: 'riley', tenantId: 't' },
    logAnalyticsEndpoint: 'https://api.loganalytics.io',
    resourceManagerEndpoint: null,
    isTokenUrlAllowed: (url) => url.startsWith('https://api.loganalytics.io/'),
    getToken: async () => 'token-value',
    signOut: async () => {},
  };
}

/** A metadata fetch whose answers the test releases one by one. */
function controlledFetch() {
  const calls: { request: MetadataRequest; answer(response: MetadataResponse): void }[] = [];
  const fetchMetadata = vi.fn(
    (request: MetadataRequest) =>
      new Promise<MetadataResponse>((resolve) => {
        calls.push({ request, answer: resolve });
      }),
  );
  return { fetchMetadata, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSchemaSource', () => {
  it('loads the followed workspace once, with the connection endpoint, token and allow-list', async () => {
    const { fetchMetadata, calls } = controlledFetch();
    const source = createSchemaSource(fetchMetadata);
    const listener = vi.fn();
    source.subscribe(listener);
    const conn = connection();

    source.follow(WS_A, conn);
    source.follow(WS_A, conn);
    expect(fetchMetadata).toHaveBeenCalledOnce();
    expect(source.getSnapshot()).toEqual({ status: 'loading', workspaceId: WS_A, previous: null });
    const request = calls[0]?.request;
    expect(request?.endpoint).toBe('https://api.loganalytics.io');
    expect(request?.workspaceId).toBe(WS_A);
    expect(await request?.getToken()).toBe('token-value');
    expect(request?.isTokenUrlAllowed('https://evil.example/v1')).toBe(false);

    calls[0]?.answer({ kind: 'schema', schema: schemaA });
    await settle();
    expect(source.getSnapshot()).toEqual({ status: 'loaded', workspaceId: WS_A, schema: schemaA });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('aborts the older load when the workspace changes, and ignores its late answer', async () => {
    const { fetchMetadata, calls } = controlledFetch();
    const source = createSchemaSource(fetchMetadata);
    const conn = connection();
    source.follow(WS_A, conn);
    source.follow(WS_B, conn);
    expect(calls[0]?.request.signal.aborted).toBe(true);

    calls[1]?.answer({ kind: 'schema', schema: schemaB });
    calls[0]?.answer({ kind: 'schema', schema: schemaA });
    await settle();
    expect(source.getSnapshot()).toEqual({ status: 'loaded', workspaceId: WS_B, schema: schemaB });
  });

  it('loads again for a new connection to the same workspace (after signing in again)', () => {
    const { fetchMetadata } = controlledFetch();
    const source = createSchemaSource(fetchMetadata);
    source.follow(WS_A, connection());
    source.follow(WS_A, connection());
    expect(fetchMetadata).toHaveBeenCalledTimes(2);
  });

  it('keeps the previous schema visible while refreshing, then replaces it', async () => {
    const { fetchMetadata, calls } = controlledFetch();
    const source = createSchemaSource(fetchMetadata);
    source.follow(WS_A, connection());
    calls[0]?.answer({ kind: 'schema', schema: schemaA });
    await settle();

    source.refresh();
    expect(source.getSnapshot()).toEqual({ status: 'loading', workspaceId: WS_A, previous: schemaA });
    expect(currentSchema(source.getSnapshot())).toBe(schemaA);
    calls[1]?.answer({ kind: 'schema', schema: schemaB });
    await settle();
    expect(currentSchema(source.getSnapshot())).toBe(schemaB);
  });

  it('reports a failed load with its failure, and has no schema then', async () => {
    const { fetchMetadata, calls } = controlledFetch();
    const source = createSchemaSource(fetchMetadata);
    source.follow(WS_A, connection());
    const forbidden = failure('service', 'InsufficientAccessError', 'No access', { status: 403 });
    calls[0]?.answer({ kind: 'failed', failure: forbidden });
    await settle();
    expect(source.getSnapshot()).toEqual({ status: 'failed', workspaceId: WS_A, failure: forbidden, previous: null });
    expect(currentSchema(source.getSnapshot())).toBeNull();
  });

  it('keeps the schema loaded before when a refresh fails', async () => {
    const { fetchMetadata, calls } = controlledFetch();
    const source = createSchemaSource(fetchMetadata);
    source.follow(WS_A, connection());
    calls[0]?.answer({ kind: 'schema', schema: schemaA });
    await settle();
    source.refresh();
    const expired = failure('service', 'InvalidTokenError', 'Expired', { status: 403 });
    calls[1]?.answer({ kind: 'failed', failure: expired });
    await settle();
    expect(source.getSnapshot()).toEqual({ status: 'failed', workspaceId: WS_A, failure: expired, previous: schemaA });
    expect(currentSchema(source.getSnapshot())).toBe(schemaA);

    source.follow(WS_B, connection());
    expect(currentSchema(source.getSnapshot())).toBeNull();
  });

  it('turns an unexpected rejection into a visible failure', async () => {
    const source = createSchemaSource(async () => {
      throw new TypeError('boom');
    });
    source.follow(WS_A, connection());
    await settle();
    expect(source.getSnapshot()).toMatchObject({ status: 'failed', failure: { code: 'UnexpectedError', message: 'Loading the schema failed: TypeError: boom' } });
  });

  it('goes idle without a workspace or a connection, aborting a load in flight', () => {
    const { fetchMetadata, calls } = controlledFetch();
    const source = createSchemaSource(fetchMetadata);
    source.follow(WS_A, connection());
    source.follow(WS_A, null);
    expect(calls[0]?.request.signal.aborted).toBe(true);
    expect(source.getSnapshot()).toEqual({ status: 'idle' });
    source.refresh();
    expect(fetchMetadata).toHaveBeenCalledOnce();
  });
});
