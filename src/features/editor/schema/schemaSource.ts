// The schema of the selected workspace, loaded from the metadata API when the connection or the workspace changes
// and on "Refresh schema". The schema pane and the editor both read it; one source per console keeps them on the
// same load. A newer load aborts the older one, so a slow answer for the previous workspace never lands.
import { fetchWorkspaceMetadata, type MetadataRequest, type MetadataResponse } from '../../../api/logAnalytics/metadataClient';
import type { Connection } from '../../../auth/connection';
import { failure, type QueryFailure } from '../../../domain/queryFailure';
import type { Schema } from '../../../domain/schema/model';

export type SchemaState =
  | { status: 'idle' }
  /** `previous` is what a refresh replaces: shown meanwhile so the pane does not flash empty. */
  | { status: 'loading'; workspaceId: string; previous: Schema | null }
  | { status: 'loaded'; workspaceId: string; schema: Schema }
  /** A failed refresh keeps what was loaded before in `previous`: still right far more often than nothing. */
  | { status: 'failed'; workspaceId: string; failure: QueryFailure; previous: Schema | null };

export interface SchemaSource {
  getSnapshot(): SchemaState;
  subscribe(listener: () => void): () => void;
  /** Loads the workspace's schema unless this workspace and connection are already loaded or loading. */
  follow(workspaceId: string | null, connection: Connection | null): void;
  /** Loads the current workspace's schema again. */
  refresh(): void;
}

type FetchMetadata = (request: MetadataRequest) => Promise<MetadataResponse>;

export function createSchemaSource(fetchMetadata: FetchMetadata = fetchWorkspaceMetadata): SchemaSource {
  let state: SchemaState = { status: 'idle' };
  let target: { workspaceId: string; connection: Connection } | null = null;
  let inFlight: AbortController | null = null;
  const listeners = new Set<() => void>();

  const set = (next: SchemaState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const load = (previous: Schema | null) => {
    if (!target) return;
    const { workspaceId, connection } = target;
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    const isCurrent = () => inFlight === controller;
    set({ status: 'loading', workspaceId, previous });
    fetchMetadata({
      endpoint: connection.logAnalyticsEndpoint,
      workspaceId,
      getToken: () => connection.getToken('logAnalytics'),
      isTokenUrlAllowed: (url) => connection.isTokenUrlAllowed(url),
      signal: controller.signal,
    }).then(
      (response) => {
        if (!isCurrent()) return;
        inFlight = null;
        set(
          response.kind === 'schema'
            ? { status: 'loaded', workspaceId, schema: response.schema }
            : { status: 'failed', workspaceId, failure: response.failure, previous },
        );
      },
      (error: unknown) => {
        // Only our own abort rejects on purpose; anything else is a defect worth showing rather than hiding.
        if (!isCurrent()) return;
        inFlight = null;
        set({ status: 'failed', workspaceId, failure: failure('network', 'UnexpectedError', `Loading the schema failed: ${String(error)}`), previous });
      },
    );
  };

  return {
    getSnapshot: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    follow: (workspaceId, connection) => {
      if (workspaceId === null || connection === null) {
        target = null;
        inFlight?.abort();
        inFlight = null;
        if (state.status !== 'idle') set({ status: 'idle' });
        return;
      }
      if (target?.workspaceId === workspaceId && target.connection === connection) return;
      target = { workspaceId, connection };
      load(null);
    },
    refresh: () => load(currentSchema(state)),
  };
}

/** The schema shown: the loaded one, or while loading or after a failed refresh, the one loaded before. */
export function currentSchema(state: SchemaState): Schema | null {
  if (state.status === 'loaded') return state.schema;
  if (state.status === 'idle') return null;
  return state.previous;
}
