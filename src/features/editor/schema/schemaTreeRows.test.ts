import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../domain/schema/model';
import { INITIALLY_EXPANDED, treeKeyAction, visibleRows } from './schemaTreeRows';

const schema: Schema = {
  tables: [
    {
      name: 'SigninLogs',
      description: null,
      columns: [
        { name: 'TimeGenerated', type: 'datetime' },
        { name: 'my col', type: 'string' },
      ],
    },
    { name: 'Empty_CL', description: null, columns: [] },
  ],
  functions: [
    {
      name: 'failedSince',
      parameters: [
        { kind: 'scalar', name: 'lookback', type: 'timespan', defaultValue: null },
        { kind: 'tabular', name: 'T', columns: [] },
      ],
      body: 'SigninLogs',
      description: null,
    },
  ],
};

const expandedWithTable = new Set([...INITIALLY_EXPANDED, 'table:SigninLogs']);

describe('visibleRows', () => {
  it('lists groups, tables and functions, with columns only under an expanded table', () => {
    const rows = visibleRows(schema, INITIALLY_EXPANDED);
    expect(rows.map((row) => [row.key, row.level, row.expanded, row.insertText])).toEqual([
      ['group:tables', 1, true, null],
      ['table:SigninLogs', 2, false, 'SigninLogs'],
      ['table:Empty_CL', 2, null, 'Empty_CL'],
      ['group:functions', 1, true, null],
      ['function:failedSince', 2, null, 'failedSince'],
    ]);
    expect(rows[4]?.label).toBe('failedSince(lookback:timespan, T:(*))');
  });

  it('gives columns their type, position in the table and a quoted name to insert', () => {
    const columns = visibleRows(schema, expandedWithTable).filter((row) => row.level === 3);
    expect(columns).toEqual([
      {
        key: 'column:SigninLogs:TimeGenerated',
        name: 'TimeGenerated',
        label: 'TimeGenerated (datetime)',
        detail: 'datetime',
        level: 3,
        setSize: 2,
        posInSet: 1,
        parentKey: 'table:SigninLogs',
        expanded: null,
        insertText: 'TimeGenerated',
      },
      {
        key: 'column:SigninLogs:my col',
        name: 'my col',
        label: 'my col (string)',
        detail: 'string',
        level: 3,
        setSize: 2,
        posInSet: 2,
        parentKey: 'table:SigninLogs',
        expanded: null,
        insertText: "['my col']",
      },
    ]);
  });

  it('hides the children of a collapsed group, and leaves out a group with nothing in it', () => {
    expect(visibleRows(schema, new Set()).map((row) => row.key)).toEqual(['group:tables', 'group:functions']);
    const rows = visibleRows({ tables: schema.tables, functions: [] }, INITIALLY_EXPANDED);
    expect(rows.map((row) => row.key)).toEqual(['group:tables', 'table:SigninLogs', 'table:Empty_CL']);
    expect(rows[0]).toMatchObject({ setSize: 1, posInSet: 1, detail: '2' });
  });
});

describe('treeKeyAction', () => {
  const rows = visibleRows(schema, expandedWithTable);

  it('moves with the arrows, Home and End, and stops at the ends', () => {
    expect(treeKeyAction(rows, 'table:SigninLogs', 'ArrowDown')).toEqual({ kind: 'focus', key: 'column:SigninLogs:TimeGenerated' });
    expect(treeKeyAction(rows, 'table:SigninLogs', 'ArrowUp')).toEqual({ kind: 'focus', key: 'group:tables' });
    expect(treeKeyAction(rows, 'group:tables', 'ArrowUp')).toEqual({ kind: 'none' });
    expect(treeKeyAction(rows, 'group:tables', 'End')).toEqual({ kind: 'focus', key: 'function:failedSince' });
    expect(treeKeyAction(rows, 'function:failedSince', 'Home')).toEqual({ kind: 'focus', key: 'group:tables' });
  });

  it('opens with Right, then moves into the children; closes with Left, then moves to the parent', () => {
    const collapsed = visibleRows(schema, INITIALLY_EXPANDED);
    expect(treeKeyAction(collapsed, 'table:SigninLogs', 'ArrowRight')).toEqual({ kind: 'toggle', key: 'table:SigninLogs' });
    expect(treeKeyAction(rows, 'table:SigninLogs', 'ArrowRight')).toEqual({ kind: 'focus', key: 'column:SigninLogs:TimeGenerated' });
    expect(treeKeyAction(rows, 'table:SigninLogs', 'ArrowLeft')).toEqual({ kind: 'toggle', key: 'table:SigninLogs' });
    expect(treeKeyAction(rows, 'column:SigninLogs:my col', 'ArrowLeft')).toEqual({ kind: 'focus', key: 'table:SigninLogs' });
    expect(treeKeyAction(rows, 'table:Empty_CL', 'ArrowRight')).toEqual({ kind: 'none' });
  });

  it('inserts with Enter on a table, column or function, and toggles a group', () => {
    expect(treeKeyAction(rows, 'column:SigninLogs:my col', 'Enter')).toEqual({ kind: 'insert', text: "['my col']" });
    expect(treeKeyAction(rows, 'table:SigninLogs', 'Enter')).toEqual({ kind: 'insert', text: 'SigninLogs' });
    expect(treeKeyAction(rows, 'group:functions', 'Enter')).toEqual({ kind: 'toggle', key: 'group:functions' });
  });

  it('falls back to the first row when the focused row is gone, and ignores other keys', () => {
    expect(treeKeyAction(rows, 'table:Gone', 'ArrowDown')).toEqual({ kind: 'focus', key: 'group:tables' });
    expect(treeKeyAction([], 'table:Gone', 'ArrowDown')).toEqual({ kind: 'none' });
    expect(treeKeyAction(rows, 'table:SigninLogs', 'x')).toEqual({ kind: 'none' });
  });
});
