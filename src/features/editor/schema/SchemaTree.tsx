// The workspace's tables (expandable to their typed columns) and functions as a keyboard-navigable ARIA tree. A
// click or Enter on a table, column or function inserts its name into the query at the cursor; the arrow beside a
// table, or Right/Left, opens and closes it. One row at a time is in the tab order (roving tabindex).
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Schema } from '../../../domain/schema/model';
import { INITIALLY_EXPANDED, treeKeyAction, visibleRows, type TreeRow } from './schemaTreeRows';

interface SchemaTreeProps {
  schema: Schema;
  onInsert(text: string): void;
}

export function SchemaTree({ schema, onInsert }: SchemaTreeProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(INITIALLY_EXPANDED);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const rows = useMemo(() => visibleRows(schema, expanded), [schema, expanded]);
  const items = useRef(new Map<string, HTMLElement>());
  // A filter can hide the row that had focus; the first row then takes its place in the tab order.
  const tabStop = rows.some((row) => row.key === focusedKey) ? focusedKey : (rows[0]?.key ?? null);

  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const activate = (row: TreeRow) => {
    setFocusedKey(row.key);
    if (row.insertText !== null) onInsert(row.insertText);
    else toggle(row.key);
  };
  const onKeyDown = (event: KeyboardEvent, row: TreeRow) => {
    const result = treeKeyAction(rows, row.key, event.key);
    if (result.kind === 'none') return;
    event.preventDefault();
    if (result.kind === 'focus') {
      setFocusedKey(result.key);
      items.current.get(result.key)?.focus();
    } else if (result.kind === 'toggle') toggle(result.key);
    else onInsert(result.text);
  };

  return (
    <div role="tree" aria-label="Tables and functions" className="schema-tree">
      {rows.map((row) => (
        <div
          key={row.key}
          ref={(element) => {
            if (element) items.current.set(row.key, element);
            else items.current.delete(row.key);
          }}
          role="treeitem"
          aria-label={row.label}
          aria-level={row.level}
          aria-setsize={row.setSize}
          aria-posinset={row.posInSet}
          aria-expanded={row.expanded ?? undefined}
          tabIndex={row.key === tabStop ? 0 : -1}
          className={`schema-row schema-row-level-${row.level}`}
          title={row.insertText !== null ? `Insert ${row.insertText}` : undefined}
          onClick={() => activate(row)}
          onFocus={() => setFocusedKey(row.key)}
          onKeyDown={(event) => onKeyDown(event, row)}
        >
          <span
            className="schema-twisty"
            aria-hidden="true"
            onClick={(event) => {
              if (row.expanded === null) return;
              event.stopPropagation();
              setFocusedKey(row.key);
              toggle(row.key);
            }}
          >
            {row.expanded === null ? '' : row.expanded ? '▾' : '▸'}
          </span>
          <span className="schema-name">{row.name}</span>
          {row.detail !== '' && <span className="schema-detail">{row.detail}</span>}
        </div>
      ))}
    </div>
  );
}

