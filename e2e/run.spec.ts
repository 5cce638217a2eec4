// Running a query: cancelling a slow one (button and Esc), a newer run superseding an older one without its late
// answer ever replacing the newer result, and the time range: the window sent, shown in UTC, and "Set in query".
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from './harness/fixtures';
import { QUERY_URL, results, setQuery } from './helpers/results';
import { chooseDemoWorkspace, signInAsReader } from './helpers/signIn';

/** The run toolbar's own status line (the results panel has a status region too). */
const runStatus = (page: Page) => page.getByRole('toolbar', { name: 'Query actions' }).getByRole('status');

test('cancels a slow query with the Cancel button and with Esc, aborting the request', async ({ session }) => {
  const { page, emulatorUrl } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  const faultUrl = `${emulatorUrl}/.emulator/faults/slow-first-byte`;
  expect((await fetch(faultUrl, { method: 'PUT', body: JSON.stringify({ ms: 30_000 }) })).ok).toBe(true);
  try {
    await setQuery(page, 'Heartbeat | take 3');
    for (const cancel of [() => page.getByRole('button', { name: 'Cancel' }).click(), () => page.keyboard.press('Escape')]) {
      const aborted = page.waitForEvent('requestfailed', (request) => request.url() === QUERY_URL);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await runStatus(page).filter({ hasText: 'Running…' }).waitFor();
      await cancel();
      expect((await aborted).failure()?.errorText).toMatch(/ERR_ABORTED/);
      await runStatus(page).filter({ hasText: 'Cancelled.' }).waitFor();
      expect(await page.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
    }
  } finally {
    await fetch(faultUrl, { method: 'DELETE' });
  }
  expect(session.pageErrors).toEqual([]);
});

test('a newer run replaces an older one, and the older answer never overwrites it', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  // The first query's answer is held back by the emulator (a fault header added in transit; the page is untouched).
  let first = true;
  await page.route(QUERY_URL, async (route) => {
    const slow = first;
    first = false;
    await route.fallback(slow ? { headers: { ...route.request().headers(), 'x-emulator-fault': 'slow-first-byte;ms=3000' } } : {});
  });
  await setQuery(page, 'print Which = "older"');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await runStatus(page).filter({ hasText: 'Running…' }).waitFor();
  await setQuery(page, 'print Which = "newer"');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await results(page).getByRole('gridcell', { name: 'newer' }).waitFor();
  // Longer than the older answer's delay: had it been applied, "older" would be on screen now.
  await page.waitForTimeout(3_500);
  expect(await results(page).getByRole('gridcell', { name: 'newer' }).count()).toBe(1);
  expect(await results(page).getByRole('gridcell', { name: 'older' }).count()).toBe(0);
});

test('sends the picked time range, shows the window in UTC, and says when the query sets its own', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await page.getByLabel('Time range').selectOption({ label: 'Last 4 hours' });
  await setQuery(page, 'Heartbeat | summarize count()');
  const sent = page.waitForRequest((request) => request.url() === QUERY_URL);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  expect(JSON.parse((await sent).postData() ?? '{}').timespan).toBe('PT4H');
  const status = runStatus(page).filter({ hasText: 'Completed' });
  await status.waitFor();
  expect(await status.textContent()).toMatch(/Time range: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} → .* UTC/);

  await setQuery(page, 'Heartbeat | where TimeGenerated > ago(10m) | summarize count()');
  await page.getByText('Set in query', { exact: true }).waitFor();
  expect(await page.getByText(/the service applies both/).isVisible()).toBe(true);
  await page.getByLabel('Time range').selectOption({ label: 'No time range (set in query)' });
  const sentWithout = page.waitForRequest((request) => request.url() === QUERY_URL);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  expect(JSON.parse((await sentWithout).postData() ?? '{}')).not.toHaveProperty('timespan');
  await runStatus(page).filter({ hasText: 'Time range: set in query' }).waitFor();
});
