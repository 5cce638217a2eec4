import { describe, expect, it } from 'vitest';
import { exportColumns, orderDescription, progressText, tsvCopiedText, visibleColumns } from './exportPlan';

const COLUMNS = [
  { name: 'TimeGenerated', type: 'datetime' },
  { name: 'User', type: 'string' },
] as const;

describe('export plan', () => {
  it('exports every column, or the ones not hidden in the grid', () => {
    expect(exportColumns('all', 4, [1])).toBeUndefined();
    expect(exportColumns('visible', 4, [1, 3])).toEqual([0, 2]);
    expect(visibleColumns(3, null)).toEqual([0, 1, 2]);
  });

  it('describes the order the rows are written in', () => {
    expect(orderDescription({ column: 0, direction: 'descending' }, COLUMNS)).toBe('sorted by TimeGenerated, descending');
    expect(orderDescription(null, COLUMNS)).toBe('in the order the service returned');
    expect(orderDescription({ column: 5, direction: 'ascending' }, COLUMNS)).toBe('in the order the service returned');
  });

  it('reports progress and says when a clipboard copy was cut', () => {
    expect(progressText(12_000, 200_000)).toBe('Writing 12,000 of 200,000 rows…');
    expect(tsvCopiedText(5, 5, 1)).toBe('Copied 5 rows × 1 column as tab-separated text, with a header row.');
    expect(tsvCopiedText(50_000, 1_000_000, 12)).toBe(
      'Copied only the first 50,000 rows × 12 columns of 1,000,000 rows: the clipboard copy stops at 50,000 rows. Use Export CSV for all rows.',
    );
  });
});
