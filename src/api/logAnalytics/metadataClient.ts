// The typed client for GET /v1/workspaces/{id}/metadata (log-analytics-api.md §5.1): the workspace's tables, columns
// and stored functions for IntelliSense and the schema pane. Like the query client it refuses a host outside the
// allow-list before a token is even requested, turns every failure into a QueryFailure, and lets only the caller's
// own abort propagate as an exception.
import { failure, type QueryFailure } from '../../domain/queryFailure';
import { schemaFromMetadata } from '../../domain/schema/fromMetadata';
import type { Schema } from '../../domain/schema/model';
import { EMPTY_SCHEMA } from '../../domain/schema/model';
import { readServiceError } from './serviceError';
import { hostOf, describeError } from '../requestText';

export interface MetadataRequest {
  /** Base URL of the query API. */
  endpoint: string;
  workspaceId: string;
  /** Asked only once the URL has passed the allow-list. */
  getToken(): Promise<string>;
  isTokenUrlAllowed(url: string): boolean;
  signal: AbortSignal;
  fetchFn?: typeof fetch;
}

export type MetadataResponse = { kind: 'schema'; schema: Schema } | { kind: 'failed'; failure: QueryFailure };

/** Large workspaces answer in seconds; past this the pane reports a timeout instead of spinning forever. */
export const METADATA_DEADLINE_SECONDS = 60;

export function metadataUrl(endpoint: string, workspaceId: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/workspaces/${encodeURIComponent(workspaceId)}/metadata`;
}

export async function fetchWorkspaceMetadata(request: MetadataRequest): Promise<MetadataResponse> {
  const { fetchFn = fetch } = request;
  const url = metadataUrl(request.endpoint, request.workspaceId);
  if (!request.isTokenUrlAllowed(url)) {
    return failed(failure('blocked-host', 'TokenHostNotAllowed', `The console does not send tokens to ${hostOf(url)}: it is not one of the selected cloud's hosts.`));
  }

  let token: string;
  try {
    token = await request.getToken();
  } catch (error) {
    request.signal.throwIfAborted();
    return failed(failure('auth', authErrorCode(error), `No Log Analytics token could be obtained: ${describeError(error)}`));
  }

  const deadline = AbortSignal.timeout(METADATA_DEADLINE_SECONDS * 1000);
  try {
    const response = await fetchFn(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      signal: AbortSignal.any([request.signal, deadline]),
    });
    if (response.status === 204) return { kind: 'schema', schema: EMPTY_SCHEMA };
    const text = await response.text();
    if (!response.ok) return failed(readServiceError(response.status, response.headers, text));
    return readSchema(text, response.status);
  } catch (error) {
    if (request.signal.aborted) throw error;
    if (deadline.aborted) {
      return failed(failure('timeout', 'ClientTimeout', `No complete metadata answer from ${hostOf(url)} within ${METADATA_DEADLINE_SECONDS} s.`));
    }
    return failed(failure('network', 'NetworkError', `No readable answer from ${hostOf(url)}: ${describeError(error)}`));
  }
}

function readSchema(text: string, status: number): MetadataResponse {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return failed(failure('malformed-response', 'MalformedResponse', 'The metadata answer is not JSON.', { status }));
  }
  const read = schemaFromMetadata(body);
  return read.ok ? { kind: 'schema', schema: read.schema } : failed(failure('malformed-response', 'MalformedResponse', read.message, { status }));
}

function failed(reason: QueryFailure): MetadataResponse {
  return { kind: 'failed', failure: reason };
}

/** MSAL errors carry a stable `errorCode` (their message is only a docs link in v5). */
function authErrorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'string' && error.errorCode !== '') {
    return error.errorCode;
  }
  return 'TokenUnavailable';
}
