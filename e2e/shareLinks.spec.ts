// Share links in the built app: Copy link puts the query, time range, workspace id and cloud name in the URL
// fragment; opening the link (a bookmark, another browser tab) puts it in a new query tab that does not run until
// Run is pressed, and cleans the address. A damaged link says so in one line and changes nothing.
import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { encodeShareFragment } from '../src/domain/shareLink/shareLink';
import { test, type BrowserSession } from './harness/fixtures';
import { QUERY_URL, results, setQuery } from './helpers/results';
import { chooseDemoWorkspace, DEMO_WORKSPACE, signInAsReader } from './helpers/signIn';
import { editorText, queryTab, selectedTabName, tabNames, waitForSavedTabs } from './helpers/tabs';

const QUERY = 'SigninLogs\n| where ResultType != "0"\n| take 4';

function queryRequests(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.url() === QUERY_URL && request.method() === 'POST') sent.push(request);
  });
  return sent;
}

async function signInWithPopup({ context }: BrowserSession, page: Page): Promise<void> {
  const popupOpened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await (await popupOpened).getByRole('button', { name: 'Sign in as Riley Reader' }).click();
  await page.getByTestId('account-name').getByText('Riley Reader').waitFor();
}

test('Copy link round-trips the query into a new tab of another browser tab, which runs only when Run is pressed', async ({ session }) => {
  const { context, page, appUrl } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, QUERY);
  await page.getByLabel('Time range').selectOption({ label: 'Last 7 days' });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: `Link copied for ${DEMO_WORKSPACE.name} in Azure (public).` }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${appUrl}/#kql=1&q=`)).toBe(true);
  const fragment = new URLSearchParams(new URL(link).hash.slice(1));
  expect([fragment.get('t'), fragment.get('w'), fragment.get('c')]).toEqual(['7d', DEMO_WORKSPACE.customerId, 'AzurePublic']);
  expect(link).not.toMatch(/loganalytics|management\.azure|login\.microsoftonline|eyJ|Bearer/);

  const opened = await context.newPage();
  const sent = queryRequests(opened);
  await opened.goto(link);
  await queryTab(opened, 'Shared query').waitFor();
  expect(await selectedTabName(opened)).toBe('Shared query');
  expect(await editorText(opened)).toBe(QUERY);
  expect(await opened.getByLabel('Time range').inputValue()).toBe('7d');
  expect(await opened.getByRole('button', { name: /^Workspace/ }).textContent()).toContain(DEMO_WORKSPACE.name);
  await opened.getByRole('status').filter({ hasText: 'Opened a shared query in a new tab. It runs when you press Run.' }).waitFor();
  expect(new URL(opened.url()).hash).toBe('');

  // Signing in makes Run possible; still nothing runs by itself.
  await signInWithPopup(session, opened);
  await opened.getByRole('button', { name: 'Run', exact: true }).and(opened.locator(':enabled')).waitFor();
  await opened.waitForTimeout(500);
  expect(sent).toHaveLength(0);
  await opened.getByRole('button', { name: 'Run', exact: true }).click();
  await results(opened).getByRole('grid', { name: /^PrimaryResult, \d+ rows?$/ }).waitFor();
  expect(sent).toHaveLength(1);
  expect(JSON.parse(sent[0]?.postData() ?? '{}')).toMatchObject({ query: expect.stringContaining('| where ResultType != "0"'), timespan: 'P7D' });

  // The address was cleaned, so a reload does not open the link a second time.
  await waitForSavedTabs(opened, [QUERY]);
  await opened.reload();
  await opened.locator('.monaco-editor').waitFor();
  expect((await tabNames(opened)).filter((name) => name === 'Shared query')).toHaveLength(1);
  expect(session.pageErrors).toEqual([]);
});

test('a damaged link says why in one line and loses nothing; Dismiss cleans the address', async ({ session }) => {
  const { page, appUrl } = session;
  await page.goto(appUrl);
  await page.locator('.monaco-editor').waitFor();
  await setQuery(page, 'Heartbeat | take 9 // my work');
  await waitForSavedTabs(page, ['Heartbeat | take 9 // my work']);

  const good = await encodeShareFragment({ queryText: 'Perf | take 1', timespan: { kind: 'preset', presetId: '1h' }, workspaceId: null, cloud: null });
  const cut = good.replace(/&t=.*$/, '').slice(0, -5) + '&t=1h';
  // Only the fragment changes: the open console takes the link without a reload.
  await page.goto(`${appUrl}/#${cut}`);
  const alert = page.getByRole('alert').filter({ hasText: 'This share link cannot be opened: its query is damaged (was the link cut short?).' });
  await alert.waitFor();
  expect(await tabNames(page)).toEqual(['Query 1']);
  expect(await editorText(page)).toBe('Heartbeat | take 9 // my work');
  expect(new URL(page.url()).hash).toBe(`#${cut}`);

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  expect(new URL(page.url()).hash).toBe('');
  expect(await alert.count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
});

test('a link for another cloud opens with a note and switches nothing', async ({ session }) => {
  const { page, appUrl } = session;
  const fragment = await encodeShareFragment({
    queryText: 'AzureActivity | take 3',
    timespan: { kind: 'setInQuery' },
    workspaceId: DEMO_WORKSPACE.customerId,
    cloud: 'AzureUSGovernment',
  });
  await page.goto(`${appUrl}/#${fragment}`);
  await queryTab(page, 'Shared query').waitFor();
  await page.getByRole('status').filter({ hasText: 'It was shared for Azure US Government; nothing was switched.' }).waitFor();
  const note = page.getByRole('note');
  expect(await note.textContent()).toContain('This tab was written for Azure US Government, but the console is connected to Azure (public)');
  expect(await page.getByLabel('Time range').inputValue()).toBe('none');
  expect(await page.evaluate(() => localStorage.getItem('kql-console:connection-overrides'))).toBeNull();

  // The note belongs to that tab: the first tab has none.
  await queryTab(page, 'Query 1').click();
  expect(await note.count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
});
