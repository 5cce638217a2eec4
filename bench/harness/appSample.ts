// One sample of the real console: a fresh context signs in to the local demo, runs a query that the proxy answers
// with the fixture, then exports, sorts and scrolls. Times come from the console's own performance marks (main
// thread and results worker); a long-task observer installed before the app's code runs records main-thread tasks.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Browser, Page, Worker } from 'playwright-core';
import { results, setQuery } from '../../e2e/helpers/results';
import { chooseDemoWorkspace } from '../../e2e/helpers/signIn';
import { VIEWPORT } from './browser';
import type { QueryProxy } from './servers';

const TIMEOUT_MS = 240_000;
const SCROLL_MS = 5000;

export interface AppSampleInput {
  readonly appUrl: string;
  readonly proxy: QueryProxy;
  readonly body: Buffer;
  readonly rowCount: number;
  /** Sorted in this order, each by one header click: a number or datetime column first, then a string column. */
  readonly sortColumns: { readonly datetime: string; readonly string: string };
  readonly scroll: boolean;
}

export interface Phase {
  readonly ms: number;
  /** The longest main-thread task that overlapped the phase, 0 when none reached 50 ms. */
  readonly longestTaskMs: number;
}

export interface AppSample {
  /** la:response-end → grid:first-paint. */
  readonly load: Phase;
  /** la:decode-start → la:decoded in the results worker. */
  readonly workerDecodeMs: number;
  readonly exportCsv: Phase & { readonly bytes: number; readonly sha256: string };
  readonly sortDatetime: Phase;
  readonly sortDatetimeReverse: Phase;
  readonly sortString: Phase;
  readonly scroll: { readonly frameIntervals: number[]; readonly longestTaskMs: number } | null;
  readonly pageErrors: string[];
  readonly crashed: boolean;
}

interface LongTask {
  start: number;
  duration: number;
}

declare global {
  interface Window {
    __longTasks?: LongTask[];
  }
}

function installLongTaskObserver(): void {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks?.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const markTime = (page: Page, name: string, index = -1) =>
  page.evaluate(
    ({ name, index }) => {
      const entries = performance.getEntriesByName(name, 'mark');
      return entries.at(index)?.startTime ?? Number.NaN;
    },
    { name, index },
  );

function waitForMarkCount(page: Page, name: string, count: number): Promise<unknown> {
  return page.waitForFunction(({ name, count }) => performance.getEntriesByName(name, 'mark').length >= count, { name, count }, { timeout: TIMEOUT_MS, polling: 16 });
}

async function longestTask(page: Page, start: number, end: number): Promise<number> {
  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  return tasks.filter((task) => task.start < end && task.start + task.duration > start).reduce((longest, task) => Math.max(longest, task.duration), 0);
}

async function phase(page: Page, startMark: string, endMark: string, index = -1): Promise<Phase> {
  const start = await markTime(page, startMark, index);
  const end = await markTime(page, endMark, index);
  return { ms: end - start, longestTaskMs: await longestTask(page, start, end) };
}

async function workerDecodeMs(page: Page): Promise<number> {
  const worker = page.workers().find((candidate: Worker) => candidate.url().includes('results'));
  if (!worker) return Number.NaN;
  return worker.evaluate(() => {
    const start = performance.getEntriesByName('la:decode-start', 'mark').at(-1)?.startTime;
    const end = performance.getEntriesByName('la:decoded', 'mark').at(-1)?.startTime;
    return start === undefined || end === undefined ? Number.NaN : end - start;
  });
}

async function fileSha256(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

async function signIn(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('heading', { name: 'KQL Console' }).waitFor();
  const popupOpened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Local demo sign-in' }).click();
  const popup = await popupOpened;
  await popup.getByRole('button', { name: 'Sign in as Riley Reader' }).click();
  await page.getByText('Demo data from the local emulator').waitFor();
  await chooseDemoWorkspace(page);
}

async function exportCsv(page: Page): Promise<AppSample['exportCsv']> {
  const before = await page.evaluate(() => performance.getEntriesByName('csv:done', 'mark').length);
  await results(page).getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
  const downloaded = page.waitForEvent('download', { timeout: TIMEOUT_MS });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloaded;
  await waitForMarkCount(page, 'csv:done', before + 1);
  const timing = await phase(page, 'csv:start', 'csv:done');
  const file = await fileSha256(await download.path());
  await dialog.waitFor({ state: 'hidden' });
  return { ...timing, ...file };
}

async function sortBy(page: Page, column: string, count: number): Promise<Phase> {
  await results(page).getByRole('button', { name: column, exact: true }).click();
  await waitForMarkCount(page, 'grid:sort-paint', count);
  return phase(page, 'grid:sort-start', 'grid:sort-paint', count - 1);
}

/** Scrolls the grid from the first row to the last in SCROLL_MS, one step per frame, recording frame intervals. */
async function scrollThrough(page: Page): Promise<{ frameIntervals: number[]; start: number; end: number }> {
  return page.evaluate(async (durationMs) => {
    const grid = document.querySelector<HTMLElement>('[role="grid"]');
    if (!grid) throw new Error('no grid');
    const distance = grid.scrollHeight - grid.clientHeight;
    const intervals: number[] = [];
    const start = performance.now();
    let last = start;
    await new Promise<void>((resolve) => {
      const frame = (now: number) => {
        intervals.push(now - last);
        last = now;
        const progress = Math.min(1, (now - start) / durationMs);
        grid.scrollTop = progress * distance;
        if (progress < 1) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
    return { frameIntervals: intervals.slice(1), start, end: performance.now() };
  }, SCROLL_MS);
}

export async function appSample(browser: Browser, input: AppSampleInput): Promise<AppSample> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const pageErrors: string[] = [];
  let crashed = false;
  try {
    await context.addInitScript(installLongTaskObserver);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('crash', () => (crashed = true));
    await signIn(page, input.appUrl);
    await setQuery(page, 'print bench = "fixture answered by the bench proxy"');

    input.proxy.answerWith(input.body);
    await page.evaluate(() => performance.mark('bench:run'));
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await results(page).getByRole('grid', { name: `PrimaryResult, ${input.rowCount.toLocaleString('en-US')} rows` }).waitFor();
    await waitForMarkCount(page, 'grid:first-paint', 1);
    input.proxy.answerWith(null);
    // Long tasks count from the click: reading the answer happens before la:response-end.
    const load = { ...(await phase(page, 'la:response-end', 'grid:first-paint')), longestTaskMs: (await phase(page, 'bench:run', 'grid:first-paint')).longestTaskMs };
    const decodeMs = await workerDecodeMs(page);

    // Export before sorting, so the file is in the service's order and comparable with the golden CSV.
    const exported = await exportCsv(page);
    const sortDatetime = await sortBy(page, input.sortColumns.datetime, 1);
    const sortDatetimeReverse = await sortBy(page, input.sortColumns.datetime, 2);
    const sortString = await sortBy(page, input.sortColumns.string, 3);
    let scroll: AppSample['scroll'] = null;
    if (input.scroll) {
      const scrolled = await scrollThrough(page);
      scroll = { frameIntervals: scrolled.frameIntervals, longestTaskMs: await longestTask(page, scrolled.start, scrolled.end) };
    }
    return { load, workerDecodeMs: decodeMs, exportCsv: exported, sortDatetime, sortDatetimeReverse, sortString, scroll, pageErrors, crashed };
  } finally {
    input.proxy.answerWith(null);
    await context.close();
  }
}
