// Check connection in the built app against the emulator: the chain passes step by step for a reader, stops at the
// API with the diagnosis when the service refuses the token (emulator fault), and stops at the workspace for an
// account without a role when opened from that failure's diagnosis. The decoded claims are shown, the token never.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_TENANT_ID } from '../emulator/config';
import { test } from './harness/fixtures';
import { QUERY_URL, results, runQuery, setQuery } from './helpers/results';
import { chooseDemoWorkspace, DEMO_WORKSPACE, enterWorkspaceId, signInAs, signInAsReader } from './helpers/signIn';

const STEPS = ['Configuration', 'Endpoint host known for the cloud', 'Access token acquired', 'Token claims as expected', 'Log Analytics API reachable', 'Workspace readable'];

function checkDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Check connection' });
}

/** Each step as "label: status", read from the list items' accessible names (label and status in words). */
async function stepNames(page: Page): Promise<string[]> {
  const steps = checkDialog(page).getByRole('list', { name: 'Connection check steps' });
  return Promise.all(
    STEPS.map(async (label) => {
      for (const status of ['Passed', 'Failed', 'Skipped', 'Checking…', 'Waiting']) {
        if ((await steps.getByRole('listitem', { name: `${label} ${status}`, exact: true }).count()) === 1) return `${label}: ${status}`;
      }
      return `${label}: (no step with a status)`;
    }),
  );
}

/** The check's own query, told apart from the analyst's by its text. */
function checkQueryAnswered(page: Page) {
  return page.waitForResponse((response) => response.url() === QUERY_URL && (response.request().postData() ?? '').includes('print CheckedAt = now()'));
}

async function expectNoTokenShown(page: Page): Promise<void> {
  // Every Entra access token starts with the base64url of '{"typ"' or '{"alg"': "eyJ".
  expect(await page.content()).not.toContain('eyJ');
}

test('from the account menu (by keyboard), every step passes for a reader, with the decoded claims and never the token', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);

  const answered = checkQueryAnswered(page);
  const account = page.getByRole('button', { name: /Riley Reader/ });
  // By keyboard: ArrowDown opens the menu on its first item; the arrows move between items, wrapping around.
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  await account.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('menuitem', { name: 'Check connection' }).waitFor();
  expect(await focused()).toBe('Check connection');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('Sign out');
  await page.keyboard.press('ArrowDown');
  expect(await focused()).toBe('Check connection');
  await page.keyboard.press('Enter');
  const dialog = checkDialog(page);
  expect((await answered).status()).toBe(200);
  await dialog.getByRole('status').filter({ hasText: 'All 6 steps passed.' }).waitFor();
  expect(await stepNames(page)).toEqual(STEPS.map((label) => `${label}: Passed`));

  const claims = (await dialog.getByRole('region', { name: 'Token details' }).textContent()) ?? '';
  expect(claims).toContain('Audiencehttps://api.loganalytics.io');
  expect(claims).toContain(`Tenant${DEMO_TENANT_ID}`);
  expect(claims).toMatch(/Expiresexpires in \d+ min/);
  expect(claims).toContain('PermissionsData.Read');
  expect(claims).toContain('Issuer cloudAzure (public)');
  expect(await dialog.getByRole('listitem', { name: 'Workspace readable Passed' }).textContent()).toContain(`Workspace ${DEMO_WORKSPACE.customerId} answered the check query in`);
  await expectNoTokenShown(page);

  // Run the check again sends the query again.
  const answeredAgain = checkQueryAnswered(page);
  await dialog.getByRole('button', { name: 'Run the check again' }).click();
  expect((await answeredAgain).status()).toBe(200);
  await dialog.getByRole('status').filter({ hasText: 'All 6 steps passed.' }).waitFor();

  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Riley Reader');
  expect(session.pageErrors).toEqual([]);
});

test('with the service refusing expired tokens, the API step fails with its diagnosis and the workspace step is skipped', async ({ session }) => {
  const { page, emulatorUrl } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);

  const faultUrl = `${emulatorUrl}/.emulator/faults/expired-token`;
  expect((await fetch(faultUrl, { method: 'PUT' })).ok).toBe(true);
  try {
    await page.getByRole('banner').getByRole('button', { name: 'Check connection' }).click();
    const dialog = checkDialog(page);
    await dialog.getByRole('status').filter({ hasText: 'Log Analytics API reachable failed: The access token has expired. 1 later step was skipped.' }).waitFor();
    expect(await stepNames(page)).toEqual([
      'Configuration: Passed',
      'Endpoint host known for the cloud: Passed',
      'Access token acquired: Passed',
      'Token claims as expected: Passed',
      'Log Analytics API reachable: Failed',
      'Workspace readable: Skipped',
    ]);
    const apiStep = dialog.getByRole('listitem', { name: 'Log Analytics API reachable Failed' });
    expect(await apiStep.textContent()).toContain('HTTP 403 InvalidTokenError → TokenExpired');
    const diagnosis = apiStep.getByRole('region', { name: 'The access token has expired' });
    expect(await diagnosis.getByRole('definition').allTextContents()).toContain('HTTP 403');
    await diagnosis.getByRole('listitem').filter({ hasText: 'Run the query again.' }).waitFor();
    expect(await dialog.getByRole('listitem', { name: 'Workspace readable Skipped' }).textContent()).toContain('Not checked: "Log Analytics API reachable" failed.');
    await expectNoTokenShown(page);
  } finally {
    await fetch(faultUrl, { method: 'DELETE' });
  }
  expect(session.pageErrors).toEqual([]);
});

test("from a 403's diagnosis, an account without a role reaches the API but fails at the workspace", async ({ session }) => {
  const { page } = session;
  await signInAs(session, 'Nico Norole');
  await enterWorkspaceId(page, DEMO_WORKSPACE.customerId);
  await setQuery(page, 'SigninLogs | take 5');
  await runQuery(page);

  const panel = results(page).getByRole('alert', { name: 'No permission to query this workspace' });
  await panel.getByRole('button', { name: 'Check connection' }).click();
  const dialog = checkDialog(page);
  await dialog.getByRole('status').filter({ hasText: 'Workspace readable failed: No permission to query this workspace.' }).waitFor();
  expect(await stepNames(page)).toEqual([...STEPS.slice(0, 5).map((label) => `${label}: Passed`), 'Workspace readable: Failed']);
  expect(await dialog.getByRole('listitem', { name: 'Log Analytics API reachable Passed' }).textContent()).toContain('answered (HTTP 403 InsufficientAccessError) and accepted the token.');

  const diagnosis = dialog.getByRole('region', { name: 'No permission to query this workspace' });
  expect(await diagnosis.textContent()).toContain('nico@contoso-demo.onmicrosoft.com');
  await diagnosis.getByRole('listitem').filter({ hasText: /^Ask an owner of the workspace to assign the Log Analytics Reader role/ }).waitFor();
  expect(await dialog.getByRole('region', { name: 'Token details' }).textContent()).toContain(`Tenant${DEMO_TENANT_ID}`);
  await expectNoTokenShown(page);
  expect(session.pageErrors).toEqual([]);
});
