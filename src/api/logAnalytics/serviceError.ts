// Reads an error answer of the Log Analytics API: `{error: {message, code, correlationId, innererror: {...}}}`,
// following `innererror` (and `details` for partial errors) down to the innermost cause (reference §2).
import { failure, type QueryFailure } from '../../domain/queryFailure';
import type { WireErrorInfo } from './wireTypes';

export function readServiceError(status: number, headers: Headers, bodyText: string): QueryFailure {
  const retryAfter = Number(headers.get('Retry-After'));
  const extra: Partial<QueryFailure> = {
    status,
    ...(Number.isFinite(retryAfter) && headers.has('Retry-After') ? { retryAfterSeconds: retryAfter } : {}),
    ...(headers.has('WWW-Authenticate') ? { wwwAuthenticate: headers.get('WWW-Authenticate') ?? '' } : {}),
  };
  const error = parseErrorBody(bodyText);
  if (!error) {
    return failure('service', `HTTP${status}`, `The service answered HTTP ${status} without a readable error body.`, extra);
  }
  const innermost = innermostError(error);
  const position =
    typeof innermost.line === 'number' && typeof innermost.pos === 'number'
      ? { line: innermost.line, pos: innermost.pos, token: typeof innermost.token === 'string' ? innermost.token : '' }
      : undefined;
  return failure('service', stringOr(error.code, `HTTP${status}`), stringOr(error.message, `HTTP ${status}`), {
    ...extra,
    innermostCode: innermost === error ? null : stringOr(innermost.code, null),
    innermostMessage: innermost === error ? null : stringOr(innermost.message, null),
    correlationId: stringOr(error.correlationId, null),
    ...(position ? { position } : {}),
  });
}

function parseErrorBody(text: string): WireErrorInfo | null {
  try {
    const body: unknown = JSON.parse(text);
    if (isRecord(body) && isRecord(body.error)) return body.error as WireErrorInfo;
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): reported as "without a readable error body".
  }
  return null;
}

/** Follows `innererror`, or the first of `details`, down to the last level. */
export function innermostError(error: WireErrorInfo): WireErrorInfo {
  let current = error;
  for (;;) {
    const next = isRecord(current.innererror) ? current.innererror : Array.isArray(current.details) ? current.details[0] : undefined;
    if (!isRecord(next)) return current;
    current = next as WireErrorInfo;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr<T extends string | null>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' && value !== '' ? value : fallback;
}
