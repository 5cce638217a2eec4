// The rows of one result table, fetched from the results worker into a window cache that lives as long as the grid
// (the grid is mounted per result table). The component re-renders when a window arrives (useRowUpdates); the rows
// themselves never enter React state.
import { useCallback, useState, useSyncExternalStore } from 'react';
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
  return cache;
}

export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/**
 * A subscription that passes each change on at once, or, while `defer()`, once at the next frame however many came.
 * Returns the unsubscribe function, which also drops a change still waiting for its frame.
 */
export function subscribeDeferring(subscribe: (listener: () => void) => () => void, defer: () => boolean, listener: () => void, frames: FrameScheduler = animationFrames): () => void {
  let frame: number | null = null;
  const unsubscribe = subscribe(() => {
    if (!defer()) listener();
    else if (frame === null)
      frame = frames.request(() => {
        frame = null;
        listener();
      });
  });
  return () => {
    unsubscribe();
    if (frame !== null) frames.cancel(frame);
  };
}

/**
 * Re-renders when rows arrive: at once, or, while `isScrolling()`, at the next animation frame. A scroll renders every
 * frame anyway, before the frame's animation callbacks, so by then it has drawn what arrived or moved past it; an
 * immediate render would lay out rows that the next frame replaces.
 */
export function useRowUpdates(cache: RowWindowCache, isScrolling: () => boolean): void {
  const subscribe = useCallback((listener: () => void) => subscribeDeferring(cache.subscribe, isScrolling, listener), [cache, isScrolling]);
  useSyncExternalStore(subscribe, cache.version, cache.version);
}
