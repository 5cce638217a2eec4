import { describe, expect, it } from 'vitest';
import { clampWidth, columnWidths, defaultColumnWidth, gridColumns } from './gridColumns';

const COLUMNS = [
  { name: 'TimeGenerated', type: 'datetime' },
  { name: 'UserPrincipalName', type: 'string' },
  { name: 'Count', type: 'long' },
] as const;

describe('grid columns', () => {
  it('labels datetime headers with the zone and leaves hidden columns out, keeping table indexes', () => {
    expect(gridColumns(COLUMNS, [1], 'UTC')).toEqual([
      { index: 0, name: 'TimeGenerated', type: 'datetime', label: 'TimeGenerated (UTC)' },
      { index: 2, name: 'Count', type: 'long', label: 'Count' },
    ]);
    expect(gridColumns(COLUMNS, null, 'Asia/Tokyo')[0]?.label).toBe('TimeGenerated (Asia/Tokyo)');
  });

  it('starts widths by type, widening for long names, and keeps the analyst’s widths', () => {
    expect(defaultColumnWidth('bool', 'ok')).toBe(90);
    expect(defaultColumnWidth('bool', 'IsInteractiveSignIn')).toBe(192);
    expect(defaultColumnWidth('string', 'x'.repeat(100))).toBe(480);
    expect(columnWidths(COLUMNS, null)).toEqual([230, 240, 130]);
    expect(columnWidths(COLUMNS, [100])).toEqual([100, 240, 130]);
  });

  it('keeps widths within usable bounds', () => {
    expect([10, 120.6, 99_999].map(clampWidth)).toEqual([48, 121, 2000]);
  });
});
