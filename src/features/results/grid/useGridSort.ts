// Sorting a table: the new sort shows in the header at once (store), the worker reorders its index, and then the
// cache fetches the reordered rows (the old ones stay on screen until they arrive, dimmed if that takes a while). A
// failed sort puts the previous one back and says why. Only the latest of several quick clicks reorders the cache.
import { useRef, useState } from 'react';
import type { ConsoleServices } from '../../../app/services';
import { tableKey, type SortState } from '../../../state/resultsViewSlice';
import { markNow } from './paintMarks';
import type { RowWindowCache } from './rowWindowCache';

export interface GridSort {
  changeSort(next: SortState | null): void;
  sortError: string | null;
  /** Set when reordered rows were asked for; the grid marks `grid:sort-paint` once they are painted, and clears it. */
  readonly awaitingPaint: { current: boolean };
}

export function useGridSort({ store, results }: Pick<ConsoleServices, 'store' | 'results'>, resultId: string, tableIndex: number, sort: SortState | null, cache: RowWindowCache): GridSort {
  const [sortError, setSortError] = useState<string | null>(null);
  const latest = useRef(0);
  const awaitingPaint = useRef(false);
  const key = tableKey(resultId, tableIndex);

  const changeSort = (next: SortState | null) => {
    const previous = sort;
    const request = ++latest.current;
    markNow('grid:sort-start');
    setSortError(null);
    store.getState().setSort(key, next);
    // Back to the service's order: the worker needs a valid column with 'none', any will do.
    const column = next?.column ?? previous?.column ?? 0;
    void results.sort(resultId, tableIndex, column, next?.direction ?? 'none').then((outcome) => {
      if (request !== latest.current) return;
      if (!outcome.ok) {
        store.getState().setSort(key, previous);
        setSortError(`Sorting failed: ${outcome.error.message}`);
        return;
      }
      awaitingPaint.current = true;
      cache.reorder();
    });
  };

  return { changeSort, sortError, awaitingPaint };
}
