import { describe, expect, it } from 'vitest';
import { diagnose, RULES } from './diagnose';
import { KEY_PRECEDENCE } from './rule';
import { aadstsMessage, EMULATOR, failed, failureFromBody, input, NOW, plainFailure, RECORDED, readerClaims, WORKSPACE } from './testing/fixtures';
import type { Diagnosis, DiagnosisInput } from './types';

const partialError = {
  code: 'PartialError',
  message: 'There were some errors when processing your query.',
  causes: [{ code: 'EngineError', message: 'Query result set has exceeded the internal record count limit 1 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)' }],
  innermost: { code: 'EngineError', message: 'Query result set has exceeded the internal record count limit 1 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)' },
};

const signIn = (errorCode: string, errorMessage = '') => input({ kind: 'signInFailed', error: { errorCode, errorMessage } }, { claims: null });
const fetchFailed = plainFailure('network', 'NetworkError', 'No readable answer from api.loganalytics.io: TypeError: Failed to fetch');
const rawJsonBody = '{"error":{"message":"upstream connect error","code":"ProxyError"}}';

/** One real-shaped input per diagnosis the engine can reach. */
const CATALOGUE: [string, DiagnosisInput][] = [
  ['401 without claims', failed(failureFromBody(401, EMULATOR.authorizationRequired), { claims: null })],
  ['403 TokenExpired', failed(failureFromBody(403, EMULATOR.invalidToken('TokenExpired', 'The provided authentication token has expired.')))],
  ['403 TokenNotYetValid', failed(failureFromBody(403, EMULATOR.invalidToken('TokenNotYetValid', 'The provided authentication token is not valid yet.')))],
  ['403 InvalidAudience', failed(failureFromBody(403, EMULATOR.invalidToken('InvalidAudience', 'x')), { claims: readerClaims({ aud: 'https://management.azure.com/' }) })],
  ['403 InvalidAudience, US Gov token', failed(failureFromBody(403, EMULATOR.invalidToken('InvalidAudience', 'x')), { claims: readerClaims({ aud: 'https://api.loganalytics.us' }) })],
  ['403 MalformedToken', failed(failureFromBody(403, EMULATOR.invalidToken('MalformedToken', 'The authentication token could not be parsed.')), { context: { connectionMode: 'pastedToken' } })],
  ['403 SignatureVerificationFailed', failed(failureFromBody(403, EMULATOR.invalidToken('SignatureVerificationFailed', 'Could not validate the request')))],
  ['ARM wrong tenant', failed(failureFromBody(401, EMULATOR.armWrongTenant), { context: { service: 'resourceManager', endpoint: 'https://management.azure.com' } })],
  ['401 with sound claims', failed(failureFromBody(401, EMULATOR.authorizationRequired))],
  ['403 InsufficientAccessError', failed(failureFromBody(403, EMULATOR.insufficientAccess))],
  ['403 other tenant', failed(failureFromBody(403, EMULATOR.insufficientAccess), { context: { workspaceTenantId: '0e3f5a77-0000-4000-8000-0000000b7e11' } })],
  ['ARM AuthorizationFailed', failed(failureFromBody(403, EMULATOR.armAuthorizationFailed), { context: { service: 'resourceManager', endpoint: 'https://management.azure.com' } })],
  ['400 SYN0002', failed(failureFromBody(400, RECORDED.syntax), { context: { queryText: 'completely invalid syntax' } })],
  ['400 SEM0100', failed(failureFromBody(400, RECORDED.unknownTable), { context: { queryText: 'Heartbeats' }, schema: { tables: [{ name: 'Heartbeat', columns: ['Computer'] }] } })],
  ['400 EMU0001', failed(failureFromBody(400, EMULATOR.notEmulated), { context: { connectionMode: 'demo', endpoint: 'http://localhost:5180' } })],
  ['400 EMU0002', failed(failureFromBody(400, EMULATOR.runtime))],
  ['400 InvalidJsonBody', failed(failureFromBody(400, RECORDED.invalidJsonBody))],
  ['404 name instead of id', failed(failureFromBody(404, EMULATOR.pathNotFound), { context: { workspaceId: 'contoso-logs' } })],
  ['404 unknown GUID', failed(failureFromBody(404, EMULATOR.workspaceNotFound(WORKSPACE)))],
  ['0 rows', input({ kind: 'noRows' })],
  ['204', input({ kind: 'emptyWorkspace' })],
  ['offline', failed(fetchFailed, { navigatorOnline: false })],
  ['unknown host', failed(fetchFailed, { context: { endpoint: 'https://api.loganalytics.azure.us' } })],
  ['other cloud host', failed(fetchFailed, { context: { endpoint: 'https://api.loganalytics.azure.cn' } })],
  ['unreachable', failed(fetchFailed)],
  ['answer cut off', failed(plainFailure('network', 'AnswerCutOff', 'The answer from api.loganalytics.io broke off after 31 MB: TypeError: network error.', { status: 200 }))],
  ['429', failed(failureFromBody(429, EMULATOR.throttled, { 'Retry-After': '10' }))],
  ['504', failed(failureFromBody(504, RECORDED.gatewayTimeout), { context: { queryText: 'union * | count' } })],
  ['client timeout', failed(plainFailure('timeout', 'ClientTimeout', 'No complete answer from api.loganalytics.io within 195 s.'))],
  ['partial, too large', input({ kind: 'partial', partialError, rowCount: 1 })],
  ['partial, other', input({ kind: 'partial', partialError: { ...partialError, causes: [], innermost: { code: 'EngineError', message: 'E_LOW_MEMORY_CONDITION' } } })],
  ['AADSTS50011', signIn('invalid_request', aadstsMessage(50011, 'The redirect URI does not match.'))],
  ['AADSTS9002326', signIn('invalid_request', aadstsMessage(9002326, 'Cross-origin token redemption is permitted only for SPA.'))],
  ['AADSTS65001', signIn('invalid_grant', aadstsMessage(65001, 'Consent required.'))],
  ['AADSTS700016', signIn('unauthorized_client', aadstsMessage(700016, 'Application not found.'))],
  ['AADSTS90002', signIn('invalid_request', aadstsMessage(90002, 'Tenant not found.'))],
  ['AADSTS50079', signIn('invalid_grant', aadstsMessage(50079, 'Enroll in MFA.'))],
  ['AADSTS53003', signIn('access_denied', aadstsMessage(53003, 'Blocked by Conditional Access.'))],
  ['AADSTS700084', signIn('invalid_grant', aadstsMessage(700084, 'The refresh token has expired.'))],
  ['popup blocked', signIn('popup_window_error')],
  ['interaction required', signIn('interaction_required')],
  ['cancelled', signIn('user_cancelled')],
  ['emulator unreachable', signIn('emulator_unreachable', 'The local emulator does not answer at http://localhost:5180.')],
  ['unknown sign-in error', signIn('state_mismatch')],
  ['missing configuration', failed(plainFailure('configuration', 'MissingConfiguration', 'Not configured.'), { context: { clientId: null } })],
  ['blocked host', failed(plainFailure('blocked-host', 'TokenHostNotAllowed', 'Refused.'), { context: { endpoint: 'https://evil.example.com' } })],
  ['malformed response', failed(plainFailure('malformed-response', 'MalformedResponse', 'The answer could not be read: Unexpected end of JSON input', { status: 200 }))],
  ['502 with a proxy JSON body as its message', failed(plainFailure('service', 'HTTP502', rawJsonBody, { status: 502 }))],
  ['409 unknown', failed(plainFailure('service', 'Conflict', rawJsonBody, { status: 409 }))],
];

