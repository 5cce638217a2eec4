import { describe, expect, it } from 'vitest';
import { responseBody, table } from '../../results/testing/responseBody';
import { failureFromBody, NOW, plainFailure, RECORDED } from '../testing/fixtures';
import { answerFromBody, answerFromFailure, type CheckAnswer } from './answers';
import { interpretWhyEmpty } from './interpret';
import { planWhyEmpty } from './plan';

const SCHEMA = { tables: ['Heartbeat', 'SigninLogs'], functions: ['FailedSignIns'] };
/** The run searched the last 24 hours up to NOW (2026-11-22 12:00 UTC). */
const WINDOW = { start: '2026-11-21T12:00:00.000Z', end: '2026-11-22T12:00:00.000Z' };
const CONTEXT = { window: WINDOW, now: NOW + 20_000 };

/** The service's answer to a check, as the body the API client returns. */
const summary = (rows: number, lastArrived: string | null): CheckAnswer =>
  answerFromBody(responseBody({ tables: [table('PrimaryResult', [['Rows', 'long'], ['LastArrived', 'datetime']], [[rows, lastArrived]])] }));
const counted = (rows: number): CheckAnswer => answerFromBody(responseBody({ tables: [table('PrimaryResult', [['Count', 'long']], [[rows]])] }));

const SILENT_COMPUTER = 'Heartbeat\n| where Computer == "build-agent-02"';

