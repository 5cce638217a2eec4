// The rows of one result table, fetched from the results worker into a window cache that lives as long as the grid
// (the grid is mounted per result table). The component re-renders when a window arrives; the rows themselves never
// enter React state.
import { useState, useSyncExternalStore } from 'react';
import type { ResultsClient } from '../../../workers/resultsClient';
import type { TableSummary } from '../../../workers/resultsProtocol';
import { createRowWindowCache, type RowWindowCache } from './rowWindowCache';

export function useWorkerRows(results: ResultsClient, resultId: string, tableIndex: number, table: TableSummary): RowWindowCache {
  const [cache] = useState(() => {
    // Every column is fetched, so hiding or showing a column needs no new request.
    const allColumns = table.columns.map((_, index) => index);
    return createRowWindowCache(table.rowCount, async (start, count) => {
      const outcome = await results.window(resultId, tableIndex, start, count, allColumns);
      return outcome.ok ? { ok: true, rows: outcome.value.rows } : { ok: false, message: outcome.error.message };
    });
  });
  useSyncExternalStore(cache.subscribe, cache.version, cache.version);
  return cache;
}
