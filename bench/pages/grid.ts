// The peer grids in a fresh page, fed what an SDK-based app has: keyed row objects from the SDK's conversion.
// Prep (text → rows), first paint (rows → first data cell painted) and, on request from the harness, a header click
// timed until the first visible row has changed and a frame has been painted.
import { collectGarbage, afterPaint, fetchFixtureText, requireParam, run } from './shared/page';
import { keyedRows, sdkConvert } from './shared/sdkRows';
import { mountAgGrid } from './peers/agGrid';
import { mountTanStack } from './peers/tanstackGrid';

export interface MountedGrid {
  /** The header element whose click sorts by the column. */
  header(column: string): HTMLElement | null;
  /** Text of the first data row on screen, to see the sort land. */
  firstRowText(): string | null;
  /** The element that scrolls the rows vertically. */
  scrollElement(): HTMLElement | null;
}

declare global {
  interface Window {
    __sortBy?: (column: string) => Promise<number>;
    /** The console's G8 scroll on the peer: top to bottom in durationMs, one step a frame; the frame intervals. */
    __scroll?: (durationMs: number) => Promise<number[]>;
  }
}

const MOUNTERS = { tanstack: mountTanStack, aggrid: mountAgGrid } as const;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function until(condition: () => boolean, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('timed out waiting for the grid');
    await nextFrame();
  }
}

run(async () => {
  const variant = requireParam('variant');
  const mount = MOUNTERS[variant as keyof typeof MOUNTERS];
  if (!mount) throw new Error(`Unknown variant ${variant}`);
  const text = await fetchFixtureText(requireParam('fixture'));
  collectGarbage();
  const prepStarted = performance.now();
  const table = sdkConvert(text);
  const rows = keyedRows(table);
  const prepMs = performance.now() - prepStarted;
  const container = document.getElementById('grid') as HTMLElement;

  const renderStarted = performance.now();
  const grid = mount(container, table.columnNames, rows);
  await until(() => grid.firstRowText() !== null);
  const firstPaintMs = (await afterPaint()) - renderStarted;

  window.__sortBy = async (column) => {
    const header = grid.header(column);
    if (!header) throw new Error(`No header for ${column}`);
    const before = grid.firstRowText();
    const started = performance.now();
    header.click();
    await until(() => grid.firstRowText() !== before);
    return (await afterPaint()) - started;
  };
  window.__scroll = async (durationMs) => {
    const element = grid.scrollElement();
    if (!element) throw new Error('No scroll element');
    const distance = element.scrollHeight - element.clientHeight;
    const intervals: number[] = [];
    const started = performance.now();
    let last = started;
    for (let progress = 0; progress < 1; ) {
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      intervals.push(now - last);
      last = now;
      progress = Math.min(1, (now - started) / durationMs);
      element.scrollTop = progress * distance;
    }
    return intervals.slice(1);
  };
  return { prepMs, firstPaintMs, rowCount: rows.length };
});
