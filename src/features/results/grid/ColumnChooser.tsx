// Hide and show columns of the current table. Hidden columns stay in the result (and in an "all columns" export);
// the grid, "Copy row", "Copy as TSV" and a "visible columns" export leave them out.
import { useId, useRef, useState } from 'react';
import type { TableSummary } from '../../../workers/resultsProtocol';

export interface ColumnChooserProps {
  readonly columns: TableSummary['columns'];
  readonly hidden: readonly number[];
  onChange(hidden: number[]): void;
}

export function ColumnChooser({ columns, hidden, onChange }: ColumnChooserProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const chooserRef = useRef<HTMLDivElement>(null);
  const hiddenSet = new Set(hidden);
  const shownCount = columns.length - hiddenSet.size;

  const toggle = (index: number) => onChange(hiddenSet.has(index) ? hidden.filter((column) => column !== index) : [...hidden, index].sort((a, b) => a - b));
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  return (
    <div
      ref={chooserRef}
      className="column-chooser"
      onBlur={(event) => {
        // Focus leaving the chooser (a click or Tab elsewhere) closes it, as a popover does.
        if (!chooserRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Columns ({shownCount} of {columns.length})
      </button>
      {open && (
        <div
          id={panelId}
          className="column-chooser-panel"
          role="group"
          aria-label="Shown columns"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            close();
          }}
        >
          <div className="column-chooser-actions">
            <button type="button" onClick={() => onChange([])} disabled={hiddenSet.size === 0}>
              Show all
            </button>
            <button type="button" onClick={close}>
              Done
            </button>
          </div>
          <ul className="column-chooser-list">
            {columns.map((column, index) => {
              const shown = !hiddenSet.has(index);
              return (
                <li key={index}>
                  <label>
                    {/* The last shown column cannot be hidden: a grid with no columns shows nothing to act on. */}
                    <input type="checkbox" checked={shown} disabled={shown && shownCount === 1} onChange={() => toggle(index)} />
                    <bdi>{column.name}</bdi> <span className="column-type">{column.type}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
