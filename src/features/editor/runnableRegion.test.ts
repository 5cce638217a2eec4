import { describe, expect, it } from 'vitest';
import { runnableRegion } from './runnableRegion';

const twoQueries = 'Heartbeat\n| take 1\n\nSigninLogs\n| where ResultType != "0"';

describe('runnableRegion', () => {
  it('gives the statement under the cursor and the line where it starts', () => {
    const cursor = twoQueries.indexOf('where');
    expect(runnableRegion(twoQueries, { start: cursor, end: cursor })).toEqual({
      text: 'SigninLogs\n| where ResultType != "0"',
      startLine: 4,
      startColumn: 0,
    });
    expect(runnableRegion(twoQueries, { start: 3, end: 3 })).toEqual({ text: 'Heartbeat\n| take 1', startLine: 1, startColumn: 0 });
  });

  it('gives a selection with its 0-based start column, even when made backwards', () => {
    const start = twoQueries.indexOf('ResultType');
    const end = twoQueries.length;
    expect(runnableRegion(twoQueries, { start: end, end: start })).toEqual({ text: 'ResultType != "0"', startLine: 5, startColumn: 8 });
  });

  it('counts lines the same way with CRLF line breaks', () => {
    const crlf = 'Heartbeat\r\n\r\nAuditLogs | take 1';
    const cursor = crlf.length;
    expect(runnableRegion(crlf, { start: cursor, end: cursor })).toEqual({ text: 'AuditLogs | take 1', startLine: 3, startColumn: 0 });
  });
});
