// Each failure a run can meet against the emulator gets its own diagnosis in the built app: the panel is found by its
// title, and its evidence and actions by role and name. Faults are switched on through the emulator's control endpoint.
import { expect } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { PERSONAS } from '../emulator/config';
import { test, type BrowserSession } from './harness/fixtures';
import { results, runQuery, setQuery } from './helpers/results';
import { chooseDemoWorkspace, DEMO_WORKSPACE, enterWorkspaceId, signInAs, signInAsReader, signInToLocalDemo } from './helpers/signIn';
import { savedActiveQueryText } from './helpers/tabs';

function diagnosisPanel(page: Page, title: string) {
  return results(page).getByRole('alert', { name: title });
}

/** The evidence item whose text starts with its mark in words and its label, e.g. "✓ OK: Token audience (aud):". */
function evidence(page: Page, title: string, status: 'OK' | 'Problem' | 'Not checked', label: string) {
  return diagnosisPanel(page, title)
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^. ${status}: ${label.replace(/[()]/g, '\\$&')}:`) });
}

async function withFault<T>(emulatorUrl: string, fault: string, body: unknown, work: () => Promise<T>): Promise<T> {
  const url = `${emulatorUrl}/.emulator/faults/${fault}`;
  expect((await fetch(url, { method: 'PUT', body: JSON.stringify(body ?? {}) })).ok).toBe(true);
  try {
    return await work();
  } finally {
    await fetch(url, { method: 'DELETE' });
  }
}

async function signInAndChoose(session: BrowserSession, query: string): Promise<void> {
  await signInAsReader(session);
  await chooseDemoWorkspace(session.page);
  await setQuery(session.page, query);
}

test('a token for another resource (wrong audience) shows its diagnosis, with the claims checked and Sign in again', async ({ session }) => {
  const { page, emulatorUrl } = session;
  await signInAndChoose(session, 'SigninLogs | take 5');
  await withFault(emulatorUrl, 'wrong-audience', null, () => runQuery(page));
  const title = 'The token is for another resource';
  await diagnosisPanel(page, title).waitFor();
  // The claims of the token the request carried are decoded and checked; the token itself is never on the page.
  await evidence(page, title, 'OK', 'Token audience (aud)').filter({ hasText: 'https://api.loganalytics.io' }).waitFor();
  await evidence(page, title, 'OK', 'Permissions').filter({ hasText: 'scp Data.Read' }).waitFor();
  await diagnosisPanel(page, title).getByRole('button', { name: /^Sign in again/ }).waitFor();
  expect(await page.content()).not.toMatch(/eyJ[\w-]{10,}\./);
  expect(session.pageErrors).toEqual([]);
});

test('a token the service cannot parse shows the malformed-token diagnosis', async ({ session }) => {
  const { page, emulatorUrl } = session;
  await signInAndChoose(session, 'SigninLogs | take 5');
  await withFault(emulatorUrl, 'malformed-token', null, () => runQuery(page));
  const title = 'The token could not be read';
  await diagnosisPanel(page, title).getByRole('definition').filter({ hasText: /^MalformedToken|→ MalformedToken$/ }).waitFor();
  await evidence(page, title, 'OK', 'Token tenant (tid)').waitFor();
  await diagnosisPanel(page, title).getByRole('button', { name: /^Sign in again/ }).waitFor();
});

test('an account without a role on the workspace gets the no-permission diagnosis naming who to grant', async ({ session }) => {
  const { page } = session;
  const persona = PERSONAS.find((candidate) => candidate.id === 'norole');
  if (!persona) throw new Error('emulator/config.ts has no no-role persona');
  await signInAs(session, persona.displayName);
  // Without a role, ARM lists no workspace: the analyst types its id.
  await enterWorkspaceId(page, DEMO_WORKSPACE.customerId);
  await setQuery(page, 'SigninLogs | take 5');
  await runQuery(page);

  const title = 'No permission to query this workspace';
  const panel = diagnosisPanel(page, title);
  await panel.waitFor();
  await panel.getByRole('definition').filter({ hasText: 'HTTP 403' }).waitFor();
  await evidence(page, title, 'Not checked', 'Signed-in identity').filter({ hasText: persona.displayName }).waitFor();
  await panel.getByRole('listitem').filter({ hasText: /^Ask an owner of the workspace to assign the Log Analytics Reader role/ }).waitFor();
  await panel.getByRole('listitem').filter({ hasText: /can take up to an hour/ }).first().waitFor();
  await panel.getByRole('button', { name: 'Run again' }).waitFor();
});

test('a syntax error in the statement under the cursor is placed at the editor line and column, and Go to the error moves there', async ({ session }) => {
  const { page } = session;
  // Two statements: the cursor ends in the second, which starts on editor line 3; its error is on line 5.
  await signInAndChoose(session, 'Heartbeat | take 1\n\nSigninLogs\n| take 5\n| wher x');
  await runQuery(page);
  const title = 'The query has a syntax error';
  await diagnosisPanel(page, title).waitFor();
  const position = await evidence(page, title, 'Problem', 'Position').textContent();
  expect(position).toMatch(/: line 5, column \d+$/);
  const column = Number(/column (\d+)$/.exec(position ?? '')?.[1]);
  await evidence(page, title, 'Not checked', 'Line 5').filter({ hasText: '| wher x' }).waitFor();

  // The marker is on editor line 5 (Monaco's own status: the squiggle lives in the view line of that number).
  await page.locator('.monaco-editor .squiggly-error').first().waitFor();
  await page.keyboard.press('ControlOrMeta+Home');
  await diagnosisPanel(page, title).getByRole('button', { name: 'Go to the error' }).click();
  // The editor has the focus with the cursor at the error: typing lands on line 5 at that column.
  await page.keyboard.type('Z');
  const storedQuery = () => savedActiveQueryText(page);
  await expect.poll(storedQuery).toContain('Z');
  const line5 = (await storedQuery()).split('\n')[4] ?? '';
  expect(line5.slice(column - 1, column)).toBe('Z');
});

test('an unknown table gets a did-you-mean fix from the schema that edits the query', async ({ session }) => {
  const { page } = session;
  await signInAndChoose(session, 'Heartbeats | take 5');
  // The schema pane lists the tables once the metadata has loaded: the suggestions draw on it.
  await page.getByRole('tree', { name: 'Tables and functions' }).getByRole('treeitem', { name: /^Heartbeat\b/ }).first().waitFor();
  await runQuery(page);
  const title = 'Unknown name: Heartbeats';
  const panel = diagnosisPanel(page, title);
  await panel.waitFor();
  await panel.getByRole('definition').filter({ hasText: 'SEM0100' }).waitFor();
  await panel.getByRole('button', { name: 'Use Heartbeat' }).click();
  await panel.getByRole('status').filter({ hasText: 'Replaced Heartbeats with Heartbeat. Run the query again.' }).waitFor();
  await runQuery(page);
  await results(page).getByRole('grid', { name: 'PrimaryResult, 5 rows' }).waitFor();
  expect(session.pageErrors).toEqual([]);
});

test('a workspace id that no workspace has gets the not-found diagnosis with the id and cloud checks', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  const unknown = 'b5a3e4c2-0000-4000-8000-00000000dead';
  await enterWorkspaceId(page, unknown);
  await setQuery(page, 'SigninLogs | take 5');
  await page.getByRole('button', { name: 'Run', exact: true }).click();

  const title = 'Workspace not found';
  const panel = diagnosisPanel(page, title);
  await panel.waitFor();
  await evidence(page, title, 'OK', 'Workspace ID').filter({ hasText: `${unknown} (a GUID, as the API needs)` }).waitFor();
  await evidence(page, title, 'OK', 'Log Analytics endpoint').waitFor();
  await panel.getByRole('button', { name: 'Choose the cloud' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  // Settings opens on the cloud field.
  expect(await settings.getByRole('combobox', { name: 'Cloud' }).evaluate((element) => element === document.activeElement)).toBe(true);
});

test('an endpoint host that does not resolve gets the unreachable diagnosis, honest about what a browser can tell', async ({ session }) => {
  const { page, context } = session;
  await signInAndChoose(session, 'SigninLogs | take 5');
  // The browser's own DNS failure for the Log Analytics host (registered last, so it wins over the emulator route).
  const unresolvable = (route: Route) => route.abort('namenotresolved');
  await context.route('https://api.loganalytics.io/**', unresolvable);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const title = 'No answer from api.loganalytics.io';
  const panel = diagnosisPanel(page, title);
  await panel.waitFor();
  await evidence(page, title, 'OK', 'Log Analytics endpoint').waitFor();
  await evidence(page, title, 'OK', 'Browser network status').waitFor();
  expect(await panel.getByText(/cannot tell|can't tell|cannot distinguish|does not say/i).count()).toBeGreaterThan(0);
  // Only this handler goes: the route to the emulator stays.
  await context.unroute('https://api.loganalytics.io/**', unresolvable);
  await panel.getByRole('button', { name: 'Run again' }).click();
  await results(page).getByRole('grid', { name: 'PrimaryResult, 5 rows' }).waitFor();
});

test('429 with Retry-After counts down on Run again, which works once the wait is over', async ({ session }) => {
  const { page, emulatorUrl } = session;
  await signInAndChoose(session, 'SigninLogs | take 5');
  await withFault(emulatorUrl, 'throttle', { seconds: 3 }, () => runQuery(page));
  const title = 'Too many requests';
  const panel = diagnosisPanel(page, title);
  await evidence(page, title, 'Problem', 'Retry-After').filter({ hasText: '3 seconds' }).waitFor();
  await panel.getByText(/5 queries running at once/).waitFor();
  const waiting = panel.getByRole('button', { name: /^Run again in [1-3] s$/ });
  expect(await waiting.isDisabled()).toBe(true);
  const ready = panel.getByRole('button', { name: 'Run again', exact: true });
  await ready.waitFor({ timeout: 6_000 });
  expect(await ready.isEnabled()).toBe(true);
  await ready.click();
  await results(page).getByRole('grid', { name: 'PrimaryResult, 5 rows' }).waitFor();
});

test('an answer that breaks off in the middle is reported as cut off, with how far it got, and Run again works', async ({ session }) => {
  const { page, emulatorUrl } = session;
  await signInToLocalDemo(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'SigninLogs | take 5');
  const panel = diagnosisPanel(page, 'The answer was cut off');
  await withFault(emulatorUrl, 'connection-reset', null, async () => {
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await panel.getByText(/broke off after \d+(\.\d)? (B|KB)\b.*no rows are shown/).waitFor();
  });
  await panel.getByRole('button', { name: 'Run again' }).click();
  await results(page).getByRole('grid', { name: 'PrimaryResult, 5 rows' }).waitFor();
  expect(session.pageErrors).toEqual([]);
});

test('504 gets the time-limit diagnosis with query-shape hints and Raise the server time limit', async ({ session }) => {
  const { page, emulatorUrl } = session;
  await signInAndChoose(session, 'union * | where TimeGenerated > ago(1d) | count');
  await withFault(emulatorUrl, 'gateway-timeout', null, () => runQuery(page));
  const title = 'The query ran out of time';
  const panel = diagnosisPanel(page, title);
  await evidence(page, title, 'Problem', 'Server time limit').filter({ hasText: '180 s; the service allows up to 600 s' }).waitFor();
  await panel.getByRole('listitem').filter({ hasText: /^Replace union \* with the tables you need/ }).waitFor();
  await panel.getByRole('button', { name: 'Raise the server time limit' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  expect(await settings.getByRole('textbox', { name: 'Server timeout (seconds)' }).evaluate((element) => element === document.activeElement)).toBe(true);
});

test('a workspace listing refused by Azure Resource Manager shows its diagnosis in the workspace dialog, and listing again works', async ({ session }) => {
  const { page, emulatorUrl } = session;
  await signInAsReader(session);
  await withFault(emulatorUrl, 'expired-token', null, async () => {
    await page.getByRole('button', { name: /^Workspace/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose a workspace' });
    const panel = dialog.getByRole('alert', { name: 'The access token has expired' });
    await panel.waitFor();
    await panel.getByRole('definition').filter({ hasText: 'ExpiredAuthenticationToken' }).waitFor();
    await panel.getByRole('definition').filter({ hasText: 'https://management.azure.com' }).first().waitFor();
    await panel.getByRole('button', { name: /^Sign in again/ }).waitFor();
  });
  const dialog = page.getByRole('dialog', { name: 'Choose a workspace' });
  await dialog.getByRole('button', { name: 'List the workspaces again' }).click();
  await dialog.getByRole('option', { name: new RegExp(DEMO_WORKSPACE.name) }).waitFor();
  expect(await dialog.getByRole('alert').count()).toBe(0);
});

test('an offline browser gets the offline diagnosis, not a network error code', async ({ session }) => {
  const { page, context } = session;
  await signInAndChoose(session, 'SigninLogs | take 5');
  // Offline as the page sees it: navigator.onLine is false and requests fail (the emulator route would still answer).
  const disconnected = (route: Route) => route.abort('internetdisconnected');
  await context.route('https://api.loganalytics.io/**', disconnected);
  await context.setOffline(true);
  try {
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const title = 'This browser is offline';
    await diagnosisPanel(page, title).waitFor();
    await evidence(page, title, 'Problem', 'Browser network status').waitFor();
  } finally {
    await context.setOffline(false);
    await context.unroute('https://api.loganalytics.io/**', disconnected);
  }
  await diagnosisPanel(page, 'This browser is offline').getByRole('button', { name: 'Run again' }).click();
  await results(page).getByRole('grid', { name: 'PrimaryResult, 5 rows' }).waitFor();
});

test('a Run that cannot start says what it waits for: sign-in, then a workspace', async ({ session }) => {
  const { page, appUrl } = session;
  await page.goto(appUrl);
  const toolbar = page.getByRole('toolbar', { name: 'Query actions' });
  await toolbar.getByRole('status').filter({ hasText: 'Sign in to run queries.' }).waitFor();
  expect(await toolbar.getByRole('button', { name: 'Run', exact: true }).isDisabled()).toBe(true);

  await signInAsReader(session);
  await toolbar.getByRole('status').filter({ hasText: 'Choose a workspace to run queries.' }).waitFor();
  await chooseDemoWorkspace(page);
  await setQuery(page, 'Heartbeat | take 1');
  await expect.poll(() => toolbar.getByRole('button', { name: 'Run', exact: true }).isEnabled()).toBe(true);
  expect(await toolbar.getByRole('status').count()).toBe(0);
});
