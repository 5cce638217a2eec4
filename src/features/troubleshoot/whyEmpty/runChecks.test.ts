import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '../../../auth/connection';
import { planWhyEmpty } from '../../../domain/diagnosis/whyEmpty/plan';
import { EMULATOR, WORKSPACE } from '../../../domain/diagnosis/testing/fixtures';
import { responseBody, table } from '../../../domain/results/testing/responseBody';
import { runChecks } from './runChecks';

const ENDPOINT = 'https://api.loganalytics.io';
const PLAN = planWhyEmpty({ queryText: 'Heartbeat\n| where Computer == "build-agent-02"', runTimespan: 'P1D', schema: { tables: ['Heartbeat'], functions: [] } });

function connection(getToken: Connection['getToken'] = () => Promise.resolve('test-access-token')): Connection {
  return {
    identity: { mode: 'demo', name: 'Riley Reader', username: 'riley@contoso-demo.onmicrosoft.com', tenantId: 'contoso' },
    logAnalyticsEndpoint: ENDPOINT,
    resourceManagerEndpoint: null,
    isTokenUrlAllowed: (url) => new URL(url).origin === ENDPOINT,
    getToken,
    signOut: () => Promise.resolve(),
  };
}

const summary = (rows: number, last: string | null) =>
  new Response(responseBody({ tables: [table('PrimaryResult', [['Rows', 'long'], ['LastArrived', 'datetime']], [[rows, last]])] }), { headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('runChecks', () => {
  it('sends each check, one after another, with its own timespan, and reads every answer (a failure in words)', async () => {
    const sent: { query: string; timespan?: string }[] = [];
    const answers = [
      summary(52_113, '2026-11-22T11:59:12.441Z'),
      summary(2_870, '2026-11-20T11:58:03.12Z'),
      new Response(EMULATOR.insufficientAccess, { status: 403, headers: { 'Content-Type': 'application/json' } }),
    ];
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)) as { query: string; timespan?: string });
      return Promise.resolve(answers[sent.length - 1]);
    });
    const progress: number[] = [];
    const result = await runChecks(PLAN.checks, { connection: connection(), workspaceId: WORKSPACE, serverWaitSeconds: 30, signal: new AbortController().signal }, (answered) => progress.push(answered));
    expect(sent).toEqual(PLAN.checks.map((check) => ({ query: check.query, timespan: check.timespan })));
    expect(sent.map((body) => body.timespan)).toEqual(['P90D', 'P90D', 'P1D']);
    expect(progress).toEqual([1, 2, 3]);
    expect(result).toEqual([
      { kind: 'counted', rows: 52_113, lastArrived: '2026-11-22T11:59:12.441Z' },
      { kind: 'counted', rows: 2_870, lastArrived: '2026-11-20T11:58:03.12Z' },
      { kind: 'failed', reason: 'access refused (InsufficientAccessError)' },
    ]);
  });

  it('makes a token that cannot be obtained each check\'s answer, sending nothing', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const noToken = connection(() => Promise.reject(Object.assign(new Error('interaction_required'), { errorCode: 'interaction_required', errorMessage: 'AADSTS50058: A silent sign-in request was sent but no user is signed in.' })));
    const result = await runChecks(PLAN.checks.slice(0, 1), { connection: noToken, workspaceId: WORKSPACE, serverWaitSeconds: 30, signal: new AbortController().signal }, () => undefined);
    expect(result).toEqual([{ kind: 'failed', reason: 'no access token could be obtained; sign in again' }]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('stops at an abort (a newer run) without sending the remaining checks', async () => {
    const controller = new AbortController();
    let calls = 0;
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      calls++;
      controller.abort();
      return Promise.reject(init.signal?.reason as Error);
    });
    await expect(runChecks(PLAN.checks, { connection: connection(), workspaceId: WORKSPACE, serverWaitSeconds: 30, signal: controller.signal }, () => undefined)).rejects.toThrow();
    expect(calls).toBe(1);
  });
});
