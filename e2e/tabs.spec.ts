// Query tabs in the built app: each tab keeps its own text, time range, workspace and result; a reload and a redirect
// sign-in bring every tab back; two browser tabs of the console keep separate tab sets.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from './harness/fixtures';
import { results, runQuery, setQuery } from './helpers/results';
import { chooseDemoWorkspace, DEMO_WORKSPACE, signInAsReader } from './helpers/signIn';
import { editorText, queryTab, queryTabs, renameTab, savedTabSetKeys, selectedTabName, tabNames, waitForSavedTabs } from './helpers/tabs';

const EMPTY_WORKSPACE = /contoso-empty/;

async function chooseWorkspace(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^Workspace/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose a workspace' });
  await dialog.getByRole('option', { name }).click();
  await dialog.waitFor({ state: 'hidden' });
}

function workspaceButton(page: Page) {
  return page.getByRole('button', { name: /^Workspace/ });
}

function timeRange(page: Page) {
  return page.getByLabel('Time range');
}

test('a reload restores every tab: its text, time range, workspace, name, and which tab was active', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'Heartbeat | take 1');
  await timeRange(page).selectOption({ label: 'Last 7 days' });

  await page.getByRole('button', { name: 'New query tab' }).click();
  expect(await selectedTabName(page)).toBe('Query 2');
  // A new tab starts empty on the same workspace and time range.
  expect(await editorText(page)).toBe('');
  expect(await workspaceButton(page).textContent()).toContain(DEMO_WORKSPACE.name);
  expect(await timeRange(page).inputValue()).toBe('7d');
  await chooseWorkspace(page, EMPTY_WORKSPACE);
  await setQuery(page, 'Perf | take 2');
  await timeRange(page).selectOption({ label: 'Last hour' });
  await renameTab(page, 'Query 2', 'Perf check');
  await queryTab(page, 'Query 1').click();
  await waitForSavedTabs(page, ['Heartbeat | take 1', 'Perf | take 2', 'Perf check']);

  await page.reload();
  await page.locator('.monaco-editor').waitFor();
  expect(await tabNames(page)).toEqual(['Query 1', 'Perf check']);
  expect(await selectedTabName(page)).toBe('Query 1');
  expect(await editorText(page)).toBe('Heartbeat | take 1');
  expect(await timeRange(page).inputValue()).toBe('7d');
  expect(await workspaceButton(page).textContent()).toContain(DEMO_WORKSPACE.name);

  await queryTab(page, 'Perf check').click();
  expect(await editorText(page)).toBe('Perf | take 2');
  expect(await timeRange(page).inputValue()).toBe('1h');
  expect(await workspaceButton(page).textContent()).toMatch(EMPTY_WORKSPACE);
  expect(session.pageErrors).toEqual([]);
});

test('each tab keeps its own result; arrows, Home/End, F2 and the Alt keys work the tabs; a closed tab reopens', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'Heartbeat | take 3');
  await runQuery(page);
  await results(page).getByRole('grid', { name: 'PrimaryResult, 3 rows' }).waitFor();

  // Alt+N from the editor opens a tab; the new tab has no result yet.
  await page.keyboard.press('Alt+n');
  await queryTab(page, 'Query 2').waitFor();
  await results(page).getByText('Run a query to see its results here.').waitFor();
  await setQuery(page, 'Heartbeat | take 2');
  await runQuery(page);
  await results(page).getByRole('grid', { name: 'PrimaryResult, 2 rows' }).waitFor();

  await queryTab(page, 'Query 2').focus();
  await page.keyboard.press('ArrowLeft');
  await results(page).getByRole('grid', { name: 'PrimaryResult, 3 rows' }).waitFor();
  expect(await selectedTabName(page)).toBe('Query 1');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Query 1');
  expect(await editorText(page)).toBe('Heartbeat | take 3');
  await page.keyboard.press('End');
  await results(page).getByRole('grid', { name: 'PrimaryResult, 2 rows' }).waitFor();

  await page.keyboard.press('F2');
  await page.getByRole('textbox', { name: 'Tab name' }).fill('Two rows');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Two rows');

  await page.getByRole('button', { name: 'Close Two rows' }).click();
  expect(await tabNames(page)).toEqual(['Query 1']);
  await results(page).getByRole('grid', { name: 'PrimaryResult, 3 rows' }).waitFor();
  await page.getByRole('button', { name: 'Reopen closed tab' }).click();
  expect(await tabNames(page)).toEqual(['Query 1', 'Two rows']);
  expect(await editorText(page)).toBe('Heartbeat | take 2');
  // Its result was freed when it closed.
  await results(page).getByText('Run a query to see its results here.').waitFor();

  // Alt+PageUp from inside the editor (Monaco would scroll with it otherwise).
  await page.getByRole('textbox', { name: 'Query editor' }).focus();
  await page.keyboard.press('Alt+PageUp');
  expect(await selectedTabName(page)).toBe('Query 1');
  expect(await queryTabs(page).getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('tabindex')))).toEqual(['0', '-1']);
  expect(session.pageErrors).toEqual([]);
});

