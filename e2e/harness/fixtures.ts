// The `test` every spec uses: a fresh browser context per test, routed to the emulator, with console messages and
// page errors collected from every page (popups included) and a screenshot of each page when the test fails.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject, test as baseTest } from 'vitest';
import { routeAzureToEmulator } from './browser';
import { ARTIFACTS_DIR } from './paths';

/** Playwright's own waits fail well before vitest's test timeout, with a precise locator in the message. */
const ACTION_TIMEOUT_MS = 15_000;

export interface BrowserSession {
  context: BrowserContext;
  /** The first tab, already pointing nowhere; specs navigate with `page.goto(appUrl)`. */
  page: Page;
  appUrl: string;
  emulatorUrl: string;
  /** `console.<type>: text` lines, in order, from every page of the context. */
  consoleMessages: string[];
  /** Uncaught exceptions thrown in any page of the context. */
  pageErrors: string[];
}

export const test = baseTest
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this destructuring pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await chromium.connect(inject('browserWsEndpoint'));
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('session', async ({ browser, task }, { onCleanup }): Promise<BrowserSession> => {
    const context = await browser.newContext();
    const consoleMessages: string[] = [];
    const pageErrors: string[] = [];
    onCleanup(async () => {
      try {
        if (task.result?.state === 'fail') await saveFailureEvidence(task.name, context, consoleMessages, pageErrors);
      } finally {
        await context.close();
      }
    });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    context.on('console', (message) => consoleMessages.push(`console.${message.type()}: ${message.text()}`));
    context.on('weberror', (webError) => pageErrors.push(String(webError.error())));
    const emulatorUrl = inject('emulatorUrl');
    await routeAzureToEmulator(context, emulatorUrl);
    return { context, page: await context.newPage(), appUrl: inject('appUrl'), emulatorUrl, consoleMessages, pageErrors };
  });

async function saveFailureEvidence(testName: string, context: BrowserContext, consoleMessages: string[], pageErrors: string[]): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const baseName = testName.replace(/[^\w.-]+/g, '_').slice(0, 80);
  const pages = context.pages();
  for (const [index, page] of pages.entries()) {
    const path = join(ARTIFACTS_DIR, `${baseName}-page${index}.png`);
    await page.screenshot({ path, fullPage: true }).catch((error: unknown) => console.error(`Screenshot of ${page.url()} failed: ${String(error)}`));
  }
  const log = [...pageErrors.map((error) => `pageerror: ${error}`), ...consoleMessages].join('\n');
  await writeFile(join(ARTIFACTS_DIR, `${baseName}-console.txt`), `${log}\n`);
  console.error(`Failure evidence for "${testName}" is in ${ARTIFACTS_DIR} (${pages.length} screenshot(s)).\n${log}`);
}
