// What one bench round measures, each sample in a fresh context and page, variants in a fixed interleaved order
// (A B C … A B C …) so a slow spell of the machine spreads over all of them; the first rounds are a discarded warm-up.
import type { Browser } from 'playwright-core';
import type { FixtureFiles } from '../fixtures/cache';
import type { Check, Samples } from '../report/goals';
import { p95PerSample } from '../report/goals';
import { appSample, SCROLL_MS, type AppSample } from './appSample';
import { pageResult, samplePage, withFreshPage } from './pageSamples';
import type { QueryProxy } from './servers';

export interface BenchContext {
  readonly browser: Browser;
  readonly appUrl: string;
  readonly pagesUrl: string;
  readonly proxy: QueryProxy;
  readonly fixtures: ReadonlyMap<string, FixtureFiles>;
  readonly bodies: ReadonlyMap<string, Buffer>;
  log(line: string): void;
}

const DECODE_FIXTURES = ['wide-20k', 'wide-100k', 'wide-200k'];
const DECODE_VARIANTS = ['floor', 'floor-worker', 'model', 'model-worker', 'sdk'];
/** The smaller tables show how decode scales; the full set of variants runs on the judged fixture. */
const SCALE_VARIANTS = ['floor', 'model', 'sdk'];
const HEAP_VARIANTS = ['floor', 'model', 'sdk'];
const WIDE_SORTS = { datetime: 'TimeGenerated', string: 'UserPrincipalName' };
const NARROW_SORTS = { datetime: 'TimeGenerated', string: 'Computer' };

const num = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

function runApp(context: BenchContext, fixture: string, sortColumns: typeof WIDE_SORTS, scroll: boolean, profileAt?: string): Promise<AppSample> {
  const files = need(context.fixtures.get(fixture), fixture);
  return appSample(context.browser, {
    appUrl: profileAt ?? context.appUrl,
    profile: profileAt !== undefined,
    proxy: context.proxy,
    body: need(context.bodies.get(fixture), fixture),
    rowCount: files.spec.rows,
    sortColumns,
    scroll,
  });
}

export interface RoundsResult {
  readonly samples: Samples;
  readonly checks: Check[];
  /** Per console phase, per kept sample: the longest animation frame and its longest scripts. */
  readonly culprits: Record<string, string[]>;
}