describe('interpretWhyEmpty', () => {
  it('finds matching rows before the range: says when they last arrived and widens to the smallest preset that reaches them', () => {
    const plan = planWhyEmpty({ queryText: SILENT_COMPUTER, runTimespan: 'P1D', schema: SCHEMA });
    const findings = interpretWhyEmpty(plan, [summary(52_113, '2026-11-22T11:59:12.4410000Z'), summary(2_870, '2026-11-20T11:58:03.1200000Z'), counted(18_944)], CONTEXT);
    expect(findings.evidence).toEqual([
      { label: 'Table Heartbeat', value: 'in the schema; 52,113 rows in the last 90 days; data last arrived 2026-11-22 11:59:12 UTC, inside the selected range', status: 'ok' },
      { label: 'The query over the last 90 days', value: '2,870 rows in the last 90 days; the latest arrived 2026-11-20 11:58:03 UTC, 24 hours before the selected range', status: 'problem' },
      { label: 'Without the last filter', value: '18,944 rows in the same time range without | where Computer == "build-agent-02": that filter removes them all', status: 'problem' },
    ]);
    // Two days back plus room for the analyst's delay is more than 48 hours.
    expect(findings.widen).toEqual({ id: 'widenTimespan', label: 'Widen to the last 3 days', presetId: '3d' });
    expect(findings.conclusion).toBe(
      'Rows matching the query last arrived 2026-11-20 11:58:03 UTC, 24 hours before the selected range. Widen to the last 3 days to see them.',
    );
  });

  it('blames the last filter when nothing matched in 90 days but the query without it has rows', () => {
    const plan = planWhyEmpty({ queryText: 'SigninLogs | where ResultType == "99999"', runTimespan: 'P1D', schema: SCHEMA });
    const findings = interpretWhyEmpty(plan, [summary(9_130, '2026-11-22T11:57:00Z'), summary(0, null), counted(1_204)], CONTEXT);
    expect(findings.evidence[1]).toEqual({ label: 'The query over the last 90 days', value: 'no row matches it in the last 90 days', status: 'problem' });
    expect(findings.widen).toBeNull();
    expect(findings.conclusion).toBe(
      'The last filter removes every row: without | where ResultType == "99999" the query returns 1,204 rows. Check the values it compares (spelling, case and type).',
    );
  });

  it('says a table that received nothing in 90 days is the cause', () => {
    const plan = planWhyEmpty({ queryText: 'SigninLogs | where ResultType != 0', runTimespan: 'P1D', schema: SCHEMA });
    const findings = interpretWhyEmpty(plan, [summary(0, null), summary(0, null), counted(0)], CONTEXT);
    expect(findings.evidence[0]).toEqual({ label: 'Table SigninLogs', value: 'in the schema; no rows in the last 90 days: the table receives no data', status: 'problem' });
    expect(findings.evidence[2]).toEqual({ label: 'Without the last filter', value: '0 rows without | where ResultType != 0 too: that filter alone is not the cause', status: 'ok' });
    expect(findings.conclusion).toMatch(/^SigninLogs received no data in the last 90 days: check that its data source/);
  });

  it('widens to the table\'s last data when the query itself could not be checked', () => {
    const plan = planWhyEmpty({ queryText: 'Heartbeat | summarize by Computer', runTimespan: 'PT1H', schema: SCHEMA });
    const noTime = answerFromFailure(
      failureFromBody(
        400,
        '{"error":{"message":"The request had some invalid properties","code":"BadArgumentError","correlationId":"0b48cfb2-81d6-4dd5-a082-714b0f97c369","innererror":{"code":"SemanticError","message":"A semantic error occurred.","innererror":{"code":"SEM0100","message":"\'summarize\' operator: Failed to resolve scalar expression named \'TimeGenerated\'"}}}}',
      ),
    );
    const findings = interpretWhyEmpty(plan, [summary(310, '2026-11-22T07:00:00Z'), noTime], { window: { start: '2026-11-22T11:00:00.000Z', end: WINDOW.end }, now: NOW });
    expect(findings.evidence).toEqual([
      { label: 'Table Heartbeat', value: 'in the schema; 310 rows in the last 90 days; data last arrived 2026-11-22 07:00:00 UTC, 4 hours before the selected range', status: 'problem' },
      { label: 'The query over the last 90 days', value: "could not check: the query's result has no TimeGenerated column", status: 'unknown' },
      { label: 'Without the last filter', value: 'the query has no top-level filter (| where) to leave out', status: 'unknown' },
    ]);
    expect(findings.widen).toEqual({ id: 'widenTimespan', label: 'Widen to the last 12 hours', presetId: '12h' });
  });

  it('names a table missing from the schema, or one the service cannot resolve', () => {
    const fromSchema = interpretWhyEmpty(planWhyEmpty({ queryText: 'Heartbeats | take 5', runTimespan: 'P1D', schema: SCHEMA }), [answerFromFailure(failureFromBody(400, RECORDED.unknownTable))], CONTEXT);
    expect(fromSchema.evidence[0]).toEqual({ label: 'Table Heartbeats', value: "not in this workspace's schema", status: 'problem' });
    expect(fromSchema.conclusion).toMatch(/^Heartbeats is not a table of this workspace/);

    const fromService = interpretWhyEmpty(planWhyEmpty({ queryText: 'Heartbeats | take 5', runTimespan: 'P1D' }), [answerFromFailure(failureFromBody(400, RECORDED.unknownTable))], CONTEXT);
    expect(fromService.evidence[0]).toEqual({ label: 'Table Heartbeats', value: 'does not exist in this workspace: the service cannot resolve the name', status: 'problem' });
    expect(fromService.conclusion).toMatch(/^Heartbeats is not a table of this workspace/);
  });

  it('asks for a custom range when the last data is older than the widest preset', () => {
    const plan = planWhyEmpty({ queryText: 'SigninLogs | where UserPrincipalName == "old@contoso.com"', runTimespan: 'P30D', schema: SCHEMA });
    const findings = interpretWhyEmpty(plan, [summary(9_130, '2026-11-22T11:57:00Z'), summary(3, '2026-09-01T08:30:00Z'), counted(0)], {
      window: { start: '2026-10-23T12:00:00.000Z', end: WINDOW.end },
      now: NOW,
    });
    expect(findings.widen).toBeNull();
    expect(findings.conclusion).toBe(
      'Rows matching the query last arrived 2026-09-01 08:30:00 UTC, 52 days before the selected range. No preset reaches back that far: choose a custom range that starts before 2026-09-01 08:30:00 UTC.',
    );
  });

  it('keeps every check that failed as unknown, with its own reason, and does not guess', () => {
    const plan = planWhyEmpty({ queryText: SILENT_COMPUTER, runTimespan: 'P1D', schema: SCHEMA });
    const throttled = answerFromFailure(plainFailure('service', 'ThrottledError', 'Too many requests', { status: 429, retryAfterSeconds: 3 }));
    const findings = interpretWhyEmpty(plan, [throttled, throttled, throttled], CONTEXT);
    expect(findings.evidence.map((item) => item.status)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(findings.evidence[0]?.value).toBe('in the schema; could not check its data: the service is throttling queries; try again in 3 s');
    expect(findings.conclusion).toBe('The checks could not find the cause; each one above says what it could not tell.');
    expect(findings.widen).toBeNull();
  });

  it('with "Set in query", reports the last arrival without judging it against a range', () => {
    const plan = planWhyEmpty({ queryText: 'Heartbeat | where TimeGenerated > ago(1h) | where Computer == "x"', runTimespan: null, schema: SCHEMA });
    const findings = interpretWhyEmpty(plan, [summary(52_113, '2026-11-22T11:59:12Z'), summary(0, null), counted(0)], { window: null, now: NOW });
    expect(findings.evidence[0]).toEqual({
      label: 'Table Heartbeat',
      value: "in the schema; 52,113 rows in the last 90 days; data last arrived 2026-11-22 11:59:12 UTC, the query's own time filter decides the range",
      status: 'unknown',
    });
    expect(findings.conclusion).toMatch(/^Nothing has matched the query in the last 90 days, not even without its last filter, although its tables receive data/);
  });
});
