import { describe, expect, it } from 'vitest';
import { csvFileName } from './csvFileName';

const at = new Date('2026-11-23T10:15:00.123Z');

describe('csvFileName', () => {
  it('names the workspace, the table and the UTC time to the second', () => {
    expect(csvFileName({ workspaceName: 'contoso-sentinel-demo', tableName: 'PrimaryResult', at })).toBe('contoso-sentinel-demo_PrimaryResult_2026-11-23T10-15-00Z.csv');
  });

  it.each([
    ['Zürich Logs (prod)', 'Zurich-Logs-prod'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['..hidden', 'hidden'],
    ['Table_1', 'Table_1'],
    ['日本語', 'workspace'],
    ['', 'workspace'],
    ['x'.repeat(100), 'x'.repeat(64)],
  ])('keeps only safe characters: %j → %j', (workspaceName, expected) => {
    expect(csvFileName({ workspaceName, tableName: 'T', at })).toBe(`${expected}_T_2026-11-23T10-15-00Z.csv`);
  });

  it('falls back to "results" for a table name with nothing safe in it', () => {
    expect(csvFileName({ workspaceName: 'w', tableName: '***', at })).toBe('w_results_2026-11-23T10-15-00Z.csv');
  });
});
