// The system Chromium, as the e2e suite launches it, plus what measuring needs: precise performance.memory and gc().
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/harness/browser';

export const BENCH_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: BENCH_CHROMIUM_ARGS });
}

export const VIEWPORT = { width: 1600, height: 900 };
