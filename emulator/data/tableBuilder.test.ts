import { describe, expect, it } from 'vitest';
import { stampStandardColumns, TableBuilder } from './tableBuilder.ts';
import { columns, defineTable } from './tableDefinition.ts';

describe('columns and defineTable', () => {
  it('parses "Name:type" specs, keeping underscores and colons in names', () => {
    expect(columns('TimeGenerated:datetime', '_ResourceId:string', 'a:b:long')).toEqual([
      { name: 'TimeGenerated', type: 'datetime' },
      { name: '_ResourceId', type: 'string' },
      { name: 'a:b', type: 'long' },
    ]);
  });

  it('refuses a column declared twice', () => {
    expect(() => defineTable('T', 'd', columns('A:string', 'A:long'))).toThrow('T declares a column twice');
  });

  it('copies the schema into a definition', () => {
    expect(defineTable('T', 'A table.', columns('A:string', 'B:int'))).toEqual({
      name: 'T',
      description: 'A table.',
      columns: [{ name: 'A', type: 'string' }, { name: 'B', type: 'int' }],
    });
  });
});

describe('TableBuilder', () => {
  it('starts strings empty and every other type null, and writes by column name', () => {
    const builder = new TableBuilder(columns('TenantId:string', 'N:int', 'D:dynamic', 'Type:string'), 2);
    builder.columns.N[1] = 7;
    stampStandardColumns(builder, 'T', 'ws');
    expect(builder.toTable()).toEqual({
      columns: [{ name: 'TenantId', type: 'string' }, { name: 'N', type: 'int' }, { name: 'D', type: 'dynamic' }, { name: 'Type', type: 'string' }],
      data: [['ws', 'ws'], [null, 7], [null, null], ['T', 'T']],
      rowCount: 2,
    });
  });
});
