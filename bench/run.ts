// `npm run bench`: builds the console for production, serves it and the bench pages on loopback, drives the system
// Chromium through seeded fixtures, and prints every goal of issue #5 with the measured ratio, the peers' figures and
// pass or miss. Results (every sample, the machine, the Chromium version) go to bench/results/<date>-<sha>.json.
// Knobs: BENCH_SAMPLES (5), BENCH_WARMUP (1), BENCH_SKIP_500K=1, BENCH_MAX_LOAD (1.5) with BENCH_WAIT_MINUTES (0),
// BENCH_PROFILE=1 (one more console sample, profiled, on an unminified build). docs/PERFORMANCE.md explains the method.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { startEmulator } from '../emulator/server/index';
import { startStaticAppServer } from '../e2e/harness/staticAppServer';
import { ensureFixtures } from './fixtures/cache';
import { launchBenchBrowser } from './harness/browser';
import { buildApp, buildPages } from './harness/build';
import { bundleSizes } from './harness/bundle';
import { describeMachine, gitCommit, waitForQuietMachine } from './harness/machine';
import { startPagesServer, startQueryProxy } from './harness/servers';
import { measureBigResult, measureRounds, profileConsole } from './harness/suites';
import { summarize } from './lib/stats';
import { evaluateGoals, formatTable } from './report/goals';

const BENCH_DIR = import.meta.dirname;
const CACHE_DIR = join(BENCH_DIR, '.cache');
const JUDGED_FIXTURE = 'wide-200k';

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
};

async function main(): Promise<void> {
  let started = Date.now();
  const log = (line: string) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const samples = Math.max(1, Math.round(numberFromEnv('BENCH_SAMPLES', 5)));
  const warmup = Math.round(numberFromEnv('BENCH_WARMUP', 1));
  const loadAtStart = await waitForQuietMachine(numberFromEnv('BENCH_MAX_LOAD', 1.5), numberFromEnv('BENCH_WAIT_MINUTES', 0) * 60_000, log);
  const waitedSeconds = Math.round((Date.now() - started) / 1000);
  // The run's own duration (the 15-minute budget) counts from here.
  started = Date.now();

  log('building the console and the bench pages (production)…');
  const appDir = join(CACHE_DIR, 'build', 'app');
  const pagesDir = join(CACHE_DIR, 'build', 'pages');
  await buildApp(appDir);
  await buildPages(pagesDir);
  const bundle = bundleSizes(appDir);

  const fixtures = await ensureFixtures(CACHE_DIR, log);
  const bodies = new Map<string, Buffer>();
  for (const [name, files] of fixtures) bodies.set(name, await readFile(files.bodyPath));

  const emulator = await startEmulator({ port: 0, host: '127.0.0.1', log: () => undefined });
  const proxy = await startQueryProxy(emulator.url);
  // `npm start`'s configuration: the local demo against the emulator (here, through the proxy); no Entra client id.
  const app = await startStaticAppServer({ rootDir: appDir, runtimeConfig: { clientId: '', tenantId: '', cloud: 'AzurePublic', emulatorUrl: proxy.url } });
  const pages = await startPagesServer(resolve(pagesDir), bodies);
  const browser = await launchBenchBrowser();
  const machine = describeMachine(browser.version());
  log(`Chromium ${machine.chromium}, ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, load ${loadAtStart.toFixed(2)}`);

  try {
    const context = { browser, appUrl: app.url, pagesUrl: pages.url, proxy, fixtures, bodies, log };
    const measured = await measureRounds(context, { samples, warmup, judgedFixture: JUDGED_FIXTURE });
    const big = process.env.BENCH_SKIP_500K === '1' ? null : await measureBigResult(context, 'narrow-500k');
    const profile = process.env.BENCH_PROFILE === '1' ? await profiledSample(context, appDir) : null;
    const judged = fixtures.get(JUDGED_FIXTURE);
    if (!judged) throw new Error(`no fixture ${JUDGED_FIXTURE}`);
    const goals = evaluateGoals({
      samples: measured.samples,
      fixture: JUDGED_FIXTURE,
      csvBytes: judged.csvBytes,
      wireBytes: judged.bodyBytes,
      bundleBeforeTypingBytes: bundle.beforeTypingBytes,
      byteChecks: [...measured.checks, ...(big?.checks ?? [])],
      bigResult: big?.result ?? null,
    });

    const commit = gitCommit();
    const date = new Date().toISOString();
    const results = {
      date,
      commit,
      machine: { ...machine, loadAverageAtEnd: loadavg().map((value) => Math.round(value * 100) / 100) },
      method: { samples, warmup, judgedFixture: JUDGED_FIXTURE, waitedForQuietSeconds: waitedSeconds, durationSeconds: Math.round((Date.now() - started) / 1000) },
      fixtures: Object.fromEntries([...fixtures].map(([name, files]) => [name, { rows: files.spec.rows, shape: files.spec.shape, bodyBytes: files.bodyBytes, csvBytes: files.csvBytes, bodySha256: files.bodySha256, csvSha256: files.csvSha256 }])),
      bundle,
      measurements: Object.fromEntries(Object.entries(measured.samples).map(([key, values]) => [key, { samples: values, summary: summarize(values) }])),
      checks: [...measured.checks, ...(big?.checks ?? [])],
      culprits: measured.culprits,
      bigResult: big,
      profile,
      goals,
    };
    const resultsDir = join(BENCH_DIR, 'results');
    await mkdir(resultsDir, { recursive: true });
    const file = join(resultsDir, `${date.slice(0, 10)}-${commit.sha.slice(0, 7)}${commit.dirty ? '-dirty' : ''}.json`);
    await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);

    console.log(`\nKQL Console bench, ${date} at ${commit.sha.slice(0, 7)}${commit.dirty ? ' (uncommitted changes)' : ''}`);
    console.log(`Chromium ${machine.chromium}; ${machine.cpuCount} × ${machine.cpuModel}; ${machine.memoryGiB} GiB; load ${machine.loadAverageAtStart.join(' ')}`);
    console.log(`${samples} samples after ${warmup} warm-up; ratios of medians; F = JSON.parse of the same ${JUDGED_FIXTURE} body in a fresh page (${Math.round(summarize(measured.samples[`decode.floor.${JUDGED_FIXTURE}`] ?? []).median)} ms)\n`);
    console.log(formatTable(goals));
    console.log(`\nAll samples: ${file}`);
    log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await browser.close();
    await pages.close();
    await app.close();
    await proxy.close();
    await emulator.close();
  }
}

/** BENCH_PROFILE=1: the same sample on an unminified build of the console, with its main thread profiled. */
async function profiledSample(context: Parameters<typeof profileConsole>[0], appDir: string) {
  const dir = `${appDir}-unminified`;
  await buildApp(dir, { minify: false });
  const server = await startStaticAppServer({ rootDir: dir, runtimeConfig: { clientId: '', tenantId: '', cloud: 'AzurePublic', emulatorUrl: context.proxy.url } });
  try {
    const sample = await profileConsole(context, JUDGED_FIXTURE, server.url);
    for (const entry of sample.profile?.top ?? []) context.log(`  ${String(entry.ms).padStart(6)} ms ${String(entry.share).padStart(5)}%  ${entry.fn}`);
    return sample;
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
