// Run history, saved queries and the example gallery in the built app against the emulator: runs are recorded with
// their outcome and survive a reload; search filters them; an entry opens and runs again in a new query tab; a query
// saved by name is exported to a JSON file and imported back with its duplicates handled by name; an example from
// the gallery runs on the demo workspace and returns rows.
import { expect } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { test } from './harness/fixtures';
import { results, runQuery, setQuery } from './helpers/results';
import { chooseDemoWorkspace, DEMO_WORKSPACE, signInAsReader } from './helpers/signIn';

function sidePanel(page: Page, tab: 'Schema' | 'History' | 'Saved' | 'Examples', region: string) {
  return {
    open: () => page.getByRole('tablist', { name: 'Side pane' }).getByRole('tab', { name: tab }).click(),
    region: page.getByRole('region', { name: region }),
  };
}

const history = (page: Page) => sidePanel(page, 'History', 'Run history');
const saved = (page: Page) => sidePanel(page, 'Saved', 'Saved queries');

async function editorText(page: Page): Promise<string> {
  return page.locator('.monaco-editor .view-lines').evaluate((lines) => (lines as HTMLElement).innerText.replace(/\u00a0/g, ' '));
}

async function activeQueryTab(page: Page): Promise<string | null> {
  return page.getByRole('tablist', { name: 'Query tabs' }).getByRole('tab', { selected: true }).textContent();
}

async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await saved(page).region.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('every run is recorded with its outcome, found by search, opened and run again in a new tab, and kept after a reload', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'Heartbeat | take 3');
  await runQuery(page);
  await results(page).getByRole('grid', { name: 'PrimaryResult, 3 rows' }).waitFor();
  await setQuery(page, 'SigninLogs | wher x');
  await runQuery(page);
  await results(page).getByRole('alert', { name: 'The query has a syntax error' }).waitFor();

  const { open, region } = history(page);
  await open();
  const runs = region.getByRole('list', { name: 'Runs' }).getByRole('listitem');
  await region.getByRole('status').filter({ hasText: /^2 runs$/ }).waitFor();
  const [failed, succeeded] = await runs.allTextContents();
  expect(failed).toContain('SigninLogs | wher x');
  expect(failed).toMatch(/Failed: The query has a syntax error \(\w+\)/);
  expect(succeeded).toContain('Heartbeat | take 3');
  expect(succeeded).toContain('3 rows');
  expect(succeeded).toContain(DEMO_WORKSPACE.name);
  expect(succeeded).toContain('Last 24 hours');

  await region.getByRole('searchbox', { name: 'Search history' }).fill('HEARTBEAT');
  await region.getByRole('status').filter({ hasText: '1 of 2 runs' }).waitFor();
  expect(await runs.count()).toBe(1);
  await region.getByRole('searchbox', { name: 'Search history' }).fill('no such query');
  await region.getByText('No run matches “no such query”.').waitFor();
  await region.getByRole('searchbox', { name: 'Search history' }).fill('heartbeat');

  // Open puts the entry into a new query tab, leaving the tab with the failed query as it was.
  const tabsBefore = await page.getByRole('tablist', { name: 'Query tabs' }).getByRole('tab').count();
  await runs.first().getByRole('button', { name: 'Open' }).click();
  expect(await page.getByRole('tablist', { name: 'Query tabs' }).getByRole('tab').count()).toBe(tabsBefore + 1);
  expect(await editorText(page)).toBe('Heartbeat | take 3');

  await runs.first().getByRole('button', { name: 'Run again' }).click();
  await results(page).getByRole('grid', { name: 'PrimaryResult, 3 rows' }).waitFor();
  await region.getByRole('searchbox', { name: 'Search history' }).fill('');
  await region.getByRole('status').filter({ hasText: /^3 runs$/ }).waitFor();

  await page.reload();
  await page.getByRole('heading', { name: 'KQL Console' }).waitFor();
  await history(page).open();
  await history(page).region.getByRole('status').filter({ hasText: /^3 runs$/ }).waitFor();
  const stored = await page.evaluate(() => localStorage.getItem('kql-console:history') ?? '');
  expect(stored).not.toMatch(/eyJ|Bearer/);

  // Clearing asks first.
  await history(page).region.getByRole('button', { name: 'Clear history' }).click();
  const confirm = page.getByRole('dialog', { name: 'Clear the run history?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await history(page).region.getByRole('status').filter({ hasText: /^3 runs$/ }).waitFor();
  await history(page).region.getByRole('button', { name: 'Clear history' }).click();
  await confirm.getByRole('button', { name: 'Clear history' }).click();
  await history(page).region.getByText(/^No runs yet\./).waitFor();
  expect(session.pageErrors).toEqual([]);
});

