// CSV export and TSV copy in the built app: the downloaded file, parsed by a real CSV parser, holds exactly the result
// in the grid's order, including commas, quotes, line breaks, non-ASCII text and formula prefixes (guarded by default,
// verbatim when the analyst turns the guard off), and "Copy as TSV" puts the visible columns on the clipboard.
import type { Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { test } from './harness/fixtures';
import { results, runQuery, setQuery } from './helpers/results';
import { chooseDemoWorkspace, DEMO_WORKSPACE, signInAsReader } from './helpers/signIn';

/** Name, Note, Count: the awkward values the export must carry through. Count orders the rows for the export. */
const ROWS: readonly (readonly [string, string, number])[] = [
  ['comma, inside', 'comma', 1],
  ['She said "hi", then left', 'quotes', -2],
  ['line one\nline two', 'line break', 3],
  ['Zürich · São Paulo · 東京', 'non-ASCII', 4],
  ['=HYPERLINK("http://evil.example","x")', 'formula', 5],
  ['@SUM(A1)', 'at sign', 6],
  ['-2+3', 'minus', -7],
];

const kqlString = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;
const DATATABLE = `datatable(Name: string, Note: string, Count: long) [${ROWS.map(([name, note, count]) => `${kqlString(name)}, ${kqlString(note)}, ${count}`).join(', ')}]`;

/** What the guard does to a text cell: a leading apostrophe before = + - @ tab CR. */
const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function exportCsv(page: Page, choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<{ fileName: string; text: string }> {
  await results(page).getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
  await dialog.waitFor();
  await choose(dialog);
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloaded;
  await dialog.waitFor({ state: 'hidden' });
  return { fileName: download.suggestedFilename(), text: await downloadText(download) };
}

test('exports the sorted result to CSV with the formula guard on by default, verbatim with it off, and copies TSV', async ({ session }) => {
  const { context, page, appUrl } = session;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, DATATABLE);
  await runQuery(page);
  await results(page).getByRole('grid', { name: `PrimaryResult, ${ROWS.length} rows` }).waitFor();

  // Count descending: the export follows the grid's order.
  const countHeader = results(page).getByRole('button', { name: 'Count', exact: true });
  await countHeader.click();
  await countHeader.click();
  const byCountDescending = [...ROWS].sort((a, b) => b[2] - a[2]);

  const first = await exportCsv(page, async (dialog) => {
    expect(await dialog.getByText('all 7 rows, sorted by Count, descending').count()).toBe(1);
    expect(await dialog.getByRole('checkbox', { name: 'Guard against spreadsheet formulas' }).isChecked()).toBe(true);
  });
  expect(first.fileName).toMatch(new RegExp(`^${DEMO_WORKSPACE.name}_PrimaryResult_\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ\\.csv$`));
  expect(parseCsv(first.text)).toEqual([['Name', 'Note', 'Count'], ...byCountDescending.map(([name, note, count]) => [guarded(name), note, String(count)])]);
  await results(page).getByRole('status').filter({ hasText: `Exported 7 rows to ${first.fileName}.` }).waitFor();

  // Hide Note, then export only the visible columns without the guard: the exact values.
  await results(page).getByRole('button', { name: /^Columns/ }).click();
  await results(page).getByRole('group', { name: 'Shown columns' }).getByRole('checkbox', { name: /^Note/ }).uncheck();
  await results(page).getByRole('button', { name: 'Done' }).click();
  const second = await exportCsv(page, async (dialog) => {
    await dialog.getByRole('radio', { name: 'Visible columns (2)' }).check();
    await dialog.getByRole('checkbox', { name: 'Guard against spreadsheet formulas' }).uncheck();
  });
  expect(parseCsv(second.text)).toEqual([['Name', 'Count'], ...byCountDescending.map(([name, , count]) => [name, String(count)])]);

  await results(page).getByRole('button', { name: 'Copy as TSV' }).click();
  await results(page).getByRole('status').filter({ hasText: 'Copied 7 rows × 2 columns as tab-separated text, with a header row.' }).waitFor();
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  const parsed = Papa.parse<string[]>(tsv, { delimiter: '\t' });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toEqual([['Name', 'Count'], ...byCountDescending.map(([name, , count]) => [guarded(name), String(count)])]);
  expect(session.pageErrors).toEqual([]);
});

test('shows progress for a large export and cancels it without saving a file', async ({ session }) => {
  const { page } = session;
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    localStorage.setItem('kql-console:workspace-state', JSON.stringify({ version: 1, state: { settings: { rowCap: 300_000 } } }));
  });
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'range Row from 1 to 300000 step 1 | extend Text = strcat("row ", tostring(Row), ", with a comma")');
  await runQuery(page);
  await results(page).getByRole('grid', { name: 'PrimaryResult, 300,000 rows' }).waitFor();

  let downloads = 0;
  page.on('download', () => downloads++);
  await results(page).getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('progressbar', { name: 'Export progress' }).waitFor();
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'The export was cancelled; no file was saved.' }).waitFor();
  expect(downloads).toBe(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  expect(session.pageErrors).toEqual([]);
});
