// The schema pane's tree as a flat list of visible rows (ARIA allows a flat tree with aria-level, -setsize and
// -posinset), and what each tree key does. Pure, so the keyboard behaviour is tested without a browser.
import { kqlEntityName } from '../../../domain/schema/entityName';
import type { FunctionParameter, Schema } from '../../../domain/schema/model';

export const TABLES_GROUP = 'group:tables';
export const FUNCTIONS_GROUP = 'group:functions';
export const INITIALLY_EXPANDED: ReadonlySet<string> = new Set([TABLES_GROUP, FUNCTIONS_GROUP]);

export interface TreeRow {
  key: string;
  /** The name shown. */
  name: string;
  /** What a screen reader announces and a test finds the row by: the name, with a column's type or a function's signature. */
  label: string;
  /** Shown next to the name in a quieter style: a column's type, a function's parameters, a count. */
  detail: string;
  level: 1 | 2 | 3;
  setSize: number;
  posInSet: number;
  parentKey: string | null;
  /** null when the row has no children. */
  expanded: boolean | null;
  /** The text Enter or a click inserts into the query; null for the group rows. */
  insertText: string | null;
}

export function visibleRows(schema: Schema, expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const groups = [
    { key: TABLES_GROUP, name: 'Tables', count: schema.tables.length },
    { key: FUNCTIONS_GROUP, name: 'Functions', count: schema.functions.length },
  ].filter((group) => group.count > 0);

  for (const [groupIndex, group] of groups.entries()) {
    const groupOpen = expanded.has(group.key);
    rows.push({
      key: group.key,
      name: group.name,
      label: group.name,
      detail: String(group.count),
      level: 1,
      setSize: groups.length,
      posInSet: groupIndex + 1,
      parentKey: null,
      expanded: groupOpen,
      insertText: null,
    });
    if (!groupOpen) continue;
    if (group.key === TABLES_GROUP) {
      for (const [tableIndex, table] of schema.tables.entries()) {
        const tableKey = `table:${table.name}`;
        const tableOpen = expanded.has(tableKey);
        rows.push({
          key: tableKey,
          name: table.name,
          label: table.name,
          detail: '',
          level: 2,
          setSize: schema.tables.length,
          posInSet: tableIndex + 1,
          parentKey: TABLES_GROUP,
          expanded: table.columns.length > 0 ? tableOpen : null,
          insertText: kqlEntityName(table.name),
        });
        if (!tableOpen) continue;
        for (const [columnIndex, column] of table.columns.entries()) {
          rows.push({
            key: `column:${table.name}:${column.name}`,
            name: column.name,
            label: `${column.name} (${column.type})`,
            detail: column.type,
            level: 3,
            setSize: table.columns.length,
            posInSet: columnIndex + 1,
            parentKey: tableKey,
            expanded: null,
            insertText: kqlEntityName(column.name),
          });
        }
      }
    } else {
      for (const [functionIndex, fn] of schema.functions.entries()) {
        const signature = `(${fn.parameters.map(describeParameter).join(', ')})`;
        rows.push({
          key: `function:${fn.name}`,
          name: fn.name,
          label: `${fn.name}${signature}`,
          detail: signature,
          level: 2,
          setSize: schema.functions.length,
          posInSet: functionIndex + 1,
          parentKey: FUNCTIONS_GROUP,
          expanded: null,
          insertText: kqlEntityName(fn.name),
        });
      }
    }
  }
  return rows;
}

function describeParameter(parameter: FunctionParameter): string {
  if (parameter.kind === 'scalar') return `${parameter.name}:${parameter.type}`;
  const columns = parameter.columns.length === 0 ? '*' : parameter.columns.map((column) => `${column.name}:${column.type}`).join(', ');
  return `${parameter.name}:(${columns})`;
}

export type TreeKeyResult =
  | { kind: 'focus'; key: string }
  | { kind: 'toggle'; key: string }
  | { kind: 'insert'; text: string }
  | { kind: 'none' };

/** The WAI-ARIA tree pattern's keys: arrows move and open or close, Home/End jump, Enter inserts (or toggles a group). */
export function treeKeyAction(rows: readonly TreeRow[], focusedKey: string, key: string): TreeKeyResult {
  const index = rows.findIndex((row) => row.key === focusedKey);
  const row = rows[index];
  if (!row) return rows[0] ? { kind: 'focus', key: rows[0].key } : { kind: 'none' };
  const focus = (target: TreeRow | undefined): TreeKeyResult => (target ? { kind: 'focus', key: target.key } : { kind: 'none' });
  switch (key) {
    case 'ArrowDown':
      return focus(rows[index + 1]);
    case 'ArrowUp':
      return focus(rows[index - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows[rows.length - 1]);
    case 'ArrowRight':
      if (row.expanded === false) return { kind: 'toggle', key: row.key };
      return row.expanded === true ? focus(rows[index + 1]) : { kind: 'none' };
    case 'ArrowLeft':
      if (row.expanded === true) return { kind: 'toggle', key: row.key };
      return focus(rows.find((candidate) => candidate.key === row.parentKey));
    case 'Enter':
      if (row.insertText !== null) return { kind: 'insert', text: row.insertText };
      return row.expanded === null ? { kind: 'none' } : { kind: 'toggle', key: row.key };
    default:
      return { kind: 'none' };
  }
}
