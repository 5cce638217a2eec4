// The floor in a worker, the kind of thread the console decodes on: JSON.parse of the body text, timed alone.
self.onmessage = async (event: MessageEvent<string>) => {
  try {
    const response = await fetch(`/fixtures/${encodeURIComponent(event.data)}.json`, { cache: 'no-store' });
    const text = await response.text();
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    const parsed: unknown = JSON.parse(text);
    const ms = performance.now() - started;
    self.postMessage({ ms, rows: Array.isArray(parsed) ? 0 : 1 });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
