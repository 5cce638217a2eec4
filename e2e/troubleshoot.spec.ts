// The troubleshooting panel in the built app against the emulator: a syntax error, an expired token (emulator fault)
// and an empty workspace (HTTP 204) each show their diagnosis, titled by it, with evidence and fix steps.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './harness/fixtures';
import { results, runQuery, setQuery } from './helpers/results';
import { chooseDemoWorkspace, signInAsReader } from './helpers/signIn';

function diagnosisPanel(page: Page, title: string) {
  return results(page).getByRole('alert', { name: title });
}

test('a syntax error shows its diagnosis with the position as evidence, and the editor marks it', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'SigninLogs | wher x');
  await runQuery(page);

  const panel = diagnosisPanel(page, 'The query has a syntax error');
  await panel.waitFor();
  const evidence = panel.getByRole('list').first().getByRole('listitem');
  expect(await evidence.first().textContent()).toMatch(/^✗ Problem: Position: line 1, column \d+$/);
  expect((await panel.getByRole('listitem').allTextContents()).some((step) => step.startsWith('Go to line 1, column'))).toBe(true);
  await page.locator('.monaco-editor .squiggly-error').first().waitFor();
  expect(session.pageErrors).toEqual([]);
});

test('an expired token shows the expired-token diagnosis with a fix step, redacted Copy details, Sign in again and a working Run again', async ({ session }) => {
  const { page, emulatorUrl } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'SigninLogs | take 5');

  const faultUrl = `${emulatorUrl}/.emulator/faults/expired-token`;
  expect((await fetch(faultUrl, { method: 'PUT' })).ok).toBe(true);
  try {
    await runQuery(page);
    const panel = diagnosisPanel(page, 'The access token has expired');
    await panel.waitFor();
    await panel.getByRole('listitem').filter({ hasText: 'Run the query again.' }).waitFor();
    await panel.getByRole('button', { name: 'Copy details' }).click();
    await panel.getByRole('status').filter({ hasText: 'Details copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe('The access token has expired [error] (token-expired)');
    expect(copied).not.toMatch(/eyJ|Bearer /);

    // Sign in again opens the same sign-in window as the connection bar.
    const popupOpened = session.context.waitForEvent('page');
    await panel.getByRole('button', { name: /^Sign in again/ }).click();
    await (await popupOpened).getByRole('button', { name: 'Sign in as Riley Reader' }).click();
    await panel.getByRole('status').filter({ hasText: 'Signed in again. Run the query again.' }).waitFor();
  } finally {
    await fetch(faultUrl, { method: 'DELETE' });
  }
  // Run again goes through the run action: with the fault off, the query succeeds and the diagnosis goes away.
  await diagnosisPanel(page, 'The access token has expired').getByRole('button', { name: 'Run again' }).click();
  await results(page).getByRole('grid', { name: 'PrimaryResult, 5 rows' }).waitFor();
  expect(await diagnosisPanel(page, 'The access token has expired').count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
});

test('an empty workspace shows the HTTP 204 diagnosis', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await page.getByRole('button', { name: /^Workspace/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a workspace' });
  await dialog.getByRole('option', { name: /contoso-empty/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  await setQuery(page, 'SigninLogs | take 5');
  await page.getByRole('button', { name: 'Run', exact: true }).click();

  const panel = diagnosisPanel(page, 'The workspace holds no data');
  await panel.waitFor();
  await panel.getByRole('definition').filter({ hasText: 'HTTP 204 No Content' }).waitFor();
  expect(session.pageErrors).toEqual([]);
});
