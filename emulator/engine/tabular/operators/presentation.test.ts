import { describe, expect, it } from 'vitest';
import { rows } from '../../testing/queries.ts';

describe('getschema', () => {
  it('lists every column with its ordinal, .NET type and Kusto type', async () => {
    expect(await rows('AppTraces | getschema')).toEqual([
      ['TimeGenerated', 0, 'System.DateTime', 'datetime'],
      ['Message', 1, 'System.String', 'string'],
      ['SeverityLevel', 2, 'System.Int32', 'int'],
      ['AppRoleName', 3, 'System.String', 'string'],
      ['Properties', 4, 'System.Object', 'dynamic'],
    ]);
  });
});

describe('render', () => {
  it('passes the rows through', async () => {
    expect(await rows('datatable(x:long)[1, 2] | render timechart')).toEqual([[1], [2]]);
  });
});
