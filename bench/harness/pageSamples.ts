// One sample of a bench page: a fresh browser context and page, the page's own result once window.__bench settles.
import type { Browser, Page } from 'playwright-core';
import { VIEWPORT } from './browser';

const PAGE_TIMEOUT_MS = 180_000;

export async function withFreshPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    return await use(page);
  } finally {
    await context.close();
  }
}

export async function pageResult(page: Page, url: string): Promise<Record<string, unknown>> {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench !== undefined && window.__bench.status !== 'running', undefined, { timeout: PAGE_TIMEOUT_MS, polling: 100 });
  const outcome = await page.evaluate(() => window.__bench);
  if (outcome?.status !== 'done') throw new Error(`${url}: ${outcome && 'error' in outcome ? outcome.error : 'no result'}`);
  return outcome.result;
}

/** Opens a page and returns its result: one sample of one variant. */
export function samplePage(browser: Browser, url: string): Promise<Record<string, unknown>> {
  return withFreshPage(browser, (page) => pageResult(page, url));
}