test('a query saved by name is listed, exported as JSON and imported back with duplicates handled by name, and kept after a reload', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  const query = 'Perf\n| where CounterName == "% Processor Time"\n| summarize avg(CounterValue) by Computer';
  await setQuery(page, query);

  const { open, region } = saved(page);
  await open();
  await region.getByText(/^No saved queries yet\./).waitFor();
  // Ctrl+S in the editor is the registry's Save query.
  await page.locator('.monaco-editor textarea').focus();
  await page.keyboard.press('ControlOrMeta+s');
  const dialog = page.getByRole('dialog', { name: 'Save query' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('CPU by computer');
  await dialog.getByRole('textbox', { name: 'Description (optional)' }).fill('Average processor time');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const items = region.getByRole('list', { name: 'Saved queries' }).getByRole('listitem');
  await items.filter({ hasText: 'CPU by computer' }).waitFor();
  expect(await items.first().textContent()).toContain('Average processor time');

  // The same name again is refused unless replaced.
  await region.getByRole('button', { name: 'Save query' }).click();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('cpu BY computer');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'A saved query named “CPU by computer” already exists.' }).waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const downloaded = page.waitForEvent('download');
  await region.getByRole('button', { name: 'Export' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('kql-console-saved-queries.json');
  const exported = JSON.parse(await downloadText(download)) as { format: string; queries: { name: string; queryText: string }[] };
  expect(exported.format).toBe('kql-console/saved-queries');
  expect(exported.queries).toMatchObject([{ name: 'CPU by computer', queryText: query, description: 'Average processor time' }]);

  // Importing the export back: the same query under the same name is already saved.
  await importFile(page, 'export.json', JSON.stringify(exported));
  await region.getByRole('status').filter({ hasText: 'Imported 0 queries. Already saved, skipped: “CPU by computer”.' }).waitFor();

  // A different query under a taken name is imported under a free name; a broken entry is reported by number.
  const edited = { ...exported, queries: [{ name: 'CPU by computer', queryText: 'Perf | take 5' }, { name: 'Missing text' }, { name: 'Syslog', queryText: 'Syslog | take 1' }] };
  await importFile(page, 'edited.json', JSON.stringify(edited));
  const report = region.getByRole('status').filter({ hasText: 'Imported 2 queries.' });
  await report.waitFor();
  expect(await report.textContent()).toContain('Name already taken, imported as: “CPU by computer” → “CPU by computer (2)”.');
  expect(await report.getByRole('list', { name: 'Import problems' }).textContent()).toBe('Entry 2 (“Missing text”) has no query text; skipped.');
  expect(await items.count()).toBe(3);

  await importFile(page, 'not-json.json', 'name,query');
  await region.getByRole('status').filter({ hasText: 'Nothing imported from not-json.json.' }).getByText(/^The file is not JSON/).waitFor();

  await page.reload();
  await page.getByRole('heading', { name: 'KQL Console' }).waitFor();
  await saved(page).open();
  const after = saved(page).region.getByRole('list', { name: 'Saved queries' }).getByRole('listitem');
  await after.first().waitFor();
  expect(await saved(page).region.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['CPU by computer', 'CPU by computer (2)', 'Syslog']);

  // Open puts the saved query into a new tab named after it.
  await after.filter({ has: page.getByRole('heading', { name: 'CPU by computer', exact: true }) }).getByRole('button', { name: 'Open' }).click();
  expect(await activeQueryTab(page)).toBe('CPU by computer');
  expect(await editorText(page)).toBe(query);
  expect(session.pageErrors).toEqual([]);
});

test('an example from the gallery runs on the demo workspace and returns rows', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await sidePanel(page, 'Examples', 'Example queries').open();
  const gallery = page.getByRole('region', { name: 'Example queries' });
  for (const table of ['SecurityAlert', 'SigninLogs', 'AuditLogs', 'AzureActivity', 'AppTraces', 'AppRequests', 'Heartbeat', 'Perf', 'Syslog', 'AzureDiagnostics']) {
    await gallery.getByRole('region', { name: table }).waitFor();
  }
  const example = gallery.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Computers that stopped reporting' }) });
  const answered = page.waitForResponse((response) => response.url().endsWith(`/workspaces/${DEMO_WORKSPACE.customerId}/query`));
  await example.getByRole('button', { name: 'Run' }).click();
  const body = (await (await answered).json()) as { tables: { rows: unknown[][] }[] };
  expect(body.tables[0]?.rows.map((row) => row[0])).toEqual(['build-agent-02', 'SQL-PROD-02.corp.contoso.com']);
  await results(page).getByRole('grid', { name: 'PrimaryResult, 2 rows' }).waitFor();
  expect(await activeQueryTab(page)).toBe('Computers that stopped reporting');
  expect(await page.getByLabel('Time range').inputValue()).toBe('7d');
  expect(session.pageErrors).toEqual([]);
});