export async function measureRounds(context: BenchContext, options: { samples: number; warmup: number; judgedFixture: string }): Promise<RoundsResult> {
  const { browser, pagesUrl, log } = context;
  const fixture = options.judgedFixture;
  const golden = need(context.fixtures.get(fixture), fixture);
  const samples: Record<string, number[]> = {};
  const checks: Check[] = [];
  const culprits: Record<string, string[]> = {};
  const total = options.warmup + options.samples;

  for (let round = 0; round < total; round++) {
    const kept = round >= options.warmup;
    const record = (key: string, value: number) => {
      if (kept) (samples[key] ??= []).push(value);
    };
    const check = (what: string, actual: string, expected: string) => {
      if (kept) checks.push({ what, ok: actual === expected, detail: actual === expected ? 'identical' : `sha256 ${actual.slice(0, 12)}… ≠ golden ${expected.slice(0, 12)}…` });
    };
    log(`round ${round + 1}/${total}${kept ? '' : ' (warm-up, discarded)'}`);
    let sectionStarted = Date.now();
    const section = (name: string) => {
      log(`  ${name}: ${((Date.now() - sectionStarted) / 1000).toFixed(1)} s`);
      sectionStarted = Date.now();
    };

    for (const decodeFixture of DECODE_FIXTURES) {
      for (const variant of decodeFixture === fixture ? DECODE_VARIANTS : SCALE_VARIANTS) {
        const result = await samplePage(browser, `${pagesUrl}/decode.html?fixture=${decodeFixture}&variant=${variant}`);
        record(`decode.${variant}.${decodeFixture}`, num(result.ms));
      }
    }
    section('decode pages');
    for (const variant of HEAP_VARIANTS) {
      const result = await samplePage(browser, `${pagesUrl}/decode.html?fixture=${fixture}&variant=heap-${variant}`);
      record(`heap.${variant}.${fixture}`, num(result.retainedBytes));
    }
    section('heap pages');
    for (const variant of ['papaparse', 'writer']) {
      const result = await samplePage(browser, `${pagesUrl}/csv.html?fixture=${fixture}&variant=${variant}`);
      record(`csv.${variant}.${fixture}`, num(result.ms));
      // papaparse writes no BOM and no CRLF after the last row (performance-and-style.md §1.3, trap 2).
      check(`${variant} in a page`, String(result.sha256), variant === 'papaparse' ? golden.papaCsvSha256 : golden.csvSha256);
    }
    section('csv pages');
    for (const variant of ['tanstack', 'aggrid']) {
      await withFreshPage(browser, async (page) => {
        const result = await pageResult(page, `${pagesUrl}/grid.html?fixture=${fixture}&variant=${variant}`);
        record(`grid.${variant}.prep.${fixture}`, num(result.prepMs));
        record(`grid.${variant}.firstPaint.${fixture}`, num(result.firstPaintMs));
        for (const [key, column] of [['sortDatetime', WIDE_SORTS.datetime], ['sortString', WIDE_SORTS.string]] as const) {
          const ms = await page.evaluate((name) => {
            if (!window.__sortBy) throw new Error('the grid page has no __sortBy');
            return window.__sortBy(name);
          }, column);
          record(`grid.${variant}.${key}.${fixture}`, ms);
        }
        const intervals = await page.evaluate((durationMs) => {
          if (!window.__scroll) throw new Error('the grid page has no __scroll');
          return window.__scroll(durationMs);
        }, SCROLL_MS);
        record(`grid.${variant}.scrollP95.${fixture}`, p95PerSample([intervals])[0] ?? Number.NaN);
      });
    }
    section('peer grids');
    const app = await runApp(context, fixture, WIDE_SORTS, true);
    section('console');
    record(`app.load.${fixture}`, app.load.ms);
    record(`app.workerDecode.${fixture}`, app.workerDecodeMs);
    record(`app.beforeDecode.${fixture}`, app.beforeDecodeMs);
    record(`app.afterDecode.${fixture}`, app.afterDecodeMs);
    record(`app.export.${fixture}`, app.exportCsv.ms);
    record(`app.sortDatetime.${fixture}`, app.sortDatetime.ms);
    record(`app.sortDatetimeReverse.${fixture}`, app.sortDatetimeReverse.ms);
    record(`app.sortString.${fixture}`, app.sortString.ms);
    record(`app.longTask.load.${fixture}`, app.load.longestTaskMs);
    record(`app.longTask.export.${fixture}`, app.exportCsv.longestTaskMs);
    record(`app.longTask.sort.${fixture}`, Math.max(app.sortDatetime.longestTaskMs, app.sortDatetimeReverse.longestTaskMs, app.sortString.longestTaskMs));
    if (app.scroll) {
      record(`app.scrollP95.${fixture}`, p95PerSample([app.scroll.frameIntervals])[0] ?? Number.NaN);
      record(`app.longTask.scroll.${fixture}`, app.scroll.longestTaskMs);
    }
    check(`console export of ${fixture}`, app.exportCsv.sha256, golden.csvSha256);
    if (kept) {
      for (const [name, phase] of Object.entries({ load: app.load, export: app.exportCsv, sortDatetime: app.sortDatetime, sortString: app.sortString, scroll: app.scroll })) {
        if (phase?.culprit) (culprits[name] ??= []).push(phase.culprit);
      }
    }
    if (app.crashed || app.pageErrors.length > 0) log(`app sample: crashed=${app.crashed} page errors: ${app.pageErrors.join(' | ')}`);
  }
  return { samples, checks, culprits };
}

/** The 500k-row answer near the 100 MB cap, once: it must load, sort and export, byte for byte, without a crash. */
export async function measureBigResult(context: BenchContext, fixture: string): Promise<{ result: Check; checks: Check[]; floorMs: number; app: AppSample | null }> {
  const files = need(context.fixtures.get(fixture), fixture);
  context.log(`${fixture}: ${(files.bodyBytes / 1e6).toFixed(1)} MB, one sample`);
  const floor = await samplePage(context.browser, `${context.pagesUrl}/decode.html?fixture=${fixture}&variant=floor`);
  try {
    const app = await runApp(context, fixture, NARROW_SORTS, false);
    const identical = app.exportCsv.sha256 === files.csvSha256;
    const ok = identical && !app.crashed && app.pageErrors.length === 0;
    const detail = `load ${Math.round(app.load.ms)} ms (F ${Math.round(num(floor.ms))} ms), sorts ${Math.round(app.sortDatetime.ms)}/${Math.round(app.sortString.ms)} ms, export ${Math.round(app.exportCsv.ms)} ms${identical ? '' : ', export differs'}`;
    return {
      result: { what: fixture, ok, detail: ok ? detail : `${detail}; crashed=${app.crashed}; ${app.pageErrors.join(' | ')}` },
      checks: [{ what: `console export of ${fixture}`, ok: identical, detail: identical ? 'identical' : 'differs' }],
      floorMs: num(floor.ms),
      app,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    return { result: { what: fixture, ok: false, detail: `failed: ${message}` }, checks: [], floorMs: num(floor.ms), app: null };
  }
}

/** One extra console sample on an unminified build, with a main-thread CPU profile: where the time goes. */
export async function profileConsole(context: BenchContext, fixture: string, unminifiedAppUrl: string): Promise<AppSample> {
  context.log(`profiling one console sample of ${fixture} (unminified build)`);
  return runApp(context, fixture, WIDE_SORTS, true, unminifiedAppUrl);
}
