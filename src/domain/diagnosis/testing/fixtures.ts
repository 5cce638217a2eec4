// Real-shaped inputs for the diagnosis tests: the service's recorded error bodies (reference §2) and the local
// emulator's, read into a QueryFailure the way the API client reads them (innererror, or the first of details, down
// to the innermost cause), plus a default request context and token claims.
import type { QueryFailure, QueryFailureKind } from '../../queryFailure';
import type { DiagnosisContext, DiagnosisInput, DiagnosisOutcome } from '../types';

export const NOW = Date.UTC(2026, 10, 22, 12, 0, 0);
export const TENANT = '72f988bf-0000-4000-8000-00000000d3e0';
export const OTHER_TENANT = '0e3f5a77-0000-4000-8000-0000000b7e11';
export const CLIENT_ID = '5c2a8f3e-0000-4000-8000-00000000c11e';
export const WORKSPACE = 'b5a3e4c2-0000-4000-8000-0000000d3001';
export const CORRELATION = 'de20cdd3-8085-47e4-ae4e-1d8d56982bea';

/** A failure as the API client reads an error answer: status, code, innermost code and message, headers. */
export function failureFromBody(status: number, body: string, headers: Record<string, string> = {}): QueryFailure {
  const error = (JSON.parse(body) as { error: Record<string, unknown> }).error;
  let innermost = error;
  for (;;) {
    const details = innermost.details;
    const next = innermost.innererror ?? (Array.isArray(details) ? details[0] : undefined);
    if (typeof next !== 'object' || next === null) break;
    innermost = next as Record<string, unknown>;
  }
  const deeper = innermost !== error;
  return {
    kind: 'service',
    status,
    code: String(error.code),
    message: String(error.message),
    innermostCode: deeper ? String(innermost.code) : null,
    innermostMessage: deeper ? String(innermost.message) : null,
    correlationId: typeof error.correlationId === 'string' ? error.correlationId : null,
    ...(typeof innermost.line === 'number' && typeof innermost.pos === 'number'
      ? { position: { line: innermost.line, pos: innermost.pos, token: String(innermost.token ?? '') } }
      : {}),
    ...('Retry-After' in headers ? { retryAfterSeconds: Number(headers['Retry-After']) } : {}),
    ...('WWW-Authenticate' in headers ? { wwwAuthenticate: headers['WWW-Authenticate'] } : {}),
  };
}

export function plainFailure(kind: QueryFailureKind, code: string, message: string, extra: Partial<QueryFailure> = {}): QueryFailure {
  return { kind, status: null, code, message, innermostCode: null, innermostMessage: null, correlationId: null, ...extra };
}

/** Log Analytics bodies, recorded from the real service (reference §2.2–2.4). */
export const RECORDED = {
  syntax: `{"error":{"message":"The request had some invalid properties","code":"BadArgumentError","correlationId":"${CORRELATION}","innererror":{"code":"SyntaxError","message":"A recognition error occurred in the query.","innererror":{"code":"SYN0002","message":"Query could not be parsed at 'invalid' on line [1,11]","line":1,"pos":11,"token":"invalid"}}}}`,
  unknownColumn: `{"error":{"message":"The request had some invalid properties","code":"BadArgumentError","correlationId":"0b48cfb2-81d6-4dd5-a082-714b0f97c369","innererror":{"code":"SemanticError","message":"A semantic error occurred.","innererror":{"code":"SEM0100","message":"'summarize' operator: Failed to resolve table or column expression named 'resource'"}}}}`,
  unknownTable: `{"error":{"message":"The request had some invalid properties","code":"BadArgumentError","correlationId":"6a1b5b30-5c3a-40ad-9a7c-c9c15f28ebc9","innererror":{"code":"SemanticError","message":"A semantic error occurred.","innererror":{"code":"SEM0100","message":"'' operator: Failed to resolve table or column or scalar expression named 'Heartbeats'"}}}}`,
  gatewayTimeout: `{"error":{"message":"Gateway timeout","code":"GatewayTimeout","correlationId":"9a5e967d-dea0-4b41-9bd3-6661ae89984d","innererror":{"code":"GatewayTimeout","message":"Kusto query timed out"}}}`,
  invalidJsonBody: `{"error":{"message":"The request had some invalid properties","code":"BadArgumentError","correlationId":"${CORRELATION}","innererror":{"code":"QueryValidationError","message":"Failed parsing the query","details":[{"code":"InvalidJsonBody","message":"Unexpected end of JSON input","target":null}]}}}`,
};

