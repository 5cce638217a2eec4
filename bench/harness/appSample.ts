// One sample of the real console: a fresh context signs in to the local demo, runs a query that the proxy answers
// with the fixture, then exports, sorts and scrolls. Times come from the console's own performance marks (main
// thread and results worker); a long-task observer installed before the app's code runs records main-thread tasks.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Browser, Page, Worker } from 'playwright-core';
import { results, setQuery } from '../../e2e/helpers/results';
import { chooseDemoWorkspace } from '../../e2e/helpers/signIn';
import { VIEWPORT } from './browser';
import { summarizeProfile, type ProfileSummary } from './profile';
import type { QueryProxy } from './servers';

/** For what grows with the fixture (loading, exporting); a control that is not there fails sooner. */
const TIMEOUT_MS = 240_000;
const ACTION_TIMEOUT_MS = 30_000;
export const SCROLL_MS = 5000;
const SETTLE_MS = 2000;

export interface AppSampleInput {
  readonly appUrl: string;
  readonly proxy: QueryProxy;
  readonly body: Buffer;
  readonly rowCount: number;
  /** Sorted in this order, each by one header click: a number or datetime column first, then a string column. */
  readonly sortColumns: { readonly datetime: string; readonly string: string };
  readonly scroll: boolean;
  /** Record a main-thread CPU profile (CDP) from the Run click to the end of the sample. */
  readonly profile?: boolean;
}

export interface Phase {
  readonly ms: number;
  /** The longest main-thread task that overlapped the phase, 0 when none reached 50 ms. */
  readonly longestTaskMs: number;
  /** The longest animation frame in the phase and the scripts that ran longest in it. */
  readonly culprit: string;
}

export interface AppSample {
  /** la:response-end → grid:first-paint. */
  readonly load: Phase;
  /** la:decode-start → la:decoded in the results worker. */
  readonly workerDecodeMs: number;
  /** la:response-end → la:decode-start: the body handed to the worker and decoded to text. */
  readonly beforeDecodeMs: number;
  /** la:decoded → grid:first-paint: the summary back, the first window fetched, rendered and painted. */
  readonly afterDecodeMs: number;
  readonly exportCsv: Phase & { readonly bytes: number; readonly sha256: string };
  readonly sortDatetime: Phase;
  readonly sortDatetimeReverse: Phase;
  readonly sortString: Phase;
  readonly scroll: { readonly frameIntervals: number[]; readonly longestTaskMs: number; readonly culprit: string } | null;
  readonly pageErrors: string[];
  readonly crashed: boolean;
  /** Main-thread self time by function from a CPU profile of the whole sample, when asked for. */
  readonly profile: ProfileSummary | null;
}

interface LongTask {
  start: number;
  duration: number;
}

/** A long animation frame with its longest scripts: which code held the main thread (Chromium's LoAF entries). */
interface LongFrame extends LongTask {
  scripts: string[];
}

declare global {
  interface Window {
    __longTasks?: LongTask[];
    __longFrames?: LongFrame[];
  }
}

// Runs in the page before the app (addInitScript): only inline callbacks, since tsx would wrap a named function in a
// helper that does not exist there.
function installLongTaskObserver(): void {
  window.__longTasks = [];
  window.__longFrames = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks?.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { scripts?: { duration: number; invoker: string; sourceFunctionName: string; sourceURL: string }[] })[]) {
      const scripts = [...(entry.scripts ?? [])]
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 2)
        .map((script) => `${Math.round(script.duration)} ms ${script.invoker} ${script.sourceFunctionName || ''} ${script.sourceURL.split('/').pop() ?? ''}`.replace(/\s+/g, ' ').trim());
      window.__longFrames?.push({ start: entry.startTime, duration: entry.duration, scripts });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
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

async function longestTask(page: Page, start: number, end: number): Promise<{ longestTaskMs: number; culprit: string }> {
  const { tasks, frames } = await page.evaluate(() => ({ tasks: window.__longTasks ?? [], frames: window.__longFrames ?? [] }));
  const overlaps = (entry: LongTask) => entry.start < end && entry.start + entry.duration > start;
  const longestTaskMs = tasks.filter(overlaps).reduce((longest, task) => Math.max(longest, task.duration), 0);
  const frame = frames.filter(overlaps).sort((a, b) => b.duration - a.duration)[0];
  return { longestTaskMs, culprit: frame ? `frame ${Math.round(frame.duration)} ms: ${frame.scripts.join('; ') || 'no script (style, layout, paint)'}` : '' };
}

