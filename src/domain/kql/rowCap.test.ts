import { describe, expect, it } from 'vitest';
import { applyRowCap } from './rowCap';

const CAP = 30_000;
const added = (text: string, reason = 'Row cap 30,000 added') => ({ text, applied: true, reason });

describe('applyRowCap: where the cap goes', () => {
  it.each([
    ['SigninLogs', 'SigninLogs | take 30000'],
    ['SigninLogs\n| where ResultType != 0', 'SigninLogs\n| where ResultType != 0 | take 30000'],
    ["['My Table'] | where x == 1", "['My Table'] | where x == 1 | take 30000"],
    ['union SigninLogs, AuditLogs', 'union SigninLogs, AuditLogs | take 30000'],
  ])('appends to %j', (query, expected) => {
    expect(applyRowCap(query, CAP)).toEqual(added(expected));
  });

  it('inserts before a trailing comment, not inside it', () => {
    expect(applyRowCap('AuditLogs | where OperationName has "Add" // recent changes', CAP)).toEqual(
      added('AuditLogs | where OperationName has "Add" | take 30000 // recent changes'),
    );
  });

  it('inserts before comment lines that follow the query', () => {
    expect(applyRowCap('AuditLogs\n| where x == 1\n// | take 10\n// done', CAP)).toEqual(
      added('AuditLogs\n| where x == 1 | take 30000\n// | take 10\n// done'),
    );
  });

  it('is not fooled by take or limit inside a string literal or a comment', () => {
    expect(applyRowCap('AppTraces | where Message has "| take 5" or Message == \'limit 10\' // take 10', CAP)).toEqual(
      added('AppTraces | where Message has "| take 5" or Message == \'limit 10\' | take 30000 // take 10'),
    );
    expect(applyRowCap('AppTraces | where Message == @"c:\\take 5" or Text == ```| take 1\n\n| count```', CAP)).toEqual(
      added('AppTraces | where Message == @"c:\\take 5" or Text == ```| take 1\n\n| count``` | take 30000'),
    );
  });

  it('keeps a final render last', () => {
    expect(applyRowCap('Perf | summarize avg(CounterValue) by bin(TimeGenerated, 5m) | render timechart', CAP)).toEqual(
      added('Perf | summarize avg(CounterValue) by bin(TimeGenerated, 5m) | take 30000 | render timechart'),
    );
    expect(applyRowCap('Perf\n| summarize count() by Computer\n| render barchart with (title="take 5") // chart\n', CAP)).toEqual(
      added('Perf\n| summarize count() by Computer | take 30000\n| render barchart with (title="take 5") // chart\n'),
    );
  });

  it('caps the query after let statements', () => {
    expect(applyRowCap('let recent = SigninLogs | where TimeGenerated > ago(1h);\nrecent | project UserPrincipalName', CAP)).toEqual(
      added('let recent = SigninLogs | where TimeGenerated > ago(1h);\nrecent | project UserPrincipalName | take 30000'),
    );
  });

  it('does not split at semicolons inside a let function body', () => {
    expect(applyRowCap('let f = () { let n = 1; T | take n };\nf() | where x > 0', CAP)).toEqual(
      added('let f = () { let n = 1; T | take n };\nf() | where x > 0 | take 30000'),
    );
  });

  it('caps only the last query statement of several, before its semicolon and trailing whitespace', () => {
    expect(applyRowCap('SigninLogs | take 5; AuditLogs | where x == 1;  \n\n', CAP)).toEqual(
      added('SigninLogs | take 5; AuditLogs | where x == 1 | take 30000;  \n\n'),
    );
    expect(applyRowCap('SigninLogs; AuditLogs; let x = 1;', CAP)).toEqual(added('SigninLogs; AuditLogs | take 30000; let x = 1;'));
  });

  it('steps over set statements', () => {
    expect(applyRowCap('set truncationmaxrecords = 1000;\nHeartbeat', CAP)).toEqual(
      added('set truncationmaxrecords = 1000;\nHeartbeat | take 30000'),
    );
  });

  it('formats the cap in the reason with thousands separators', () => {
    expect(applyRowCap('T', 1_000_000).reason).toBe('Row cap 1,000,000 added');
    expect(applyRowCap('T', 500)).toEqual({ text: 'T | take 500', applied: true, reason: 'Row cap 500 added' });
  });
});