/** Bodies the local emulator sends (emulator/server/loganalytics/errors.ts and arm/errors.ts). */
export const EMULATOR = {
  authorizationRequired: `{"error":{"message":"Valid authentication was not provided","code":"AuthorizationRequiredError","correlationId":"${CORRELATION}"}}`,
  invalidToken: (code: string, message: string) =>
    `{"error":{"message":"The provided authentication is not valid for this resource","code":"InvalidTokenError","correlationId":"${CORRELATION}","innererror":{"code":"${code}","message":"${message}"}}}`,
  insufficientAccess: `{"error":{"message":"The provided credentials have insufficient access to perform the requested operation","code":"InsufficientAccessError","correlationId":"${CORRELATION}"}}`,
  workspaceNotFound: (id: string) => `{"error":{"message":"The workspace ${id} could not be found","code":"WorkspaceNotFoundError","correlationId":"${CORRELATION}"}}`,
  pathNotFound: `{"error":{"message":"The requested path does not exist","code":"PathNotFoundError","correlationId":"${CORRELATION}"}}`,
  throttled: `{"error":{"message":"The request was throttled","code":"ThrottledError","correlationId":"${CORRELATION}","innererror":{"code":"ThrottledError","message":"The emulator throttle fault is on."}}}`,
  notEmulated: `{"error":{"message":"The request had some invalid properties","code":"BadArgumentError","correlationId":"${CORRELATION}","innererror":{"code":"SemanticError","message":"A semantic error occurred.","innererror":{"code":"EMU0001","message":"The local emulator does not support the 'mv-apply' operator."}}}}`,
  runtime: `{"error":{"message":"The request had some invalid properties","code":"BadArgumentError","correlationId":"${CORRELATION}","innererror":{"code":"QueryExecutionError","message":"An error occurred while executing the query.","innererror":{"code":"EMU0002","message":"todatetime() cannot convert 'soon'."}}}}`,
  armExpired: `{"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time '11/22/2026 11:50:00 AM' is earlier than current UTC time '11/22/2026 12:00:00 PM'."}}`,
  armAudience: `{"error":{"code":"InvalidAuthenticationTokenAudience","message":"The access token has been obtained for wrong audience or resource 'https://api.loganalytics.io'. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'."}}`,
  armInvalid: `{"error":{"code":"InvalidAuthenticationToken","message":"The access token is invalid."}}`,
  armWrongTenant: `{"error":{"code":"InvalidAuthenticationTokenTenant","message":"The access token is from the wrong issuer 'https://sts.windows.net/${OTHER_TENANT}/'. It must match the tenant 'https://sts.windows.net/${TENANT}/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/${TENANT}' to get the token."}}`,
  armAuthorizationFailed: `{"error":{"code":"AuthorizationFailed","message":"The client 'nico@contoso-demo.onmicrosoft.com' with object id '9d3c0000-0000-4000-8000-00000000a11c' does not have authorization to perform action 'Microsoft.OperationalInsights/workspaces/read' over scope '/subscriptions/3f1c0000-0000-4000-8000-0000000005b1' or the scope is invalid. If access was recently granted, please refresh your credentials."}}`,
};

/** The Entra token error description the emulator sends for an AADSTS code (with Entra's trailing trace lines). */
export function aadstsMessage(code: number, text: string): string {
  return `AADSTS${code}: ${text}\r\nTrace ID: 0000aaaa-11bb-cccc-dd33-eeeeee333333\r\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2026-11-22 12:00:00Z`;
}

/** A Log Analytics access token's claims for Riley Reader, valid for 42 more minutes at NOW. */
export function readerClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    aud: 'https://api.loganalytics.io',
    iss: `https://sts.windows.net/${TENANT}/`,
    tid: TENANT,
    exp: NOW / 1000 + 42 * 60,
    nbf: NOW / 1000 - 60,
    scp: 'Data.Read',
    appid: CLIENT_ID,
    oid: '2a7e0000-0000-4000-8000-0000000f00d1',
    name: 'Riley Reader',
    upn: 'riley@contoso-demo.onmicrosoft.com',
    ...overrides,
  };
}

export function context(overrides: Partial<DiagnosisContext> = {}): DiagnosisContext {
  return {
    cloud: 'AzurePublic',
    endpoint: 'https://api.loganalytics.io',
    workspaceId: WORKSPACE,
    timespan: { kind: 'preset', presetId: '24h' },
    window: { start: '2026-11-21T12:00:00.000Z', end: '2026-11-22T12:00:00.000Z' },
    queryText: 'SigninLogs\n| where ResultType != 0\n| take 100',
    connectionMode: 'entra',
    clientId: CLIENT_ID,
    tenantId: TENANT,
    origin: 'https://logs.contoso.com',
    serverWaitSeconds: 180,
    ...overrides,
  };
}

export function input(outcome: DiagnosisOutcome, overrides: Partial<Omit<DiagnosisInput, 'outcome' | 'context'>> & { context?: Partial<DiagnosisContext> } = {}): DiagnosisInput {
  const { context: contextOverrides, ...rest } = overrides;
  return { outcome, claims: readerClaims(), context: context(contextOverrides), now: NOW, navigatorOnline: true, ...rest };
}

export function failed(failure: QueryFailure, overrides: Parameters<typeof input>[1] = {}): DiagnosisInput {
  return input({ kind: 'failed', failure }, overrides);
}