async function phase(page: Page, startMark: string, endMark: string, index = -1): Promise<Phase> {
  const start = await markTime(page, startMark, index);
  const end = await markTime(page, endMark, index);
  return { ms: end - start, ...(await longestTask(page, start, end)) };
}

/**
 * The results worker's decode marks, placed on the page's timeline (each thread has its own time origin), so the load
 * splits into: before decode (handing the body over, text decoding), decode, and after (first window, render, paint).
 */
async function workerDecode(page: Page): Promise<{ start: number; end: number }> {
  const worker = page.workers().find((candidate: Worker) => candidate.url().includes('results'));
  if (!worker) return { start: Number.NaN, end: Number.NaN };
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const marks = await worker.evaluate(() => ({
    origin: performance.timeOrigin,
    start: performance.getEntriesByName('la:decode-start', 'mark').at(-1)?.startTime ?? Number.NaN,
    end: performance.getEntriesByName('la:decoded', 'mark').at(-1)?.startTime ?? Number.NaN,
  }));
  const shift = marks.origin - pageOrigin;
  return { start: marks.start + shift, end: marks.end + shift };
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
  await dialog.waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
  return { ...timing, ...file };
}

async function sortBy(page: Page, column: string, count: number): Promise<Phase> {
  // A datetime header carries its display zone: "TimeGenerated (UTC)".
  await results(page).getByRole('button', { name: new RegExp(`^${column}(?: \\(|$)`) }).click();
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
    // A loop over awaited frames rather than a named callback: tsx would wrap a named function in a helper that
    // does not exist in the page.
    for (let progress = 0; progress < 1; ) {
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
      intervals.push(now - last);
      last = now;
      progress = Math.min(1, (now - start) / durationMs);
      grid.scrollTop = progress * distance;
    }
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
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('crash', () => (crashed = true));
    await signIn(page, input.appUrl);
    await setQuery(page, 'print bench = "fixture answered by the bench proxy"');
    // Let the start-up work (the Kusto language worker, the schema) finish first: it is not part of a query's answer,
    // and on two cores it would compete with the results worker.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);

    const profiler = input.profile ? await context.newCDPSession(page) : null;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 500 });
      await profiler.send('Profiler.start');
    }
    input.proxy.answerWith(input.body);
    await page.evaluate(() => performance.mark('bench:run'));
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await results(page).getByRole('grid', { name: `PrimaryResult, ${input.rowCount.toLocaleString('en-US')} rows` }).waitFor({ timeout: TIMEOUT_MS });
    await waitForMarkCount(page, 'grid:first-paint', 1);
    input.proxy.answerWith(null);
    // Long tasks count from the click: reading the answer happens before la:response-end.
    const fromClick = await phase(page, 'bench:run', 'grid:first-paint');
    const load = { ...(await phase(page, 'la:response-end', 'grid:first-paint')), longestTaskMs: fromClick.longestTaskMs, culprit: fromClick.culprit };
    const decode = await workerDecode(page);
    const responseEnd = await markTime(page, 'la:response-end');
    const firstPaint = await markTime(page, 'grid:first-paint');

    // Export before sorting, so the file is in the service's order and comparable with the golden CSV.
    const exported = await exportCsv(page);
    const sortDatetime = await sortBy(page, input.sortColumns.datetime, 1);
    const sortDatetimeReverse = await sortBy(page, input.sortColumns.datetime, 2);
    const sortString = await sortBy(page, input.sortColumns.string, 3);
    let scroll: AppSample['scroll'] = null;
    if (input.scroll) {
      const scrolled = await scrollThrough(page);
      scroll = { frameIntervals: scrolled.frameIntervals, ...(await longestTask(page, scrolled.start, scrolled.end)) };
    }
    return {
      load,
      workerDecodeMs: decode.end - decode.start,
      beforeDecodeMs: decode.start - responseEnd,
      afterDecodeMs: firstPaint - decode.end,
      exportCsv: exported,
      sortDatetime,
      sortDatetimeReverse,
      sortString,
      scroll,
      pageErrors,
      crashed,
      profile: profiler ? summarizeProfile((await profiler.send('Profiler.stop')).profile) : null,
    };
  } finally {
    input.proxy.answerWith(null);
    await context.close();
  }
}
