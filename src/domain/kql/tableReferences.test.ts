import { describe, expect, it } from 'vitest';
import { findTableReferences } from './tableReferences';

const names = (query: string): string[] => findTableReferences(query).map((reference) => reference.name);

describe('findTableReferences', () => {
  it('reports the leading table with its range', () => {
    expect(findTableReferences('  SigninLogs | where ResultType != 0')).toEqual([{ name: 'SigninLogs', start: 2, end: 12 }]);
  });

  it.each([
    ['union SigninLogs, AuditLogs', ['SigninLogs', 'AuditLogs']],
    ['union withsource=SourceTable kind=outer hint.concurrency=2 A, (B | where x > 1), C', ['A', 'B', 'C']],
    ['union isfuzzy=true App*, Heartbeat', ['App*', 'Heartbeat']],
    ['SigninLogs | union AuditLogs | where x > 1', ['SigninLogs', 'AuditLogs']],
    ['SigninLogs | join kind=inner (AuditLogs | where x > 1) on CorrelationId', ['SigninLogs', 'AuditLogs']],
    ['SigninLogs | join hint.strategy=broadcast AADNonInteractiveUserSignInLogs on UserId', ['SigninLogs', 'AADNonInteractiveUserSignInLogs']],
    ['AppRequests | lookup kind=leftouter AppExceptions on OperationId', ['AppRequests', 'AppExceptions']],
    ["['My Table'] | take 5", ['My Table']],
    ["union ['a\\'b'], [@\"c\"\"d\"]", ["a'b", 'c"d']],
    ['workspace("contoso").SecurityAlert | count', ['SecurityAlert']],
    ["app('shop').requests | count", ['requests']],
    ["cluster('c').database('d').StormEvents", ['StormEvents']],
    ['(Heartbeat | take 5) | count', ['Heartbeat']],
    ['T1 | take 1; T2 | take 2', ['T1', 'T2']],
    ['Perf | where Computer in ((Heartbeat | distinct Computer))', ['Perf', 'Heartbeat']],
    ['print n = toscalar(SecurityEvent | count)', ['SecurityEvent']],
    ['let n = toscalar(Syslog);\nprint n', ['Syslog']],
    ['let cached = materialize(AzureActivity);\ncached | count', ['AzureActivity']],
    ['set notruncation;\nAzureDiagnostics', ['AzureDiagnostics']],
    ['SigninLogs | union SigninLogs', ['SigninLogs']],
  ])('%j → %j', (query, expected) => {
    expect(names(query)).toEqual(expected);
  });

  it('reads let values and function bodies, and leaves out the names they bind', () => {
    expect(names('let recent = SigninLogs | where TimeGenerated > ago(1h);\nrecent | join (AuditLogs) on UserId')).toEqual(['SigninLogs', 'AuditLogs']);
    expect(names('let f = (T: (x: int), n: int) { T | union Syslog | take n };\nf(Heartbeat, 5)')).toEqual(['Syslog']);
    expect(names('let threshold = 5;\nlet since = ago(1h);\nPerf | where CounterValue > threshold')).toEqual(['Perf']);
  });

  it.each([
    ['print x = 1'],
    ['range x from 1 to 10 step 1'],
    ['datatable(Name: string)["a"]'],
    ['search "error"'],
    ['.show tables'],
    ['myFunction(1) | count'],
    ['// SigninLogs'],
    ['"SigninLogs"'],
    [''],
    ['(print 1) | fork (where x > 1 | take 5) (take 10)'],
  ])('no table in %j', (query) => {
    expect(names(query)).toEqual([]);
  });

  it('ignores names in comments and strings', () => {
    expect(names('Heartbeat // | union SigninLogs\n| where Note == "union AuditLogs"')).toEqual(['Heartbeat']);
  });
});
