// Log Analytics error bodies. Top-level key order is the recorded one: message, code, correlationId, innererror.
import { DEMO_TENANT_ID } from '../../config.ts';
import type { QueryError } from '../../engine/api.ts';
import { newGuid } from '../crypto/ids.ts';
import type { TokenProblem } from '../auth/bearer.ts';

export interface ApiError {
  status: number;
  body: { error: Record<string, unknown> };
  headers?: Record<string, string>;
}

function apiError(status: number, message: string, code: string, innererror?: Record<string, unknown>, headers?: Record<string, string>): ApiError {
  const error: Record<string, unknown> = { message, code, correlationId: newGuid() };
  if (innererror !== undefined) error['innererror'] = innererror;
  return headers === undefined ? { status, body: { error } } : { status, body: { error }, headers };
}

const INVALID_PROPERTIES = 'The request had some invalid properties';

export function queryError(error: QueryError): ApiError {
  switch (error.kind) {
    case 'syntax':
      return apiError(400, INVALID_PROPERTIES, 'BadArgumentError', {
        code: 'SyntaxError',
        message: 'A recognition error occurred in the query.',
        innererror: { code: error.code, message: error.message, line: error.line, pos: error.pos, token: error.token },
      });
    case 'semantic':
      return apiError(400, INVALID_PROPERTIES, 'BadArgumentError', {
        code: 'SemanticError',
        message: 'A semantic error occurred.',
        innererror: { code: error.code, message: error.message },
      });
    case 'unsupported':
      // EMU0001 is the emulator's own code: the query is valid KQL that the emulated engine does not execute.
      return apiError(400, INVALID_PROPERTIES, 'BadArgumentError', {
        code: 'SemanticError',
        message: 'A semantic error occurred.',
        innererror: { code: 'EMU0001', message: error.message },
      });
    case 'runtime':
      // EMU0002 is the emulator's own code for a failure while executing; the real service's code for these varies.
      return apiError(400, INVALID_PROPERTIES, 'BadArgumentError', {
        code: 'QueryExecutionError',
        message: 'An error occurred while executing the query.',
        innererror: { code: 'EMU0002', message: error.message },
      });
  }
}

/** A request the emulator understands but does not emulate (e.g. a cross-workspace query). */
export function notEmulated(what: string): ApiError {
  return queryError({ kind: 'unsupported', construct: what, message: `The emulator does not support ${what}.` });
}

/** A POST whose JSON body does not parse. The shape follows the documented batch error (QueryValidationError). */
export function invalidJsonBody(parserMessage: string): ApiError {
  return apiError(400, INVALID_PROPERTIES, 'BadArgumentError', {
    code: 'QueryValidationError',
    message: 'Failed parsing the query',
    details: [{ code: 'InvalidJsonBody', message: parserMessage, target: null }],
  });
}

/** A body without a query, or an unusable timespan. Inner codes are the emulator's (UNCERTAIN: not recorded). */
export function invalidArgument(innerCode: string, message: string, target: string): ApiError {
  return apiError(400, INVALID_PROPERTIES, 'BadArgumentError', {
    code: 'QueryValidationError',
    message: 'Failed parsing the query',
    details: [{ code: innerCode, message, target }],
  });
}

// The authentication and authorization errors follow the reference's recommended mapping (UNCERTAIN: the real
// direct-API 401 body and the inner codes of InvalidTokenError were never recorded).
function authorizationRequired(): ApiError {
  return apiError(401, 'Valid authentication was not provided', 'AuthorizationRequiredError', undefined, {
    'WWW-Authenticate': `Bearer authorization_uri="https://login.microsoftonline.com/${DEMO_TENANT_ID}", error="invalid_token", error_description="The access token is missing or invalid."`,
  });
}

const TOKEN_PROBLEMS: Record<Exclude<TokenProblem, 'missing'>, { code: string; message: string }> = {
  malformed: { code: 'MalformedToken', message: 'The authentication token could not be parsed.' },
  'bad-signature': { code: 'SignatureVerificationFailed', message: 'Could not validate the request' },
  expired: { code: 'TokenExpired', message: 'The provided authentication token has expired.' },
  'not-yet-valid': { code: 'TokenNotYetValid', message: 'The provided authentication token is not valid yet.' },
  'wrong-audience': { code: 'InvalidAudience', message: 'The audience of the provided authentication token is not valid for this resource.' },
};

export function tokenRejected(problem: TokenProblem): ApiError {
  if (problem === 'missing') return authorizationRequired();
  return apiError(403, 'The provided authentication is not valid for this resource', 'InvalidTokenError', TOKEN_PROBLEMS[problem]);
}

export function insufficientAccess(): ApiError {
  return apiError(403, 'The provided credentials have insufficient access to perform the requested operation', 'InsufficientAccessError');
}

// UNCERTAIN: widely reported for a well-formed but unknown workspace GUID; no primary source for the message.
export function workspaceNotFound(workspaceId: string): ApiError {
  return apiError(404, `The workspace ${workspaceId} could not be found`, 'WorkspaceNotFoundError');
}

export function pathNotFound(): ApiError {
  return apiError(404, 'The requested path does not exist', 'PathNotFoundError');
}

export function gatewayTimeout(): ApiError {
  return apiError(504, 'Gateway timeout', 'GatewayTimeout', { code: 'GatewayTimeout', message: 'Kusto query timed out' });
}

// UNCERTAIN: the 429 body was never recorded; third-party code expects ThrottledError.
export function throttled(retryAfterSeconds: number, reason: string): ApiError {
  return apiError(429, 'The request was throttled', 'ThrottledError', { code: 'ThrottledError', message: reason }, { 'Retry-After': String(retryAfterSeconds) });
}
