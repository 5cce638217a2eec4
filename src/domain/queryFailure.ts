// A failed query or sign-in step, in the console's own terms: what the troubleshooting rules classify.
// The wire format stays in src/api; this keeps what a diagnosis needs (status, codes, the innermost cause, headers).

/**
 * - `service`: the service answered with an error status and body
 * - `network`: no HTTP answer could be read (offline, DNS, CORS, connection reset)
 * - `timeout`: the console's own deadline passed (a little after the server's `Prefer: wait`)
 * - `auth`: no token could be obtained (MSAL or the demo sign-in failed)
 * - `blocked-host`: the console refused to send a token to a host outside the allow-list
 * - `malformed-response`: the answer was not the documented shape (or was cut off)
 * - `configuration`: something the console needs is not set (client id, workspace...)
 */
export type QueryFailureKind = 'service' | 'network' | 'timeout' | 'auth' | 'blocked-host' | 'malformed-response' | 'configuration';

export interface QueryFailure {
  kind: QueryFailureKind;
  /** HTTP status, or null when there was no HTTP answer. */
  status: number | null;
  code: string;
  message: string;
  /** The deepest inner error, e.g. SYN0002 under BadArgumentError → SyntaxError. */
  innermostCode: string | null;
  innermostMessage: string | null;
  correlationId: string | null;
  /** A syntax error's place as the service reports it: 1-based line, 0-based offset within the line. */
  position?: { line: number; pos: number; token: string };
  retryAfterSeconds?: number;
  wwwAuthenticate?: string;
}

export function failure(kind: QueryFailureKind, code: string, message: string, extra: Partial<QueryFailure> = {}): QueryFailure {
  return { kind, status: null, code, message, innermostCode: null, innermostMessage: null, correlationId: null, ...extra };
}