function allText(diagnosis: Diagnosis): string[] {
  return [
    diagnosis.title,
    diagnosis.summary,
    diagnosis.likelyCause,
    ...diagnosis.fixSteps,
    ...diagnosis.evidence.flatMap((entry) => [entry.label, entry.value]),
    ...diagnosis.facts.flatMap((fact) => [fact.label, fact.value]),
    ...diagnosis.actions.map((action) => action.label),
    ...diagnosis.docs.map((link) => link.label),
  ];
}

describe('every diagnosis', () => {
  const results = CATALOGUE.map(([name, caseInput]) => [name, diagnose(caseInput)] as const);

  it.each(results)('%s: has a title, a summary, a cause, fix steps, Microsoft docs and clean text', (_name, diagnosis) => {
    expect(diagnosis.title).not.toBe('');
    expect(diagnosis.summary).not.toBe('');
    expect(diagnosis.likelyCause).not.toBe('');
    expect(diagnosis.fixSteps.length).toBeGreaterThan(0);
    expect(diagnosis.actions.length).toBeGreaterThan(0);
    expect(diagnosis.docs.length).toBeGreaterThan(0);
    for (const link of diagnosis.docs) expect(link.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    for (const text of allText(diagnosis)) {
      expect(text).not.toMatch(/\{\s*"/); // no raw JSON body
      expect(text).not.toMatch(/\bundefined\b|\bnull\b|\[object /); // no template slip
      expect(text).not.toMatch(/ {2}|\s[.,;:]\s?$|(?<!\.)\.\.(?!\.)/); // no double spaces, stray punctuation or doubled periods
    }
  });

  it('the catalogue reaches every rule id in the table', () => {
    const reached = new Set(results.map(([, diagnosis]) => diagnosis.id));
    expect([...new Set(RULES.map((rule) => rule.id))].filter((id) => !reached.has(id))).toEqual([]);
  });

  it('a JSON body in a message is never echoed, in any field', () => {
    const diagnosis = diagnose(failed(plainFailure('service', 'HTTP502', rawJsonBody, { status: 502 })));
    expect(diagnosis.id).toBe('service-unavailable');
    expect(diagnosis.facts).toContainEqual({ label: 'Message', value: '(a JSON body the console could not interpret; not shown)' });
    expect(JSON.stringify(diagnosis)).not.toContain('upstream connect error');
  });
});

describe('precedence: the error code decides before the HTTP status', () => {
  it('the rule table is ordered by key precedence and ends with a catch-all', () => {
    const ranks = RULES.map((rule) => KEY_PRECEDENCE.indexOf(rule.key.on));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(RULES[RULES.length - 1]?.key).toEqual({ on: 'any' });
  });

  it('a wrong audience is a 403 InvalidTokenError, not a 403 access problem', () => {
    const result = diagnose(failed(failureFromBody(403, EMULATOR.invalidToken('InvalidAudience', 'x')), { claims: null }));
    expect(result.id).toBe('token-wrong-audience');
  });

  it('a malformed token keeps its diagnosis under any status', () => {
    for (const status of [401, 403, 400]) {
      expect(diagnose(failed(failureFromBody(status, EMULATOR.invalidToken('MalformedToken', 'x')))).id).toBe('token-malformed');
    }
  });

  it('a 403 InsufficientAccessError stays an access problem even with an expired-looking token', () => {
    const result = diagnose(failed(failureFromBody(403, EMULATOR.insufficientAccess), { claims: readerClaims({ exp: NOW / 1000 - 60 }) }));
    expect(result.id).toBe('insufficient-access');
  });

  it('a known code under an unexpected status is still read by its code', () => {
    expect(diagnose(failed(failureFromBody(500, EMULATOR.throttled))).id).toBe('throttled');
    expect(diagnose(failed(failureFromBody(400, RECORDED.gatewayTimeout))).id).toBe('gateway-timeout');
  });

  it('204 is an empty workspace and 200 with an error is partial, whatever else is known', () => {
    expect(diagnose(input({ kind: 'emptyWorkspace' }, { navigatorOnline: false })).id).toBe('empty-workspace');
    expect(diagnose(input({ kind: 'partial', partialError }, { claims: readerClaims({ exp: 0 }) })).id).toBe('result-too-large');
  });

  it('an AADSTS code in a token request decides before the failure kind', () => {
    const auth = plainFailure('auth', 'invalid_grant', `No access token could be obtained: ${aadstsMessage(50076, 'MFA required.')}`, { innermostCode: 'AADSTS50076' });
    expect(diagnose(failed(auth)).id).toBe('signin-mfa');
  });
});
