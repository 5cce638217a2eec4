import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { input, WORKSPACE } from '../testing/fixtures';

const schema = { tables: [{ name: 'SigninLogs', columns: ['TimeGenerated', 'ResultType'] }] };

describe('no rows (HTTP 200, 0 rows)', () => {
  it('shows the window searched, the tables and the last filter, and offers a wider preset and "Why is it empty?"', () => {
    const result = diagnose(input({ kind: 'noRows' }, { schema }));
    expect(result.id).toBe('no-rows');
    expect(result.severity).toBe('info');
    expect(result.evidence).toEqual([
      { label: 'Time range', value: 'Last 24 hours: 2026-11-21 12:00:00 → 2026-11-22 12:00:00 UTC', status: 'unknown' },
      { label: 'Tables read', value: "SigninLogs (all in the workspace's schema)", status: 'ok' },
      { label: 'Last filter', value: '| where ResultType != 0', status: 'unknown' },
    ]);
    expect(result.actions).toEqual([
      { id: 'widenTimespan', label: 'Widen to the last 48 hours', presetId: '48h' },
      { id: 'whyEmpty', label: 'Why is it empty?' },
      { id: 'editQuery', label: 'Edit the query' },
    ]);
    expect(result.facts[0]).toEqual({ label: 'Answer', value: 'HTTP 200, no rows' });
  });

  it("flags the overlap when both the time range and the query's own filter apply", () => {
    const result = diagnose(input({ kind: 'noRows' }, { context: { queryText: 'SigninLogs | where TimeGenerated > ago(2d)' } }));
    expect(result.evidence).toContainEqual({
      label: "Query's own time filter",
      value: 'TimeGenerated > ago(2d); the service applies it together with the time range, so only their overlap is searched',
      status: 'problem',
    });
    expect(result.likelyCause).toMatch(/^Both the time range and the query's own time filter apply/);
  });

  it('offers no wider preset past 30 days, nor with "Set in query"', () => {
    const longest = diagnose(input({ kind: 'noRows' }, { context: { timespan: { kind: 'preset', presetId: '30d' } } }));
    expect(longest.actions.map((action) => action.id)).toEqual(['whyEmpty', 'editQuery']);
    const inQuery = diagnose(input({ kind: 'noRows' }, { context: { timespan: { kind: 'setInQuery' }, window: null } }));
    expect(inQuery.actions.map((action) => action.id)).toEqual(['whyEmpty', 'editQuery']);
    expect(inQuery.evidence[0]).toEqual({ label: 'Time range', value: 'set in query: the console sent no time range', status: 'unknown' });
  });

  it('widens a custom range to the next preset longer than it', () => {
    const custom = { kind: 'custom' as const, start: '2026-11-22T09:00:00.000Z', end: '2026-11-22T11:00:00.000Z' };
    const result = diagnose(input({ kind: 'noRows' }, { context: { timespan: custom, window: { start: custom.start, end: custom.end } } }));
    expect(result.actions[0]).toEqual({ id: 'widenTimespan', label: 'Widen to the last 4 hours', presetId: '4h' });
  });

  it('flags a table the schema does not list', () => {
    const result = diagnose(input({ kind: 'noRows' }, { schema, context: { queryText: 'union SigninLogs, AADNonInteractiveUserSignInLogs' } }));
    expect(result.evidence).toContainEqual({
      label: 'Tables read',
      value: "SigninLogs, AADNonInteractiveUserSignInLogs; not in this workspace's schema: AADNonInteractiveUserSignInLogs",
      status: 'problem',
    });
  });
});

describe('empty workspace (HTTP 204)', () => {
  it('is not a query problem: the workspace holds no data', () => {
    const result = diagnose(input({ kind: 'emptyWorkspace' }));
    expect(result.id).toBe('empty-workspace');
    expect(result.summary).toBe(`Log Analytics answered 204 No Content: workspace ${WORKSPACE} has no data at all, in any table.`);
    expect(result.actions).toEqual([{ id: 'checkConnection', label: 'Check connection' }]);
    expect(result.facts[0]).toEqual({ label: 'Answer', value: 'HTTP 204 No Content' });
  });
});
