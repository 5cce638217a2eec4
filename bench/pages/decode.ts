// G1 and G6 in a fresh page: the floor (JSON.parse of the body text), the console's decode to its columnar model, and
// the SDK's conversion, each timed from the text in memory to the finished structure, on the page's thread or (the
// -worker variants) on a worker as in the console; or, for the heap variants, the heap that structure keeps alive
// after a full GC, with the body text held on both sides of the difference.
import { decodeResponse } from '../../src/domain/results/decodeResponse';
import { collectGarbage, fetchFixtureText, requireParam, run, usedHeap, type PageResult } from './shared/page';
import { sdkConvert } from './shared/sdkRows';

const BUILDERS: Record<string, (text: string) => unknown> = {
  floor: (text) => JSON.parse(text),
  model: (text) => {
    const decoded = decodeResponse(text);
    if (!decoded.ok) throw new Error(decoded.error.message);
    return decoded.result;
  },
  sdk: (text) => sdkConvert(text),
};

function decodeInWorker(fixture: string, variant: 'floor' | 'model'): Promise<number> {
  const worker = new Worker(new URL('./decodeWorker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ ms?: number; error?: string }>) => {
      worker.terminate();
      if (event.data.ms === undefined) reject(new Error(event.data.error ?? 'decode worker failed'));
      else resolve(event.data.ms);
    };
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage({ fixture, variant });
  });
}

run(async (): Promise<PageResult> => {
  const fixture = requireParam('fixture');
  const variant = requireParam('variant');
  if (variant === 'floor-worker' || variant === 'model-worker') return { ms: await decodeInWorker(fixture, variant === 'floor-worker' ? 'floor' : 'model') };
  const [mode, name] = variant.startsWith('heap-') ? ['heap', variant.slice(5)] : ['time', variant];
  const build = BUILDERS[name];
  if (!build) throw new Error(`Unknown variant ${variant}`);
  const text = await fetchFixtureText(fixture);
  collectGarbage();
  if (mode === 'time') {
    const started = performance.now();
    window.__keep = build(text);
    return { ms: performance.now() - started };
  }
  const before = usedHeap();
  window.__keep = build(text);
  collectGarbage();
  const retained = usedHeap() - before;
  return { retainedBytes: retained, textLength: text.length };
});
