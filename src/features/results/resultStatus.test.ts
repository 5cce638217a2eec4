import { describe, expect, it } from 'vitest';
import { formatDuration, readStatistics, rowsText, statusFacts, tabLabel } from './resultStatus';

const RECORDED = {
  query: {
    executionTime: 0.0155775,
    resourceUsage: {
      cache: {
        shards: { hot: { hitbytes: 3_000_000, missbytes: 145_728, retrievebytes: 0 }, cold: { hitbytes: 0, missbytes: 0, retrievebytes: 0 }, bypassbytes: 0 },
      },
    },
    inputDatasetStatistics: { rows: { total: 198_000, scanned: 42_000 } },
  },
};

describe('result status', () => {
  it('names tabs with their row counts', () => {
    expect(tabLabel({ name: 'PrimaryResult', rowCount: 1234 })).toBe('PrimaryResult (1,234 rows)');
    expect(tabLabel({ name: 'Table_1', rowCount: 1 })).toBe('Table_1 (1 row)');
    expect(rowsText(0)).toBe('0 rows');
  });

  it('writes durations for people', () => {
    expect([850.4, 1234, 12_345, 125_000].map(formatDuration)).toEqual(['850 ms', '1.23 s', '12.3 s', '2 min 5 s']);
  });

  it('reads the recorded statistics shape', () => {
    expect(readStatistics(RECORDED)).toEqual({ executionSeconds: 0.0155775, rowsScanned: 42_000, rowsTotal: 198_000, bytesScanned: 3_145_728 });
  });

  it('reads nothing from missing or odd statistics', () => {
    const none = { executionSeconds: null, rowsScanned: null, rowsTotal: null, bytesScanned: null };
    expect(readStatistics(undefined)).toEqual(none);
    expect(readStatistics({ query: { executionTime: 'fast', inputDatasetStatistics: { rows: null } } })).toEqual(none);
  });

  it('lists the facts it has, in reading order', () => {
    expect(statusFacts({ rowCount: 5, durationMs: 1234, statistics: readStatistics(RECORDED) })).toEqual([
      '5 rows',
      'in 1.23 s',
      'server 16 ms',
      '42,000 of 198,000 rows scanned',
      '3.0 MB scanned',
    ]);
    expect(statusFacts({ rowCount: 1, durationMs: null, statistics: readStatistics(undefined) })).toEqual(['1 row']);
  });
});
