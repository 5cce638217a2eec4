// Decode on a worker thread, as the console does: the body arrives as bytes and is decoded to text (not timed), then
// the floor (JSON.parse) or the console's decode to its model is timed alone.
import { decodeResponse } from '../../src/domain/results/decodeResponse';

self.onmessage = async (event: MessageEvent<{ fixture: string; variant: 'floor' | 'model' }>) => {
  try {
    const response = await fetch(`/fixtures/${encodeURIComponent(event.data.fixture)}.json`, { cache: 'no-store' });
    const text = new TextDecoder().decode(await response.arrayBuffer());
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    const decoded: unknown = event.data.variant === 'floor' ? JSON.parse(text) : decodeResponse(text);
    const ms = performance.now() - started;
    self.postMessage(decoded === undefined ? { error: 'nothing decoded' } : { ms });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
