// The connection feature in the built app: Entra ID sign-in through the real msal-browser (popup, and redirect when
// the browser blocks popups), sign-out, the workspace picker over ARM, manual workspace ids, a pasted token, and
// the local demo's own sign-in against the emulator.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_APPS, DEMO_TENANT_ID, DEMO_WORKSPACES } from '../emulator/config';
import { test, type BrowserSession } from './harness/fixtures';
import { results, setQuery } from './helpers/results';
import { waitForSavedTabs } from './helpers/tabs';

const sentinel = DEMO_WORKSPACES.find((workspace) => workspace.kind === 'demo')!;
const readerApp = DEMO_APPS.find((app) => app.persona === 'reader')!;
const EDITOR_LABEL = 'Query editor';

async function openConsole(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('heading', { name: 'KQL Console' }).waitFor();
}

/** Entra ID sign-in through MSAL's popup, choosing a persona on the emulator's sign-in page. */
async function signInWithPopup({ context, page }: BrowserSession, persona: string): Promise<void> {
  const popupOpened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const popup = await popupOpened;
  await popup.getByRole('button', { name: `Sign in as ${persona}` }).click();
  await page.getByRole('button', { name: new RegExp(persona) }).waitFor();
}

/** What the editor shows, whether Monaco has taken over from the plain text area or not. */
async function editorText(page: Page): Promise<string> {
  const monacoLines = page.locator('.monaco-editor .view-lines');
  if ((await monacoLines.count()) > 0) return (await monacoLines.innerText()).replace(/\u00a0/g, ' ');
  return page.getByRole('textbox', { name: EDITOR_LABEL }).inputValue();
}

