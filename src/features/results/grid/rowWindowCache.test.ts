import { afterEach, describe, expect, it, vi } from 'vitest';
import { blocksAround, blocksToDrop, createRowWindowCache } from './rowWindowCache';
import type { FetchOutcome } from './rowWindowCache';

/** A worker stand-in whose answers the test releases one by one, with rows named after the order and position. */
function fakeWorker(rowCount: number) {
  let order = 'service';
  const pending: { start: number; count: number; resolve: (outcome: FetchOutcome) => void; order: string }[] = [];
  return {
    requests: () => pending.map(({ start, count }) => [start, count]),
    setOrder: (next: string) => {
      order = next;
    },
    fetchRows: (start: number, count: number) =>
      new Promise<FetchOutcome>((resolve) => {
        pending.push({ start, count, resolve, order });
      }),
    /** Answers the oldest request (with the order it was made in, as the worker processes messages in turn). */
    answer: async (failure?: string) => {
      const next = pending.shift();
      if (!next) throw new Error('no request is waiting');
      const end = Math.min(rowCount, next.start + next.count);
      const rows = Array.from({ length: end - next.start }, (_, index) => [`${next.order}-${next.start + index}`]);
      next.resolve(failure ? { ok: false, message: failure } : { ok: true, rows });
      await Promise.resolve();
    },
  };
}

describe('blocks around the viewport', () => {
  it('covers the visible rows and one block either side, within the table', () => {
    expect(blocksAround(250, 320, 10_000, 100)).toEqual([1, 2, 3, 4]);
    expect(blocksAround(0, 30, 10_000, 100)).toEqual([0, 1]);
    expect(blocksAround(9_950, 9_999, 10_000, 100)).toEqual([98, 99]);
    expect(blocksAround(0, 30, 31, 100)).toEqual([0]);
    expect(blocksAround(0, 30, 0, 100)).toEqual([]);
    expect(blocksAround(250, 320, 10_000, 100, 0)).toEqual([2, 3]);
  });

  it('drops the blocks farthest from the viewport first and never a wanted one', () => {
    expect(blocksToDrop([0, 1, 2, 3, 9, 10, 11], [9, 10, 11], 5)).toEqual([0, 1]);
    expect(blocksToDrop([0, 5, 6], [5, 6], 8)).toEqual([]);
    expect(blocksToDrop([4, 5, 6], [4, 5, 6], 2)).toEqual([]);
  });
});

