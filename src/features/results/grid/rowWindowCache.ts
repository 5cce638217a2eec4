// The grid's rows, held outside React (DESIGN §5: row data never enters React state). Rows are fetched from the results
// worker in fixed blocks around the viewport, a few blocks are kept, and the grid re-renders through `subscribe`.
// After a sort the old rows stay on screen until the reordered ones arrive: no flash of placeholders. They are dimmed
// (marked stale) only if the new ones take a while, so a quick sort paints once, with its result.

export type WindowRows = readonly (readonly string[])[];
export type FetchOutcome = { readonly ok: true; readonly rows: WindowRows } | { readonly ok: false; readonly message: string };
/** Rows `start … start + count - 1` of the current order (clipped to the table by the worker). */
export type FetchRows = (start: number, count: number) => Promise<FetchOutcome>;

export interface RowWindowCacheOptions {
  readonly blockSize?: number;
  /** Blocks kept in memory; the viewport and its neighbours are never dropped. */
  readonly maxBlocks?: number;
  /** How long after a reorder the old rows are re-rendered as stale if the new ones have not arrived. */
  readonly staleAfterMs?: number;
}

export interface RowWindowCache {
  /** The row at a position, or undefined while its block is loading. */
  row(position: number): readonly string[] | undefined;
  /** The row at the position is from the order before the last `reorder()`. */
  isStale(position: number): boolean;
  /** Whether rows first…last are all loaded in the current order. */
  isCurrent(first: number, last: number): boolean;
  /** Loads what rows first…last (and one block either side) need and does not have or await yet. */
  show(first: number, last: number): void;
  /** The worker's order changed: fetch again what is shown. */
  reorder(): void;
  /** Why the last fetch failed, until a fetch succeeds. */
  error(): string | null;
  /** Changes on every update; the snapshot for useSyncExternalStore. */
  version(): number;
  subscribe(listener: () => void): () => void;
  /** Drops the rows and ignores answers still on their way. */
  dispose(): void;
}

export const DEFAULT_BLOCK_SIZE = 100;
export const DEFAULT_MAX_BLOCKS = 8;
export const DEFAULT_STALE_AFTER_MS = 100;

/** Blocks covering rows first…last plus `margin` blocks either side, within the table. */
export function blocksAround(first: number, last: number, rowCount: number, blockSize: number, margin = 1): number[] {
  if (rowCount <= 0 || last < first) return [];
  const lastBlock = Math.floor((rowCount - 1) / blockSize);
  const from = Math.max(0, Math.floor(Math.max(0, first) / blockSize) - margin);
  const to = Math.min(lastBlock, Math.floor(Math.min(last, rowCount - 1) / blockSize) + margin);
  const blocks: number[] = [];
  for (let block = from; block <= to; block++) blocks.push(block);
  return blocks;
}

/** The blocks to drop so at most `maxBlocks` remain: the farthest from the wanted ones first, never a wanted one. */
export function blocksToDrop(held: readonly number[], wanted: readonly number[], maxBlocks: number): number[] {
  const excess = held.length - Math.max(maxBlocks, wanted.length);
  if (excess <= 0 || wanted.length === 0) return [];
  const low = Math.min(...wanted);
  const high = Math.max(...wanted);
  const distance = (block: number): number => (block < low ? low - block : block > high ? block - high : 0);
  return held
    .filter((block) => distance(block) > 0)
    .sort((a, b) => distance(b) - distance(a))
    .slice(0, excess);
}

interface Block {
  readonly rows: WindowRows;
  readonly generation: number;
}

export function createRowWindowCache(rowCount: number, fetchRows: FetchRows, options: RowWindowCacheOptions = {}): RowWindowCache {
  const blockSize = options.blockSize ?? DEFAULT_BLOCK_SIZE;
  const maxBlocks = options.maxBlocks ?? DEFAULT_MAX_BLOCKS;
  const staleAfterMs = options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  let staleTimer: ReturnType<typeof setTimeout> | undefined;
  const blocks = new Map<number, Block>();
  /** Block → generation of the fetch in flight or of the fetch that failed (not retried in that generation). */
  const inFlight = new Map<number, number>();
  const failed = new Map<number, number>();
  const listeners = new Set<() => void>();
  let generation = 0;
  let version = 0;
  let lastError: string | null = null;
  let shown: { first: number; last: number } | null = null;
  let disposed = false;

  const notify = (): void => {
    version++;
    for (const listener of [...listeners]) listener();
  };

  const fetchBlock = (block: number): void => {
    const requested = generation;
    inFlight.set(block, requested);
    void fetchRows(block * blockSize, blockSize).then((outcome) => {
      if (disposed || requested !== generation) return;
      inFlight.delete(block);
      if (!outcome.ok) {
        failed.set(block, requested);
        lastError = outcome.message;
        notify();
        return;
      }
      blocks.set(block, { rows: outcome.rows, generation: requested });
      const errorCleared = lastError !== null;
      lastError = null;
      const wanted = shown ? blocksAround(shown.first, shown.last, rowCount, blockSize) : [block];
      for (const dropped of blocksToDrop([...blocks.keys()], wanted, maxBlocks)) blocks.delete(dropped);
      // A fast scroll has usually moved on by the time a block arrives: keep it, but re-render only for what is
      // shown or next to it (or to take an error message away).
      if (errorCleared || wanted.includes(block)) notify();
    });
  };

  const isLoaded = (block: number): boolean => blocks.get(block)?.generation === generation;

  const cache: RowWindowCache = {
    row: (position) => blocks.get(Math.floor(position / blockSize))?.rows[position % blockSize],
    isStale: (position) => {
      const block = blocks.get(Math.floor(position / blockSize));
      return block !== undefined && block.generation !== generation;
    },
    isCurrent: (first, last) => blocksAround(first, last, rowCount, blockSize, 0).every(isLoaded),
    show: (first, last) => {
      if (disposed) return;
      shown = { first, last };
      for (const block of blocksAround(first, last, rowCount, blockSize)) {
        if (isLoaded(block) || inFlight.get(block) === generation || failed.get(block) === generation) continue;
        fetchBlock(block);
      }
    },
    reorder: () => {
      generation++;
      inFlight.clear();
      failed.clear();
      if (shown) cache.show(shown.first, shown.last);
      clearTimeout(staleTimer);
      staleTimer = setTimeout(() => {
        if (!disposed && shown && !cache.isCurrent(shown.first, shown.last)) notify();
      }, staleAfterMs);
    },
    error: () => lastError,
    version: () => version,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => {
      disposed = true;
      clearTimeout(staleTimer);
      blocks.clear();
      listeners.clear();
    },
  };
  return cache;
}
