// The typed client for POST /v1/workspaces/{id}/query (reference/log-analytics-api.md §1). A successful body is
// returned as raw bytes for the results worker to decode off the main thread (DESIGN §5); every failure becomes a
// typed QueryFailure. Only the caller's own abort propagates as an exception.
import { failure, type QueryFailure } from '../../domain/queryFailure';
import { readServiceError } from './serviceError';
import { hostOf, describeError } from '../requestText';

export interface QueryRequest {
  /** Base URL of the query API. */
  endpoint: string;
  workspaceId: string;
  query: string;
  /** ISO 8601 duration or interval; omitted means the query's own time filters alone apply. */
  timespan: string | null;
  token: string;
  /** Refuses the request before a token leaves for a host that is not allow-listed. */
  isTokenUrlAllowed(url: string): boolean;
  /** Server-side time limit (Prefer: wait=N); the service caps it at 600. */
  serverWaitSeconds: number;
  signal: AbortSignal;
  fetchFn?: typeof fetch;
}

export type QueryResponse =
  | { kind: 'results'; body: ArrayBuffer }
  /** HTTP 204: the workspace holds no data at all. */
  | { kind: 'empty-workspace' }
  | { kind: 'failed'; failure: QueryFailure };

/** The console's deadline: the server's wait plus time for the answer to travel. */
export const CLIENT_DEADLINE_MARGIN_SECONDS = 15;

export function queryUrl(endpoint: string, workspaceId: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/workspaces/${encodeURIComponent(workspaceId)}/query`;
}

export async function queryWorkspace(request: QueryRequest): Promise<QueryResponse> {
  const { fetchFn = fetch } = request;
  const url = queryUrl(request.endpoint, request.workspaceId);
  if (!request.isTokenUrlAllowed(url)) {
    return { kind: 'failed', failure: failure('blocked-host', 'TokenHostNotAllowed', `The console does not send tokens to ${hostOf(url)}: it is not one of the selected cloud's hosts.`) };
  }
  const deadline = AbortSignal.timeout((request.serverWaitSeconds + CLIENT_DEADLINE_MARGIN_SECONDS) * 1000);
  const signal = AbortSignal.any([request.signal, deadline]);
  try {
    const response = await fetchFn(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${request.token}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Prefer: `wait=${request.serverWaitSeconds},include-statistics=true,include-render=true`,
      },
      body: JSON.stringify(request.timespan === null ? { query: request.query } : { query: request.query, timespan: request.timespan }),
      signal,
    });
    if (response.status === 204) return { kind: 'empty-workspace' };
    if (response.ok) return { kind: 'results', body: await response.arrayBuffer() };
    return { kind: 'failed', failure: readServiceError(response.status, response.headers, await response.text()) };
  } catch (error) {
    if (request.signal.aborted) throw error;
    if (deadline.aborted) {
      return {
        kind: 'failed',
        failure: failure('timeout', 'ClientTimeout', `No complete answer from ${hostOf(url)} within ${request.serverWaitSeconds + CLIENT_DEADLINE_MARGIN_SECONDS} s.`),
      };
    }
    return { kind: 'failed', failure: failure('network', 'NetworkError', `No readable answer from ${hostOf(url)}: ${describeError(error)}`) };
  }
}
