import { describe, expect, it } from 'vitest';
import { planWhyEmpty } from './plan';

const SCHEMA = { tables: ['Heartbeat', 'SigninLogs', 'AuditLogs', 'Syslog', 'Perf', 'Custom Table_CL'], functions: ['FailedSignIns'] };
const SUMMARY = 'summarize Rows = count(), LastArrived = max(TimeGenerated)';

describe('planWhyEmpty', () => {
  it('checks the table over 90 days, the query over 90 days and the query without its last filter over the run\'s timespan', () => {
    const plan = planWhyEmpty({ queryText: 'Heartbeat\n| where Computer == "build-agent-02"', runTimespan: 'P1D', schema: SCHEMA });
    expect(plan.tables).toEqual([{ name: 'Heartbeat', presence: 'inSchema' }]);
    expect(plan.lastFilter).toBe('| where Computer == "build-agent-02"');
    expect(plan.checks).toEqual([
      { kind: 'tableData', table: 'Heartbeat', query: `Heartbeat | ${SUMMARY}`, timespan: 'P90D' },
      { kind: 'matchingRows', query: `Heartbeat\n| where Computer == "build-agent-02" | ${SUMMARY}`, timespan: 'P90D' },
      { kind: 'withoutLastFilter', filter: '| where Computer == "build-agent-02"', query: 'Heartbeat | count', timespan: 'P1D' },
    ]);
  });

  it('sends no query for a table missing from the loaded schema, nor for a saved function', () => {
    const plan = planWhyEmpty({ queryText: 'union SignInLogs, FailedSignIns', runTimespan: null, schema: SCHEMA });
    expect(plan.tables).toEqual([
      { name: 'SignInLogs', presence: 'notInSchema' },
      { name: 'FailedSignIns', presence: 'function' },
    ]);
    expect(plan.checks.map((check) => check.kind)).toEqual(['matchingRows']);
    expect(plan.lastFilter).toBeNull();
  });

  it('lets the service judge the tables while the schema is not loaded, and quotes names that need it', () => {
    const plan = planWhyEmpty({ queryText: "['Custom Table_CL'] | join (union App*) on OperationId | where Level == 'x'", runTimespan: 'PT1H' });
    expect(plan.tables.map((table) => table.presence)).toEqual(['unknown', 'wildcard']);
    expect(plan.checks.filter((check) => check.kind === 'tableData').map((check) => check.query)).toEqual([
      `['Custom Table_CL'] | ${SUMMARY}`,
      `union App* | ${SUMMARY}`,
    ]);
    const withoutFilter = plan.checks.find((check) => check.kind === 'withoutLastFilter');
    expect(withoutFilter).toMatchObject({ query: "['Custom Table_CL'] | join (union App*) on OperationId | count", timespan: 'PT1H' });
  });

  it('checks at most three tables and names the rest', () => {
    const plan = planWhyEmpty({ queryText: 'union Heartbeat, SigninLogs, AuditLogs, Syslog, Perf', runTimespan: 'P1D', schema: SCHEMA });
    expect(plan.checks.filter((check) => check.kind === 'tableData').map((check) => check.table)).toEqual(['Heartbeat', 'SigninLogs', 'AuditLogs']);
    expect(plan.uncheckedTables).toEqual(['Syslog', 'Perf']);
  });
});
