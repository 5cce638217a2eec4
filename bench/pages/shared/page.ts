// What every bench page shares: the fixture fetch, a forced GC between phases (Chromium runs with --expose-gc) and
// the hand-over of a result to the harness, which waits for window.__bench to settle.

export type PageResult = Record<string, unknown>;

declare global {
  interface Window {
    __bench?: { status: 'running' } | { status: 'done'; result: PageResult } | { status: 'failed'; error: string };
    /** Keeps a measured structure alive until the heap has been read. */
    __keep?: unknown;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

export const params = new URLSearchParams(location.search);

export function requireParam(name: string): string {
  const value = params.get(name);
  if (!value) throw new Error(`The page needs ?${name}=`);
  return value;
}

export async function fetchFixtureText(name: string): Promise<string> {
  const response = await fetch(`/fixtures/${encodeURIComponent(name)}.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('gc() is missing: Chromium must run with --js-flags=--expose-gc');
  gc();
  gc();
}

export function usedHeap(): number {
  const memory = performance.memory;
  if (!memory) throw new Error('performance.memory is missing (Chromium only, with --enable-precise-memory-info)');
  return memory.usedJSHeapSize;
}

/** Resolves after the next frame has been produced: a frame callback, then a task after it. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
}

export function run(task: () => Promise<PageResult>): void {
  window.__bench = { status: 'running' };
  task().then(
    (result) => {
      window.__bench = { status: 'done', result };
    },
    (error: unknown) => {
      window.__bench = { status: 'failed', error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
    },
  );
}

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