/** A client-credentials token from the emulator, as `az account get-access-token` would print one. */
async function emulatorToken(emulatorUrl: string, scope: string): Promise<string> {
  const response = await fetch(`${emulatorUrl}/${DEMO_TENANT_ID}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: readerApp.clientId, client_secret: readerApp.clientSecret, scope }),
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

test('signs in with a popup, shows the account, and signs out', async ({ session }) => {
  const { page, appUrl } = session;
  await openConsole(page, appUrl);
  await signInWithPopup(session, 'Riley Reader');

  const account = page.getByRole('button', { name: /Riley Reader/ });
  expect(await account.textContent()).toContain('riley@contoso-demo.onmicrosoft.com');
  await account.click();
  expect(await page.getByRole('menu', { name: 'Account' }).textContent()).toContain('Sign out');
  expect(await page.getByText('Signed in with Microsoft Entra ID').isVisible()).toBe(true);

  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  // Focus does not fall to the page: it moves to the sign-in options that replace the account button.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Sign in');
  expect(await page.getByRole('button', { name: /Riley Reader/ }).count()).toBe(0);

  // MSAL's cache was cleared: a reload does not bring the account back.
  await openConsole(page, appUrl);
  await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  expect(await page.getByRole('button', { name: /Riley Reader/ }).count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
});

test('signs in by redirect when the popup is blocked, keeping the query typed before', async ({ session }) => {
  const { context, page, appUrl } = session;
  // What a popup blocker does to the page: window.open returns null.
  await context.addInitScript(() => {
    window.open = () => null;
  });
  await openConsole(page, appUrl);
  await page.locator('.monaco-editor').waitFor();
  const typed = 'Heartbeat | take 7 // typed before the redirect';
  // Monaco's text area sits under its rendered lines, so it is focused rather than clicked.
  await page.getByRole('textbox', { name: EDITOR_LABEL }).focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(typed);
  await waitForSavedTabs(page, [typed]);

  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.hostname === 'login.microsoftonline.com');
  await page.getByRole('button', { name: 'Sign in as Riley Reader' }).click();

  await page.waitForURL((url) => url.origin === appUrl);
  await page.getByRole('button', { name: /Riley Reader/ }).waitFor();
  expect(await editorText(page)).toContain(typed);
  expect(session.pageErrors).toEqual([]);
});

test('picks the demo workspace from the ARM list, searching it by name, with the keyboard', async ({ session }) => {
  const { page, appUrl, emulatorUrl } = session;
  // One workspace per page, so the listing has to follow nextLink.
  await fetch(`${emulatorUrl}/.emulator/settings`, { method: 'PUT', body: JSON.stringify({ workspacePageSize: 1 }) });
  try {
    await openConsole(page, appUrl);
    await signInWithPopup(session, 'Riley Reader');
    const armRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname === 'management.azure.com') armRequests.push(request.url());
    });

    await page.getByRole('button', { name: /Workspace/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose a workspace' });
    const search = dialog.getByRole('searchbox', { name: 'Search workspaces' });
    await dialog.getByRole('option', { name: /contoso-empty/ }).waitFor();
    expect(await dialog.getByRole('option').count()).toBe(3);

    await search.fill('contoso');
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    expect(await dialog.getByRole('option', { name: /contoso-sentinel-demo/ }).getAttribute('aria-selected')).toBe('true');

    await search.fill('sentinel');
    expect(await dialog.getByRole('option').count()).toBe(1);
    const option = dialog.getByRole('option', { name: /contoso-sentinel-demo/ });
    expect(await option.textContent()).toContain(`rg-security-demo · westeurope · Contoso Security (demo)${sentinel.customerId}`);
    await search.press('Enter');

    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByRole('button', { name: /Workspace/ }).textContent()).toContain('contoso-sentinel-demo');
    const saved = await page.evaluate(() => localStorage.getItem('kql-console:workspace-state') ?? '');
    expect(saved).toContain(sentinel.customerId);
    expect(armRequests.some((url) => url.includes('$skiptoken'))).toBe(true);
    expect(armRequests.every((url) => url.startsWith('https://management.azure.com/subscriptions'))).toBe(true);
  } finally {
    await fetch(`${emulatorUrl}/.emulator/settings`, { method: 'PUT', body: JSON.stringify({ workspacePageSize: 2 }) });
  }
});

test('without ARM rights, says so and takes a workspace id by hand, refusing a bad one', async ({ session }) => {
  const { page, appUrl } = session;
  await openConsole(page, appUrl);
  await signInWithPopup(session, 'Nico Norole');

  await page.getByRole('button', { name: /Workspace/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a workspace' });
  const status = dialog.getByText(/Azure Resource Manager shows no subscription to nico@contoso-demo\.onmicrosoft\.com/);
  await status.waitFor();

  const idField = dialog.getByRole('textbox', { name: 'Workspace ID' });
  await idField.fill('contoso-sentinel-demo');
  await dialog.getByRole('button', { name: 'Use this workspace ID' }).click();
  const problem = dialog.getByRole('alert');
  expect(await problem.textContent()).toBe(
    '"contoso-sentinel-demo" is not a workspace ID. A workspace ID is a GUID such as 00000000-0000-0000-0000-000000000000: the "Workspace ID" on the workspace\'s Overview page in the Azure portal (not its name or resource ID).',
  );
  expect(await idField.getAttribute('aria-invalid')).toBe('true');

  await idField.fill(` ${sentinel.customerId.toUpperCase()} `);
  await idField.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  expect(await page.getByRole('button', { name: /Workspace/ }).textContent()).toContain(sentinel.customerId);
});

test('a pasted token shows its audience and expiry at once, warns about a wrong audience, and is never echoed', async ({ session }) => {
  const { page, appUrl, emulatorUrl } = session;
  const armToken = await emulatorToken(emulatorUrl, 'https://management.azure.com/.default');
  const logAnalyticsToken = await emulatorToken(emulatorUrl, 'https://api.loganalytics.io/.default');
  await openConsole(page, appUrl);

  await page.getByRole('button', { name: 'Use a token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Use an access token' });
  const tokenField = dialog.getByLabel('Access token');
  expect(await tokenField.getAttribute('type')).toBe('password');

  await tokenField.fill(armToken);
  const details = dialog.getByRole('region', { name: 'Token details' });
  expect(await details.textContent()).toContain('https://management.azure.com/');
  expect(await dialog.getByRole('list', { name: 'Problems with this token' }).textContent()).toContain(
    'This token is for Azure Resource Manager (https://management.azure.com/), not Log Analytics.',
  );

  await tokenField.fill(logAnalyticsToken);
  const text = (await details.textContent()) ?? '';
  expect(text).toContain('Audiencehttps://api.loganalytics.io');
  expect(text).toContain(`Tenant${DEMO_TENANT_ID}`);
  expect(text).toMatch(/Expiresexpires in (59|60) min \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)/);
  expect(text).toContain('Data.Read (app role)');
  expect(await dialog.getByRole('list', { name: 'Problems with this token' }).count()).toBe(0);

  await dialog.getByRole('textbox', { name: 'Workspace ID' }).fill(sentinel.customerId);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByText('Pasted token', { exact: true }).waitFor();
  expect(await page.getByRole('button', { name: /Workspace/ }).textContent()).toContain(sentinel.customerId);
  expect(await page.content()).not.toContain(logAnalyticsToken);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(logAnalyticsToken);
});

test('the local demo signs in against the emulator and is labelled as demo data', async ({ session }) => {
  const { context, page, appUrl, emulatorUrl } = session;
  // `npm start`'s configuration: no Entra client id, the emulator beside the console.
  await context.route(`${appUrl}/config.json`, (route) => route.fulfill({ json: { clientId: '', tenantId: '', cloud: 'AzurePublic', emulatorUrl } }));
  await openConsole(page, appUrl);
  expect(await page.getByRole('button', { name: 'Sign in', exact: true }).count()).toBe(0);

  const popupOpened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Local demo sign-in' }).click();
  const popup = await popupOpened;
  await popup.getByRole('button', { name: 'Sign in as Riley Reader' }).click();

  await page.getByText('Demo data from the local emulator').waitFor();
  expect(await page.getByRole('button', { name: /Riley Reader/ }).textContent()).toContain('riley@contoso-demo.onmicrosoft.com');

  // ARM listing and tokens go straight to the emulator's origin.
  const armRequest = page.waitForRequest((request) => request.url().startsWith(`${emulatorUrl}/subscriptions`));
  await page.getByRole('button', { name: /Workspace/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a workspace' });
  await dialog.getByRole('searchbox', { name: 'Search workspaces' }).fill('sentinel');
  await dialog.getByRole('option', { name: /contoso-sentinel-demo/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect((await (await armRequest).allHeaders()).authorization?.startsWith('Bearer ')).toBe(true);
  expect(await page.getByRole('button', { name: /Workspace/ }).textContent()).toContain('contoso-sentinel-demo');

  // Queries go to the emulator's /v1 with the demo session's Log Analytics token.
  await setQuery(page, 'print Answer = 42');
  const answered = page.waitForResponse((response) => response.url() === `${emulatorUrl}/v1/workspaces/${sentinel.customerId}/query`);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  expect((await answered).status()).toBe(200);
  await results(page).getByRole('tab', { name: /PrimaryResult/ }).waitFor();
  expect(session.pageErrors).toEqual([]);
});

test('Settings opens with Ctrl+, validates, applies query settings at once and sign-in settings after a reload', async ({ session }) => {
  const { page, appUrl } = session;
  await openConsole(page, appUrl);
  await page.keyboard.press('Control+Comma');
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.waitFor();

  await dialog.getByRole('textbox', { name: 'Tenant ID' }).fill('not a tenant');
  await dialog.getByRole('textbox', { name: 'Row cap' }).fill('600000');
  await dialog.getByRole('button', { name: 'Save' }).click();
  expect(await dialog.getByText('The row cap is a whole number from 1 to 500,000, or choose "No row cap".').isVisible()).toBe(true);
  expect(await dialog.getByRole('textbox', { name: 'Tenant ID' }).getAttribute('aria-invalid')).toBe('true');

  await dialog.getByRole('textbox', { name: 'Tenant ID' }).fill(DEMO_TENANT_ID);
  await dialog.getByRole('textbox', { name: 'Row cap' }).fill('1000');
  await dialog.getByRole('combobox', { name: 'Cloud' }).selectOption('AzureUSGovernment');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByText('Sign-in settings saved. They take effect after a reload.').waitFor();
  const saved = await page.evaluate(() => ({ state: localStorage.getItem('kql-console:workspace-state') ?? '', overrides: localStorage.getItem('kql-console:connection-overrides') }));
  expect(saved.state).toContain('"rowCap":1000');
  expect(saved.overrides).toBe('{"cloud":"AzureUSGovernment"}');

  await dialog.getByRole('button', { name: 'Reload now' }).click();
  await page.getByRole('heading', { name: 'KQL Console' }).waitFor();
  await page.getByRole('button', { name: 'Use a token' }).click();
  await page.getByText('For Azure US Government, get one with').waitFor();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Settings' }).click();
  await dialog.getByRole('button', { name: "Use the deployment's sign-in settings" }).click();
  expect(await page.evaluate(() => localStorage.getItem('kql-console:connection-overrides'))).toBeNull();
});
