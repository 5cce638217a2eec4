import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { EMULATOR, failed, failureFromBody, plainFailure, readerClaims, WORKSPACE } from '../diagnosis/testing/fixtures';
import { checkApiReachable, checkWorkspaceReadable, type QueryObservation } from './query';
import type { StepVerdict } from './types';

const HOST = 'api.loganalytics.io';
const ANSWER = '{"tables":[{"name":"PrimaryResult","columns":[{"name":"CheckedAt","type":"datetime"}],"rows":[["2026-11-22T12:00:00.1234567Z"]]}]}';

function diagnosisId(verdict: StepVerdict): string {
  if (verdict.status !== 'failed' || verdict.failure.outcome.kind !== 'failed') throw new Error(`expected a failure, got: ${verdict.detail}`);
  expect(verdict.failure.simulated).toBe(false);
  return diagnose(failed(verdict.failure.outcome.failure, { claims: readerClaims() })).id;
}

const failedWith = (status: number, body: string, headers?: Record<string, string>): QueryObservation => ({ kind: 'failed', failure: failureFromBody(status, body, headers) });

describe('checkApiReachable and checkWorkspaceReadable', () => {
  it('pass on the answer to the check query', () => {
    const observed: QueryObservation = { kind: 'results', bodyText: ANSWER, durationMs: 84 };
    expect(checkApiReachable(observed, HOST)).toEqual({ status: 'passed', detail: 'api.loganalytics.io answered (HTTP 200) and accepted the token.' });
    expect(checkWorkspaceReadable(observed, WORKSPACE)).toEqual({ status: 'passed', detail: `Workspace ${WORKSPACE} answered the check query in 84 ms.` });
  });

  it('pass on 204, saying the workspace holds no data', () => {
    const observed: QueryObservation = { kind: 'empty-workspace', durationMs: 12 };
    expect(checkApiReachable(observed, HOST).detail).toBe('api.loganalytics.io answered (HTTP 204) and accepted the token.');
    expect(checkWorkspaceReadable(observed, WORKSPACE).detail).toBe(`Workspace ${WORKSPACE} can be read but holds no data: it answered HTTP 204 in 12 ms.`);
  });

  it('stop at the API when the service refuses the token', () => {
    const observed = failedWith(403, EMULATOR.invalidToken('TokenExpired', 'The access token has expired.'));
    const verdict = checkApiReachable(observed, HOST);
    expect(verdict.detail).toBe('HTTP 403 InvalidTokenError → TokenExpired: The access token has expired.');
    expect(diagnosisId(verdict)).toBe('token-expired');
    expect(diagnosisId(checkApiReachable(failedWith(403, EMULATOR.invalidToken('InvalidAudience', 'The audience is not valid.')), HOST))).toBe('token-wrong-audience');
    expect(diagnosisId(checkApiReachable(failedWith(401, EMULATOR.authorizationRequired), HOST))).toBe('token-rejected');
  });

  it('stop at the API without an HTTP answer, when throttled, and on a server error', () => {
    const network: QueryObservation = { kind: 'failed', failure: plainFailure('network', 'NetworkError', 'No readable answer from api.loganalytics.io: Failed to fetch') };
    expect(diagnosisId(checkApiReachable(network, HOST))).toBe('network-unreachable');
    expect(diagnosisId(checkApiReachable(failedWith(429, EMULATOR.throttled, { 'Retry-After': '10' }), HOST))).toBe('throttled');
    expect(checkApiReachable(failedWith(504, '{"error":{"message":"Gateway timeout","code":"GatewayTimeout"}}'), HOST).status).toBe('failed');
  });

  it('fail the API on a 200 that is not the documented JSON (a proxy or captive portal page)', () => {
    const verdict = checkApiReachable({ kind: 'results', bodyText: '<html><title>Sign in to the network</title></html>', durationMs: 5 }, HOST);
    expect(verdict.detail).toBe('HTTP 200 MalformedResponse: The answer to the check query is not the documented JSON of tables.');
    expect(diagnosisId(verdict)).toBe('malformed-response');
  });

  it('pass the API but fail the workspace when the account may not read it or it does not exist', () => {
    const noRole = failedWith(403, EMULATOR.insufficientAccess);
    expect(checkApiReachable(noRole, HOST)).toEqual({ status: 'passed', detail: 'api.loganalytics.io answered (HTTP 403 InsufficientAccessError) and accepted the token.' });
    expect(checkWorkspaceReadable(noRole, WORKSPACE).detail).toBe('HTTP 403 InsufficientAccessError: The provided credentials have insufficient access to perform the requested operation');
    expect(diagnosisId(checkWorkspaceReadable(noRole, WORKSPACE))).toBe('insufficient-access');

    const unknown = failedWith(404, EMULATOR.workspaceNotFound(WORKSPACE));
    expect(checkApiReachable(unknown, HOST).status).toBe('passed');
    expect(diagnosisId(checkWorkspaceReadable(unknown, WORKSPACE))).toBe('workspace-not-found');
  });
});