describe('applyRowCap: queries that already limit their rows', () => {
  it.each([
    ['T | take 100', 'take 100'],
    ['T | limit 500', 'limit 500'],
    ['T | take 30000', 'take 30000'],
    ['T | take 100 | extend x = 1', 'take 100'],
    ['T | take 100 | where x > 1 | project x | sort by x desc', 'take 100'],
    ['T | take 100 | summarize count() by x', 'take 100'],
    ['T | top 10 by TimeGenerated desc', 'top 10'],
    ['T | top-hitters 5 of Computer', 'top-hitters 5'],
    ['T | sample 50', 'sample 50'],
    ['T | sample-distinct 3 of Computer', 'sample-distinct 3'],
    ['T | count', 'count'],
    ['T | summarize count()', 'summarize without by'],
    ['T | summarize arg_max(TimeGenerated, *), dcount(x)', 'summarize without by'],
    ['T | make-series count() on TimeGenerated step 1h', 'make-series without by'],
    ['print x = 1', 'print'],
    ['T | take 10 | render table', 'take 10'],
    ['T | take 10; ', 'take 10'],
    ['T | take 10 // done', 'take 10'],
    ['T | take 50000 | take 20', 'take 20'],
  ])('%j is left alone (%s)', (query, label) => {
    expect(applyRowCap(query, CAP)).toEqual({ text: query, applied: false, reason: `Query already limits rows (${label})` });
  });
});

describe('applyRowCap: limits that do not count', () => {
  it('adds the cap when the existing take is above it, and says so', () => {
    expect(applyRowCap('T | take 50000', CAP)).toEqual(added('T | take 50000 | take 30000', "Row cap 30,000 added (the query's take 50000 allows more)"));
    expect(applyRowCap('T | take 30001', CAP).applied).toBe(true);
  });

  it.each([
    ['T | take n', 'T | take n | take 30000'],
    ['T | take 1e3', 'T | take 1e3 | take 30000'],
    ['T | top n by x', 'T | top n by x | take 30000'],
    ['T | take 100 | mv-expand Tags', 'T | take 100 | mv-expand Tags | take 30000'],
    ['T | take 100 | join (U) on Id', 'T | take 100 | join (U) on Id | take 30000'],
    ['T | summarize count() by Computer', 'T | summarize count() by Computer | take 30000'],
    ['T | summarize count() by bin(TimeGenerated, 1h)', 'T | summarize count() by bin(TimeGenerated, 1h) | take 30000'],
    ['T | top-nested 3 of Computer by count()', 'T | top-nested 3 of Computer by count() | take 30000'],
    ['(T | take 5)', '(T | take 5) | take 30000'],
    ['print x = 1 | mv-expand y = range(1, 10)', 'print x = 1 | mv-expand y = range(1, 10) | take 30000'],
    ['T | where f(take) > 1', 'T | where f(take) > 1 | take 30000'],
  ])('%j → %j', (query, expected) => {
    expect(applyRowCap(query, CAP)).toEqual(added(expected));
  });
});

describe('applyRowCap: queries left untouched', () => {
  it.each([
    ['', 'Empty query: no row cap added'],
    ['  \n\t', 'Empty query: no row cap added'],
    ['// just a note', 'Empty query: no row cap added'],
    [';;', 'Empty query: no row cap added'],
    ['let x = SigninLogs | take 5;', 'No tabular query to cap'],
    ['set notruncation;', 'No tabular query to cap'],
    ['"text"', 'No tabular query to cap'],
    ['.show tables', 'Control commands are not capped'],
    ['T | where (x > 1', 'Query has an unclosed bracket: left as written'],
    ['T | where x == "abc', 'Query ends in an unterminated string: left as written'],
    ['print ```abc', 'Query ends in an unterminated string: left as written'],
    ['T |', 'Query ends with a pipe: left as written'],
    ['T | // nothing yet', 'Query ends with a pipe: left as written'],
    ['T | fork (take 5) (take 10)', 'Row cap not added: fork returns several tables'],
    ['T | facet by Computer', 'Row cap not added: facet returns several tables'],
  ])('%j: %s', (query, reason) => {
    expect(applyRowCap(query, CAP)).toEqual({ text: query, applied: false, reason });
  });

  it('rejects a cap that is not a positive integer', () => {
    expect(() => applyRowCap('T', 0)).toThrow(RangeError);
    expect(() => applyRowCap('T', 1.5)).toThrow(RangeError);
    expect(() => applyRowCap('T', Number.NaN)).toThrow(RangeError);
  });
});
