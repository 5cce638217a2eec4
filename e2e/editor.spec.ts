// The KQL editor in the built app: Monaco with monaco-kusto completing from the workspace's metadata, Shift+Enter
// running the statement under the cursor through the action registry, the schema pane inserting names, and the
// dark theme reaching Monaco.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from './harness/fixtures';
import { chooseDemoWorkspace, DEMO_WORKSPACE, signInAsReader } from './helpers/signIn';

const QUERY_URL = `https://api.loganalytics.io/v1/workspaces/${DEMO_WORKSPACE.customerId}/query`;

/** Monaco's own text box (not the plain text area shown while Monaco loads), with the schema loaded. */
async function monacoReady(page: Page) {
  await page.getByRole('status').getByText(/^Loaded \d+ tables/).waitFor();
  const editor = page.getByRole('textbox', { name: 'Query editor' }).and(page.locator('[aria-roledescription="editor"]'));
  await editor.waitFor();
  return editor;
}

async function replaceQuery(page: Page, text: string) {
  const editor = await monacoReady(page);
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Suggest' }).getByRole('option');

test('completes tables and columns from the workspace schema, and Shift+Enter runs the statement under the cursor', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);

  await replaceQuery(page, 'SigninL');
  await suggestions(page).getByText('SigninLogs', { exact: true }).waitFor();
  await page.keyboard.press('Escape');
  await page.keyboard.type('ogs | where ');
  // The list is virtualized (about a dozen rows); SigninLogs' columns come first, alphabetically.
  await suggestions(page).getByText('AppDisplayName', { exact: true }).waitFor();
  await page.keyboard.type('UserP');
  await suggestions(page).getByText('UserPrincipalName', { exact: true }).waitFor();
  await page.keyboard.press('Escape');

  await replaceQuery(page, 'Heartbeat | take 2\n\nSigninLogs | take 3');
  const firstRun = page.waitForRequest((request) => request.url() === QUERY_URL && request.method() === 'POST');
  await page.keyboard.press('Shift+Enter');
  expect(JSON.parse((await firstRun).postData() ?? '{}').query).toBe('SigninLogs | take 3');
  const grid = page.getByRole('region', { name: 'Results' }).getByRole('grid', { name: /3 rows/ });
  await grid.waitFor();
  expect(await grid.getByRole('gridcell').count()).toBeGreaterThan(0);

  // Shift+Enter ran the query without adding a line; the cursor moves up into the first statement.
  await page.keyboard.press('ControlOrMeta+Home');
  const secondRun = page.waitForRequest((request) => request.url() === QUERY_URL && request.method() === 'POST');
  await page.keyboard.press('Shift+Enter');
  expect(JSON.parse((await secondRun).postData() ?? '{}').query).toBe('Heartbeat | take 2');
  expect(session.pageErrors).toEqual([]);
  // Monaco's styles and the Kusto worker work under the Content-Security-Policy the build ships.
  expect(session.consoleMessages.filter((message) => message.includes('Content Security Policy'))).toEqual([]);
});

test('the schema pane inserts a column at the cursor, and the dark theme reaches the editor', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await replaceQuery(page, 'SigninLogs | project ');
  await page.keyboard.press('Escape');

  const tree = page.getByRole('tree', { name: 'Tables and functions' });
  const table = tree.getByRole('treeitem', { name: 'SigninLogs', exact: true });
  await table.focus();
  await page.keyboard.press('ArrowRight');
  expect(await table.getAttribute('aria-expanded')).toBe('true');
  await tree.getByRole('treeitem', { name: 'UserPrincipalName (string)' }).click();
  await page.getByRole('textbox', { name: 'Query editor' }).focus();
  await page.keyboard.type(', ');
  await page.getByLabel('Filter tables').fill('IPAddress');
  await tree.getByRole('treeitem', { name: 'IPAddress (string)' }).focus();
  await page.keyboard.press('Enter');

  const run = page.waitForRequest((request) => request.url() === QUERY_URL && request.method() === 'POST');
  await page.getByRole('textbox', { name: 'Query editor' }).focus();
  await page.keyboard.press('Shift+Enter');
  expect(JSON.parse((await run).postData() ?? '{}').query).toMatch(/^SigninLogs \| project UserPrincipalName, IPAddress\b/);

  const editorRoot = page.locator('.monaco-editor').first();
  expect((await editorRoot.getAttribute('class'))?.split(/\s+/)).toContain('vs');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
  await page.locator('.monaco-editor.vs-dark').waitFor();
  expect(session.pageErrors).toEqual([]);
});
