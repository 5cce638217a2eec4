// A small typed client for POST /v1/workspaces/{id}/query (reference/log-analytics-api.md §1). It never lets a token
// leave for a host outside the cloud's allow-list, and turns every answer into a QueryOutcome instead of throwing;
// only an abort (the caller's own decision) propagates as an exception.
import { isBearerTokenUrlAllowed, type CloudDefinition } from '../../domain/clouds';
import type { CellValue, ColumnType, QueryFailure, QueryOutcome, QueryResultTable } from '../../domain/queryResult';
import type { WireErrorInfo, WireQueryResults, WireTable } from './wireTypes';

export interface QueryWorkspaceRequest {
  cloud: CloudDefinition;
  /** Base URL of the query API; the cloud's own endpoint unless an alias host is wanted. */
  endpoint?: string;
  workspaceId: string;
  query: string;
  /** ISO 8601 duration or interval; omitted means the query's own time filters alone apply. */
  timespan?: string;
  token: string;
  signal?: AbortSignal;
  /** Server-side time limit (Prefer: wait=N); the service caps it at 600. */
  serverTimeoutSeconds?: number;
  fetchFn?: typeof fetch;
}

const DEFAULT_SERVER_TIMEOUT_SECONDS = 180;
const COLUMN_TYPES: readonly string[] = ['bool', 'datetime', 'dynamic', 'int', 'long', 'real', 'string', 'guid', 'decimal', 'timespan'];

export function queryUrl(endpoint: string, workspaceId: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/workspaces/${encodeURIComponent(workspaceId)}/query`;
}

export async function queryWorkspace(request: QueryWorkspaceRequest): Promise<QueryOutcome> {
  const { cloud, workspaceId, query, timespan, token, signal, fetchFn = fetch } = request;
  const url = queryUrl(request.endpoint ?? cloud.logAnalytics.endpoint, workspaceId);
  if (!isBearerTokenUrlAllowed(cloud, url)) {
    return failed({
      kind: 'blocked-host',
      code: 'TokenHostNotAllowed',
      message: `The console does not send ${cloud.displayName} tokens to ${hostOf(url)}; allowed hosts: ${cloud.bearerTokenHosts.join(', ')}.`,
    });
  }

  let response: Response;
  try {
    response = await fetchFn(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        Prefer: `wait=${request.serverTimeoutSeconds ?? DEFAULT_SERVER_TIMEOUT_SECONDS},include-statistics=true`,
      },
      body: JSON.stringify(timespan === undefined ? { query } : { query, timespan }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    return failed({ kind: 'network', code: 'NetworkError', message: `No response from ${hostOf(url)}: ${String(error)}` });
  }

  if (response.status === 204) return { status: 'empty-workspace' };
  const body = await readJson(response);
  if (!response.ok) return failed(serviceFailure(response.status, body));
  if (!isQueryResults(body)) {
    return failed({
      kind: 'malformed-response',
      status: response.status,
      code: 'MalformedResponse',
      message: 'The response is not a Log Analytics query result (no tables).',
    });
  }
  return {
    status: 'completed',
    tables: body.tables.map(toResultTable),
    partialError: body.error ? serviceFailure(response.status, { error: body.error }) : null,
  };
}

function failed(failure: Partial<QueryFailure> & Pick<QueryFailure, 'kind' | 'code' | 'message'>): QueryOutcome {
  return { status: 'failed', failure: { status: null, innermostCode: null, correlationId: null, ...failure } };
}

function serviceFailure(status: number, body: unknown): QueryFailure {
  const error = isRecord(body) && isRecord(body.error) ? (body.error as WireErrorInfo) : undefined;
  const innermost = error ? innermostError(error) : undefined;
  return {
    kind: 'service',
    status,
    code: stringOr(error?.code, `HTTP${status}`),
    message: stringOr(error?.message, `The service answered HTTP ${status} without an error body.`),
    innermostCode: innermost && innermost !== error ? stringOr(innermost.code, null) : null,
    correlationId: stringOr(error?.correlationId, null),
  };
}

/** Follows `innererror`, or the first of `details` (partial errors nest there), down to the last level. */
function innermostError(error: WireErrorInfo): WireErrorInfo {
  let current = error;
  for (;;) {
    const next = isRecord(current.innererror) ? current.innererror : Array.isArray(current.details) ? current.details[0] : undefined;
    if (!isRecord(next)) return current;
    current = next;
  }
}

function toResultTable(table: WireTable): QueryResultTable {
  return {
    name: table.name,
    columns: table.columns.map((column) => ({ name: column.name, type: toColumnType(column.type) })),
    rows: table.rows.map((row) => row.map(toCellValue)),
  };
}

// An unknown type is shown as text rather than rejected, so a new service type never hides a whole result.
function toColumnType(type: string): ColumnType {
  return COLUMN_TYPES.includes(type) ? (type as ColumnType) : 'string';
}

function toCellValue(value: unknown): CellValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function isQueryResults(body: unknown): body is WireQueryResults {
  return isRecord(body) && Array.isArray(body.tables) && body.tables.every(isWireTable);
}

function isWireTable(table: unknown): table is WireTable {
  return (
    isRecord(table) &&
    typeof table.name === 'string' &&
    Array.isArray(table.columns) &&
    table.columns.every((column) => isRecord(column) && typeof column.name === 'string' && typeof column.type === 'string') &&
    Array.isArray(table.rows) &&
    table.rows.every(Array.isArray)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr<T>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

// Both come from the caller's own signal (abort() or AbortSignal.timeout()), so the caller handles them.
function isAbort(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
