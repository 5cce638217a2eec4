// One tab per result table ("PrimaryResult (1,234 rows)"), as an ARIA tablist: arrows, Home and End move between
// tabs and select them (automatic activation; switching costs only a window request).
import { useRef, type KeyboardEvent } from 'react';
import type { TableSummary } from '../../workers/resultsProtocol';
import { tabLabel } from './resultStatus';

export interface ResultTabsProps {
  readonly tables: readonly TableSummary[];
  readonly activeIndex: number;
  /** Ids for tab i and its panel: `${idPrefix}-tab-${i}`, `${idPrefix}-panel`. */
  readonly idPrefix: string;
  onSelect(index: number): void;
}

export function ResultTabs({ tables, activeIndex, idPrefix, onSelect }: ResultTabsProps) {
  const listRef = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = tables.length - 1;
    const next =
      event.key === 'ArrowRight' ? (activeIndex + 1) % tables.length
      : event.key === 'ArrowLeft' ? (activeIndex - 1 + tables.length) % tables.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    onSelect(next);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${idPrefix}-tab-${next}`)}`)?.focus();
  };

  return (
    <div ref={listRef} role="tablist" aria-label="Result tables" className="result-tabs" onKeyDown={onKeyDown}>
      {tables.map((table, index) => (
        <button
          key={index}
          id={`${idPrefix}-tab-${index}`}
          type="button"
          role="tab"
          aria-selected={index === activeIndex}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={index === activeIndex ? 0 : -1}
          className="result-tab"
          onClick={() => onSelect(index)}
        >
          <bdi>{tabLabel(table)}</bdi>
        </button>
      ))}
    </div>
  );
}