test('a redirect sign-in brings back every tab and the active one', async ({ session }) => {
  const { context, page, appUrl } = session;
  // What a popup blocker does to the page: window.open returns null, so MSAL signs in by redirect.
  await context.addInitScript(() => {
    window.open = () => null;
  });
  await page.goto(appUrl);
  await page.locator('.monaco-editor').waitFor();
  await setQuery(page, 'SigninLogs | take 4 // first');
  await page.getByRole('button', { name: 'New query tab' }).click();
  await setQuery(page, 'AuditLogs | take 5 // second');
  await timeRange(page).selectOption({ label: 'Last 3 days' });
  await renameTab(page, 'Query 2', 'Audit');
  await waitForSavedTabs(page, ['SigninLogs | take 4 // first', 'AuditLogs | take 5 // second', 'Audit']);

  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.hostname === 'login.microsoftonline.com');
  await page.getByRole('button', { name: 'Sign in as Riley Reader' }).click();
  await page.waitForURL((url) => url.origin === appUrl);
  await page.getByRole('button', { name: /Riley Reader/ }).waitFor();

  expect(await tabNames(page)).toEqual(['Query 1', 'Audit']);
  expect(await selectedTabName(page)).toBe('Audit');
  expect(await editorText(page)).toBe('AuditLogs | take 5 // second');
  expect(await timeRange(page).inputValue()).toBe('3d');
  await queryTab(page, 'Query 1').click();
  expect(await editorText(page)).toBe('SigninLogs | take 4 // first');
  expect(session.pageErrors).toEqual([]);
});

test('two browser tabs of the console keep separate tab sets: neither overwrites the other', async ({ session }) => {
  const { context, page: first, appUrl } = session;
  await first.goto(appUrl);
  await first.locator('.monaco-editor').waitFor();
  await setQuery(first, 'first browser tab');
  await waitForSavedTabs(first, ['first browser tab']);

  // A new browser tab starts from a copy of the most recently saved set.
  const second = await context.newPage();
  await second.goto(appUrl);
  await second.locator('.monaco-editor').waitFor();
  expect(await editorText(second)).toBe('first browser tab');
  await setQuery(second, 'second browser tab');
  await waitForSavedTabs(second, ['second browser tab']);

  await first.bringToFront();
  await first.getByRole('button', { name: 'New query tab' }).click();
  await setQuery(first, 'first browser tab, another query');
  await waitForSavedTabs(first, ['first browser tab', 'first browser tab, another query']);
  const keys = await savedTabSetKeys(first);
  expect(keys).toHaveLength(2);
  const browserTabId = () => first.evaluate(() => sessionStorage.getItem('kql-console:browser-tab'));
  const firstId = await browserTabId();

  await first.reload();
  await first.locator('.monaco-editor').waitFor();
  expect(await tabNames(first)).toEqual(['Query 1', 'Query 2']);
  expect(await editorText(first)).toBe('first browser tab, another query');
  await queryTab(first, 'Query 1').click();
  expect(await editorText(first)).toBe('first browser tab');
  // The reloaded page is the same browser tab: same id, same set, no third set.
  expect(await browserTabId()).toBe(firstId);
  expect((await savedTabSetKeys(first)).sort()).toEqual(keys.sort());

  await second.bringToFront();
  await second.reload();
  await second.locator('.monaco-editor').waitFor();
  expect(await tabNames(second)).toEqual(['Query 1']);
  expect(await editorText(second)).toBe('second browser tab');
  expect(session.pageErrors).toEqual([]);
});
