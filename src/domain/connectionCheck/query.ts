// Steps 5 and 6, from one tiny real query: the API is reachable when it answers and accepts the token; the workspace
// is readable when the query on it succeeds. A refused token, throttling or a server error stops at the API; no
// access, an unknown workspace or a refused request stops at the workspace.
import { failure, type QueryFailure } from '../queryFailure';
import type { StepVerdict } from './types';

/** Reads no table, so it costs the service nothing and succeeds in any workspace the account may read. */
export const CHECK_QUERY = 'print CheckedAt = now()';
export const CHECK_TIMESPAN = 'PT5M';
/** Prefer: wait for the check query; a service that cannot answer `print` in this long is not usable. */
export const CHECK_SERVER_WAIT_SECONDS = 30;

export type QueryObservation =
  | { kind: 'results'; bodyText: string; durationMs: number }
  /** HTTP 204: the workspace holds no data, which still means it could be read. */
  | { kind: 'empty-workspace'; durationMs: number }
  | { kind: 'failed'; failure: QueryFailure };

/** Codes with which the service refuses the token itself, whatever the workspace. */
const TOKEN_REFUSALS = ['InvalidTokenError', 'AuthorizationRequiredError', 'AuthenticationFailed'];

function isApiFailure(failed: QueryFailure): boolean {
  if (failed.kind !== 'service' || failed.status === null) return true;
  return failed.status === 401 || TOKEN_REFUSALS.includes(failed.code) || failed.status === 429 || failed.status >= 500;
}

/** A 200 whose body is not the documented `{ tables: [...] }` is a malformed answer. */
function malformedBody(bodyText: string): QueryFailure | null {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    body = null;
  }
  const tables = typeof body === 'object' && body !== null ? (body as { tables?: unknown }).tables : undefined;
  return Array.isArray(tables) ? null : failure('malformed-response', 'MalformedResponse', 'The answer to the check query is not the documented JSON of tables.', { status: 200 });
}

function failureOf(observed: QueryObservation): QueryFailure | null {
  switch (observed.kind) {
    case 'failed':
      return observed.failure;
    case 'results':
      return malformedBody(observed.bodyText);
    case 'empty-workspace':
      return null;
  }
}

function failedVerdict(failed: QueryFailure): StepVerdict {
  const status = failed.status === null ? '' : `HTTP ${failed.status} `;
  const code = failed.innermostCode !== null && failed.innermostCode !== failed.code ? `${failed.code} → ${failed.innermostCode}` : failed.code;
  return { status: 'failed', detail: `${status}${code}: ${failed.innermostMessage ?? failed.message}`, failure: { outcome: { kind: 'failed', failure: failed }, simulated: false } };
}

export function checkApiReachable(observed: QueryObservation, host: string): StepVerdict {
  const failed = failureOf(observed);
  if (failed === null) return { status: 'passed', detail: `${host} answered (HTTP ${observed.kind === 'empty-workspace' ? 204 : 200}) and accepted the token.` };
  if (isApiFailure(failed)) return failedVerdict(failed);
  return { status: 'passed', detail: `${host} answered (HTTP ${failed.status ?? ''} ${failed.code}) and accepted the token.` };
}

export function checkWorkspaceReadable(observed: QueryObservation, workspaceId: string): StepVerdict {
  if (observed.kind === 'failed') return failedVerdict(observed.failure);
  const malformed = failureOf(observed);
  if (malformed !== null) return failedVerdict(malformed);
  return observed.kind === 'empty-workspace'
    ? { status: 'passed', detail: `Workspace ${workspaceId} can be read but holds no data: it answered HTTP 204 in ${observed.durationMs} ms.` }
    : { status: 'passed', detail: `Workspace ${workspaceId} answered the check query in ${observed.durationMs} ms.` };
}