describe('row window cache', () => {
  it('fetches the blocks the viewport needs once, and serves rows when they arrive', async () => {
    const worker = fakeWorker(1_000);
    const cache = createRowWindowCache(1_000, worker.fetchRows, { blockSize: 100 });
    let updates = 0;
    cache.subscribe(() => updates++);
    cache.show(120, 150);
    cache.show(120, 160);
    expect(worker.requests()).toEqual([[0, 100], [100, 100], [200, 100]]);
    expect(cache.row(120)).toBeUndefined();
    await worker.answer();
    await worker.answer();
    expect(cache.row(120)).toEqual(['service-120']);
    expect(cache.isCurrent(120, 160)).toBe(true);
    expect(cache.isCurrent(120, 250)).toBe(false);
    expect(updates).toBe(2);
  });

  it('keeps a block that arrives after the viewport moved far away, without an update for it', async () => {
    const worker = fakeWorker(100_000);
    const cache = createRowWindowCache(100_000, worker.fetchRows, { blockSize: 100 });
    let updates = 0;
    cache.subscribe(() => updates++);
    cache.show(50_020, 50_040);
    cache.show(90_020, 90_040);
    await worker.answer();
    await worker.answer();
    await worker.answer();
    expect(cache.row(50_030)).toEqual(['service-50030']);
    expect(updates).toBe(0);
    await worker.answer();
    expect(cache.row(89_950)).toEqual(['service-89950']);
    expect(updates).toBe(1);
  });

  it('updates when a block the viewport left takes an earlier error message away', async () => {
    const worker = fakeWorker(100_000);
    const cache = createRowWindowCache(100_000, worker.fetchRows, { blockSize: 100 });
    let updates = 0;
    cache.subscribe(() => updates++);
    cache.show(50_020, 50_040);
    await worker.answer('The worker was busy');
    expect(updates).toBe(1);
    cache.show(90_020, 90_040);
    await worker.answer();
    expect(cache.error()).toBeNull();
    expect(updates).toBe(2);
  });

  it('keeps old rows on screen, marked stale, until the reordered rows replace them', async () => {
    const worker = fakeWorker(1_000);
    const cache = createRowWindowCache(1_000, worker.fetchRows, { blockSize: 100 });
    cache.show(0, 30);
    await worker.answer();
    await worker.answer();
    worker.setOrder('sorted');
    cache.reorder();
    expect(worker.requests()).toEqual([[0, 100], [100, 100]]);
    expect(cache.row(5)).toEqual(['service-5']);
    expect(cache.isStale(5)).toBe(true);
    expect(cache.isCurrent(0, 30)).toBe(false);
    await worker.answer();
    expect(cache.row(5)).toEqual(['sorted-5']);
    expect(cache.isStale(5)).toBe(false);
  });

  describe('after a reorder', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    async function sortedCache(staleAfterMs: number) {
      vi.useFakeTimers();
      const worker = fakeWorker(1_000);
      const cache = createRowWindowCache(1_000, worker.fetchRows, { blockSize: 100, staleAfterMs });
      cache.show(0, 30);
      await worker.answer();
      await worker.answer();
      let updates = 0;
      cache.subscribe(() => updates++);
      worker.setOrder('sorted');
      cache.reorder();
      return { worker, cache, updates: () => updates };
    }

    it('renders once when the reordered rows come quickly: the old ones are not dimmed first', async () => {
      const { worker, cache, updates } = await sortedCache(100);
      vi.advanceTimersByTime(99);
      expect(updates()).toBe(0);
      await worker.answer();
      expect(updates()).toBe(1);
      expect(cache.isCurrent(0, 30)).toBe(true);
      vi.advanceTimersByTime(1_000);
      expect(updates()).toBe(1);
    });

    it('dims the old rows once the reordered ones are late', async () => {
      const { worker, cache, updates } = await sortedCache(100);
      vi.advanceTimersByTime(100);
      expect(updates()).toBe(1);
      expect(cache.isStale(5)).toBe(true);
      await worker.answer();
      expect(updates()).toBe(2);
      expect(cache.isStale(5)).toBe(false);
    });
  });

  it('ignores an answer from before the latest reorder', async () => {
    const worker = fakeWorker(1_000);
    const cache = createRowWindowCache(1_000, worker.fetchRows, { blockSize: 100 });
    cache.show(0, 30);
    worker.setOrder('sorted');
    cache.reorder();
    await worker.answer();
    await worker.answer();
    expect(cache.row(5)).toBeUndefined();
    await worker.answer();
    expect(cache.row(5)).toEqual(['sorted-5']);
  });

  it('keeps at most maxBlocks, dropping the ones far from the viewport', async () => {
    const worker = fakeWorker(10_000);
    const cache = createRowWindowCache(10_000, worker.fetchRows, { blockSize: 100, maxBlocks: 3 });
    cache.show(0, 50);
    await worker.answer();
    await worker.answer();
    cache.show(5_000, 5_050);
    await worker.answer();
    await worker.answer();
    await worker.answer();
    expect(cache.row(0)).toBeUndefined();
    expect(cache.row(150)).toBeUndefined();
    expect(cache.row(4_950)).toEqual(['service-4950']);
    expect(cache.row(5_150)).toEqual(['service-5150']);
  });

  it('reports a failed fetch and does not retry it until the order changes', async () => {
    const worker = fakeWorker(50);
    const cache = createRowWindowCache(50, worker.fetchRows, { blockSize: 100 });
    cache.show(0, 20);
    await worker.answer('No result "result-1" is loaded');
    expect(cache.error()).toBe('No result "result-1" is loaded');
    cache.show(0, 20);
    expect(worker.requests()).toEqual([]);
    cache.reorder();
    expect(worker.requests()).toEqual([[0, 100]]);
    await worker.answer();
    expect(cache.error()).toBeNull();
  });

  it('ignores answers after dispose', async () => {
    const worker = fakeWorker(50);
    const cache = createRowWindowCache(50, worker.fetchRows);
    let updates = 0;
    cache.subscribe(() => updates++);
    cache.show(0, 20);
    cache.dispose();
    await worker.answer();
    expect(cache.row(0)).toBeUndefined();
    expect(updates).toBe(0);
  });
});
