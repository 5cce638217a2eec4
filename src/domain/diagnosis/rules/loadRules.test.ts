import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { EMULATOR, failed, failureFromBody, plainFailure, RECORDED } from '../testing/fixtures';

describe('429 throttling', () => {
  it('says how long to wait (Retry-After) and explains the per-user limits', () => {
    const result = diagnose(failed(failureFromBody(429, EMULATOR.throttled, { 'Retry-After': '10' })));
    expect(result.id).toBe('throttled');
    expect(result.summary).toBe('The service is throttling your queries (429): wait 10 seconds before running again.');
    expect(result.likelyCause).toContain('5 queries running at once');
    expect(result.likelyCause).toContain('200 requests per 30 seconds');
    expect(result.actions).toEqual([{ id: 'retry', label: 'Run again', afterSeconds: 10 }]);
    expect(result.facts).toContainEqual({ label: 'Retry-After', value: '10 s' });
  });

  it('a bare 429 without Retry-After still explains, and retries without a wait', () => {
    const result = diagnose(failed({ ...failureFromBody(429, EMULATOR.throttled), code: 'HTTP429' }));
    expect(result.id).toBe('throttled');
    expect(result.evidence).toEqual([{ label: 'Retry-After', value: 'not sent', status: 'unknown' }]);
    expect(result.actions).toEqual([{ id: 'retry', label: 'Run again' }]);
  });
});

describe('504 GatewayTimeout', () => {
  it('checks the query shape and the server time limit', () => {
    const query = 'union *\n| where TimeGenerated > ago(30d)\n| summarize count() by Type';
    const result = diagnose(failed(failureFromBody(504, RECORDED.gatewayTimeout), { context: { queryText: query, serverWaitSeconds: 180 } }));
    expect(result.id).toBe('gateway-timeout');
    expect(result.summary).toBe('The service stopped the query when it passed its time limit of 180 s (504 GatewayTimeout).');
    expect(result.evidence).toEqual([
      { label: 'Server time limit', value: '180 s; the service allows up to 600 s', status: 'problem' },
      { label: 'Time filter', value: 'the first operator filters TimeGenerated', status: 'ok' },
      { label: 'union *', value: 'the query reads every table of the workspace', status: 'problem' },
    ]);
    expect(result.fixSteps).toContain('Replace union * with the tables you need (union SigninLogs, AuditLogs).');
    expect(result.actions).toContainEqual({ id: 'openSettings', label: 'Raise the server time limit', setting: 'serverWaitSeconds' });
  });

  it('finds a late time filter and search across every table', () => {
    const query = 'search "riley"\n| summarize count() by $table\n| where TimeGenerated > ago(1d)';
    const result = diagnose(failed(failureFromBody(504, RECORDED.gatewayTimeout), { context: { queryText: query, serverWaitSeconds: 600 } }));
    expect(result.evidence).toEqual([
      { label: 'Server time limit', value: '600 s, the most the service allows', status: 'ok' },
      { label: 'Time filter', value: 'the query filters time, but not first: rows are read before they are narrowed', status: 'problem' },
      { label: 'search', value: 'search without "in (Table)" reads every table of the workspace', status: 'problem' },
    ]);
    expect(result.actions.map((action) => action.id)).toEqual(['editQuery', 'retry']);
  });
});

describe("the console's own deadline", () => {
  it('a timeout failure is told apart from the server timeout', () => {
    const result = diagnose(failed(plainFailure('timeout', 'ClientTimeout', 'No complete answer from api.loganalytics.io within 195 s.')));
    expect(result.id).toBe('client-timeout');
    expect(result.summary).toBe(
      "No complete answer arrived before the console's deadline (the server time limit plus a margin for the answer to travel). No complete answer from api.loganalytics.io within 195 s.",
    );
    expect(result.actions.map((action) => action.id)).toEqual(['editQuery', 'openSettings', 'retry', 'checkConnection']);
  });
});
