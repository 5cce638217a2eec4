import { describe, expect, it } from 'vitest';
import { appendOperator } from './appendOperator';

describe('appendOperator', () => {
  it('appends to the last tabular statement, keeping a trailing semicolon and comment', () => {
    expect(appendOperator('SigninLogs | where ResultType == "50126"', 'count')).toBe('SigninLogs | where ResultType == "50126" | count');
    expect(appendOperator('let n = 5;\nHeartbeat | take n; // the last five', 'count')).toBe('let n = 5;\nHeartbeat | take n | count; // the last five');
  });

  it('drops a final render: a check wants numbers, not a chart', () => {
    expect(appendOperator('Perf | summarize avg(CounterValue) by bin(TimeGenerated, 5m) | render timechart', 'count')).toBe(
      'Perf | summarize avg(CounterValue) by bin(TimeGenerated, 5m) | count',
    );
  });

  it('gives null when there is no finished tabular statement', () => {
    expect(appendOperator('let x = 1;', 'count')).toBeNull();
    expect(appendOperator('SigninLogs |', 'count')).toBeNull();
    expect(appendOperator('SigninLogs | where UserPrincipalName == "ann', 'count')).toBeNull();
    expect(appendOperator('', 'count')).toBeNull();
  });
});
