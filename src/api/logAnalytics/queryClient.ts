// The typed client for POST /v1/workspaces/{id}/query (reference/log-analytics-api.md §1). A successful body is
// handed on as raw bytes while it downloads, so the results worker can turn it into text meanwhile (DESIGN §5);
// every failure, including one in the middle of the body, becomes a typed QueryFailure. Only the caller's own abort
// propagates as an exception.
import { failure, type QueryFailure } from '../../domain/queryFailure';
import { readServiceError } from './serviceError';
import { formatBytes } from '../../domain/formatBytes';
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
  /** Receives a successful answer's body, chunk by chunk, as it arrives. A failed answer's body is not passed on. */
  onBodyChunk(chunk: Uint8Array): void;
  fetchFn?: typeof fetch;
}

export type QueryResponse =
  /** The body went to onBodyChunk, all of it. */
  | { kind: 'results'; receivedBytes: number }
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
  // Set once a successful answer's body starts: a failure after that point cut the answer off.
  let body: { readonly status: number; receivedBytes: number } | null = null;
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
    if (!response.ok) return { kind: 'failed', failure: readServiceError(response.status, response.headers, await response.text()) };
    body = { status: response.status, receivedBytes: 0 };
    await streamBody(response, body, request.onBodyChunk);
    return { kind: 'results', receivedBytes: body.receivedBytes };
  } catch (error) {
    if (request.signal.aborted) throw error;
    if (body) {
      const cause = deadline.aborted ? `the console's deadline of ${request.serverWaitSeconds + CLIENT_DEADLINE_MARGIN_SECONDS} s passed` : describeError(error);
      return {
        kind: 'failed',
        failure: failure('network', 'AnswerCutOff', `The answer from ${hostOf(url)} broke off after ${formatBytes(body.receivedBytes)}: ${cause}.`, { status: body.status }),
      };
    }
    if (deadline.aborted) {
      return {
        kind: 'failed',
        failure: failure('timeout', 'ClientTimeout', `No complete answer from ${hostOf(url)} within ${request.serverWaitSeconds + CLIENT_DEADLINE_MARGIN_SECONDS} s.`),
      };
    }
    return { kind: 'failed', failure: failure('network', 'NetworkError', `No readable answer from ${hostOf(url)}: ${describeError(error)}`) };
  }
}

async function streamBody(response: Response, body: { receivedBytes: number }, onBodyChunk: (chunk: Uint8Array) => void): Promise<void> {
  if (!response.body) return;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    body.receivedBytes += read.value.byteLength;
    onBodyChunk(read.value);
  }
}

/** For callers that read a small answer whole: collects the chunks as text. */
export function bodyText(): { onBodyChunk: (chunk: Uint8Array) => void; text: () => string } {
  const decoder = new TextDecoder();
  let text = '';
  return {
    onBodyChunk: (chunk) => {
      text += decoder.decode(chunk, { stream: true });
    },
    text: () => (text += decoder.decode()),
  };
}
