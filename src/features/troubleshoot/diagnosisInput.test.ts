import { describe, expect, it } from 'vitest';
import { diagnose } from '../../domain/diagnosis/diagnose';
import { CLIENT_ID, TENANT, WORKSPACE } from '../../domain/diagnosis/testing/fixtures';
import type { RunRequestInfo, RunState } from '../../state/runSlice';
import type { ResultSummary } from '../../workers/resultsProtocol';
import { diagnosisInputFor, isNoRowsRun } from './diagnosisInput';

const REQUEST: RunRequestInfo = {
  runId: 7,
  workspaceId: WORKSPACE,
  queryText: 'Heartbeat\n| where Computer == "build-agent-02"',
  sentText: 'Heartbeat\n| where Computer == "build-agent-02" | take 30000',
  rowCapNotice: 'Row cap 30,000 added',
  rowCapApplied: true,
  timespan: 'P1D',
  window: { start: '2026-11-21T12:00:00.000Z', end: '2026-11-22T12:00:00.000Z' },
  startedAt: Date.UTC(2026, 10, 22, 12, 0, 0),
  textStart: { line: 1, column: 0 },
};
const COLUMNS = [{ name: 'TimeGenerated', type: 'datetime' as const }, { name: 'Computer', type: 'string' as const }];

function succeeded(rowCounts: number[], extra: Partial<ResultSummary> = {}): Extract<RunState, { status: 'succeeded' }> {
  const tables = rowCounts.map((rowCount, index) => ({ name: index === 0 ? 'PrimaryResult' : `Table_${index}`, columns: COLUMNS, rowCount }));
  return { status: 'succeeded', request: REQUEST, summary: { resultId: 'result-3', tables, ...extra }, durationMs: 120, receivedBytes: 310 };
}

describe('isNoRowsRun', () => {
  it('is a succeeded run whose every table is empty', () => {
    expect(isNoRowsRun(succeeded([0]))).toBe(true);
    expect(isNoRowsRun(succeeded([0, 0]))).toBe(true);
    expect(isNoRowsRun(succeeded([0, 3]))).toBe(false);
    expect(isNoRowsRun(succeeded([]))).toBe(false);
  });

  it('is not an incomplete answer, nor any other run', () => {
    const partialError = { code: 'PartialError', message: 'There were some errors when processing your query.', causes: [], innermost: null };
    expect(isNoRowsRun(succeeded([0], { partialError }))).toBe(false);
    expect(isNoRowsRun({ status: 'empty-workspace', request: REQUEST, durationMs: 80 })).toBe(false);
    expect(isNoRowsRun({ status: 'running', request: REQUEST })).toBe(false);
  });
});

describe('diagnosisInputFor a run with no rows', () => {
  it('is the noRows outcome, without token claims, and diagnoses as "No rows" with "Why is it empty?"', () => {
    const input = diagnosisInputFor({
      run: succeeded([0]),
      cloud: 'AzurePublic',
      identity: { mode: 'demo', name: 'Riley Reader', username: 'riley@contoso-demo.onmicrosoft.com', tenantId: TENANT },
      timespan: { kind: 'preset', presetId: '24h' },
      serverWaitSeconds: 180,
      config: { clientId: CLIENT_ID, tenantId: TENANT },
      logAnalyticsEndpoint: 'http://127.0.0.1:4480',
      origin: 'http://127.0.0.1:4173',
      navigatorOnline: true,
    });
    expect(input.outcome).toEqual({ kind: 'noRows' });
    expect(input.claims).toBeNull();
    expect(input.now).toBe(REQUEST.startedAt + 120);
    const diagnosis = diagnose(input);
    expect(diagnosis.title).toBe('No rows');
    expect(diagnosis.actions.map((action) => action.label)).toEqual(['Widen to the last 48 hours', 'Why is it empty?', 'Edit the query']);
  });
});
