// TanStack Table v9 with its own row model and sorting (createSortedRowModel, the stock sort functions chosen
// automatically per column), rows virtualized by TanStack Virtual: the usual way to build the grid on TanStack.
// Written with createElement because the bench's TypeScript project has no JSX setting.
import { createElement as h, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFns, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MountedGrid } from '../grid';
import { cellText, type KeyedRow } from '../shared/sdkRows';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns });
const helper = createColumnHelper<typeof features, KeyedRow>();
const ROW_HEIGHT = 28;

function Grid({ columnNames, rows }: { columnNames: readonly string[]; rows: KeyedRow[] }) {
  const columns = useRef(helper.columns(columnNames.map((name) => helper.accessor((row) => row[name], { id: name })))).current;
  const table = useTable({ features, columns, data: rows });
  const scrollRef = useRef<HTMLDivElement>(null);
  const modelRows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({ count: modelRows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return h(
    'div',
    { ref: scrollRef, className: 'tg-scroll' },
    h(
      'div',
      { className: 'tg-header' },
      headers.map((header) => h('button', { key: header.id, type: 'button', 'data-col': header.id, onClick: header.column.getToggleSortingHandler() }, header.id)),
    ),
    h(
      'div',
      { style: { height: virtualizer.getTotalSize(), position: 'relative' } },
      virtualizer.getVirtualItems().map((item) => {
        const row = modelRows[item.index];
        if (!row) return null;
        return h(
          'div',
          { key: row.id, className: 'tg-row', 'data-index': item.index, style: { transform: `translateY(${item.start}px)` } },
          columnNames.map((name) => h('div', { key: name, className: 'tg-cell' }, cellText(row.getValue(name)))),
        );
      }),
    ),
  );
}

export function mountTanStack(container: HTMLElement, columnNames: readonly string[], rows: KeyedRow[]): MountedGrid {
  createRoot(container).render(h(Grid, { columnNames, rows }));
  return {
    header: (column) => container.querySelector<HTMLElement>(`button[data-col="${column}"]`),
    scrollElement: () => container.querySelector<HTMLElement>('.tg-scroll'),
    firstRowText: () => container.querySelector('.tg-row[data-index="0"]')?.textContent ?? null,
  };
}
