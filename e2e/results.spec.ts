// The results grid in the built app against the emulator: typed sorting in both directions checked against the rows
// the service sent, several result tables as tabs, the PartialError warning, the row-cap notice, the time zone
// toggle, keyboard navigation with cell details and copy.
import { expect } from 'vitest';
import { formatDateTime } from '../src/domain/timespan/dateTimeDisplay';
import { test } from './harness/fixtures';
import { columnTexts, results, runQuery, setQuery } from './helpers/results';
import { chooseDemoWorkspace, signInAsReader } from './helpers/signIn';

const SHOWN_ROWS = 10;

type Cell = string | number | null;

/** The service's order sorted the way the worker sorts: typed, stable, nulls last in both directions. */
function sortedTexts(rows: Cell[][], column: number, direction: 'ascending' | 'descending', compare: (a: Cell, b: Cell) => number, text: (cell: Cell) => string): string[] {
  const withValue = rows.filter((row) => row[column] !== null);
  const nulls = rows.filter((row) => row[column] === null);
  const ordered = withValue
    .map((row, position) => ({ row, position }))
    .sort((a, b) => (direction === 'ascending' ? 1 : -1) * compare(a.row[column] ?? null, b.row[column] ?? null) || a.position - b.position)
    .map(({ row }) => row);
  return [...ordered, ...nulls].slice(0, SHOWN_ROWS).map((row) => text(row[column] ?? null));
}

test('sorts datetime, number and string columns both ways in the order the data implies, then back to the service order', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'SigninLogs | where TimeGenerated > ago(1d) | project TimeGenerated, UserPrincipalName, DurationMs | take 60');
  const answer = await runQuery(page);
  const rows = (answer.tables[0]?.rows ?? []) as Cell[][];
  expect(rows.length).toBe(60);
  await results(page).getByRole('grid', { name: 'PrimaryResult, 60 rows' }).waitFor();

  const collator = new Intl.Collator('en-US');
  const columns = [
    { header: 'TimeGenerated (UTC)', index: 0, compare: (a: Cell, b: Cell) => Date.parse(String(a)) - Date.parse(String(b)), text: (cell: Cell) => formatDateTime(String(cell), 'UTC') },
    { header: 'UserPrincipalName', index: 1, compare: (a: Cell, b: Cell) => collator.compare(String(a), String(b)), text: (cell: Cell) => String(cell) },
    { header: 'DurationMs', index: 2, compare: (a: Cell, b: Cell) => Number(a) - Number(b), text: (cell: Cell) => (cell === null ? '' : String(cell)) },
  ];
  const serviceOrder = columns.map((column) => rows.slice(0, SHOWN_ROWS).map((row) => column.text(row[column.index] ?? null)));
  await expect.poll(() => columnTexts(page, 1, SHOWN_ROWS)).toEqual(serviceOrder[0]);

  for (const column of columns) {
    const header = results(page).getByRole('columnheader').filter({ has: page.getByRole('button', { name: column.header, exact: true }) });
    const button = header.getByRole('button', { name: column.header, exact: true });
    for (const direction of ['ascending', 'descending'] as const) {
      await button.click();
      expect(await header.getAttribute('aria-sort')).toBe(direction);
      const expected = sortedTexts(rows, column.index, direction, column.compare, column.text);
      await expect.poll(() => columnTexts(page, column.index + 1, SHOWN_ROWS)).toEqual(expected);
    }
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await expect.poll(() => columnTexts(page, column.index + 1, SHOWN_ROWS)).toEqual(serviceOrder[column.index]);
  }

  // The benchmark's marks: the first window painted, and a sort from click to painted rows.
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => mark.name));
  expect(marks).toContain('grid:first-paint');
  expect(marks.filter((name) => name === 'grid:sort-start').length).toBe(9);
  await expect.poll(async () => (await page.evaluate(() => performance.getEntriesByName('grid:sort-paint').length)) >= 1).toBe(true);
  expect(session.pageErrors).toEqual([]);
});

test('shows every result table as a tab, and an incomplete result as a diagnosis with its cause', async ({ session }) => {
  const { page, emulatorUrl } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);

  await setQuery(page, 'print Greeting = "hello", Answer = 42; print Second = "second table"');
  const answer = await runQuery(page);
  expect(answer.tables.length).toBe(2);
  const tabs = results(page).getByRole('tablist', { name: 'Result tables' }).getByRole('tab');
  await tabs.nth(1).waitFor();
  expect(await tabs.allTextContents()).toEqual(answer.tables.map((table) => `${table.name} (1 row)`));
  expect(await tabs.first().getAttribute('aria-selected')).toBe('true');
  await tabs.nth(1).click();
  expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
  await expect.poll(() => columnTexts(page, 1, 1)).toEqual(['second table']);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => columnTexts(page, 2, 1)).toEqual(['42']);

  const faultUrl = `${emulatorUrl}/.emulator/faults/partial-error`;
  expect((await fetch(faultUrl, { method: 'PUT', body: JSON.stringify({ rows: 5 }) })).ok).toBe(true);
  try {
    await setQuery(page, 'SigninLogs | project TimeGenerated, UserPrincipalName | take 100');
    const partial = await runQuery(page);
    expect(partial.tables[0]?.rows.length).toBe(5);
  } finally {
    await fetch(faultUrl, { method: 'DELETE' });
  }
  // The emulator cuts the result as the service does at its limit (E_QUERY_RESULT_SET_TOO_LARGE).
  const panel = results(page).getByRole('alert', { name: 'The result was cut at the service limit' });
  await panel.getByRole('listitem').filter({ hasText: /^. Not checked: Rows received: 5$/ }).waitFor();
  await panel.getByRole('listitem').filter({ hasText: /^. Problem: Cause: \S+: .+/ }).waitFor();
  await panel.getByRole('listitem').filter({ hasText: /^Aggregate instead of listing rows: summarize/ }).waitFor();
  await panel.getByRole('button', { name: 'Edit the query' }).waitFor();
  await results(page).getByRole('grid', { name: 'PrimaryResult, 5 rows' }).waitFor();
  expect(session.pageErrors).toEqual([]);
});

test('says when the row cap was added, and shows only that many rows', async ({ session }) => {
  const { page } = session;
  // The analyst's saved settings, as the store persists them: a cap of 7 rows.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    sessionStorage.setItem('e2e-seeded', '1');
    localStorage.setItem('kql-console:workspace-state', JSON.stringify({ version: 1, state: { settings: { rowCap: 7 } } }));
  });
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'SigninLogs | project TimeGenerated, UserPrincipalName');
  const answer = await runQuery(page);
  expect(answer.tables[0]?.rows.length).toBe(7);
  const notice = results(page).getByRole('note');
  await notice.waitFor();
  expect(await notice.textContent()).toBe('Row cap 7 added: the result stopped at the cap, so there may be more rows. Raise the cap in Settings or narrow the query to see them.');
  await results(page).getByRole('grid', { name: 'PrimaryResult, 7 rows' }).waitFor();
  expect(session.pageErrors).toEqual([]);
});

test('moves through cells with the keyboard, resizes a column by keyboard and by drag, opens details, copies a cell and a row, and shows local time', async ({ session }) => {
  const { context, page, appUrl } = session;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Asia/Tokyo' });
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'datatable(When: datetime, Name: string, Details: dynamic) [datetime(2026-01-15T23:30:00.1234567Z), "=cmd", dynamic({"a": [1, 2]}), datetime(2026-01-16T01:00:00Z), "second", dynamic(null)]');
  await runQuery(page);
  const grid = results(page).getByRole('grid', { name: 'PrimaryResult, 2 rows' });
  await grid.waitFor();
  await expect.poll(() => columnTexts(page, 1, 2)).toEqual(['2026-01-15 23:30:00.1234567', '2026-01-16 01:00:00.000']);

  const activeCell = () => page.evaluate(() => document.activeElement?.textContent ?? null);
  await grid.getByRole('gridcell', { name: '=cmd' }).click();
  await page.keyboard.press('ArrowDown');
  await expect.poll(activeCell).toBe('second');
  await page.keyboard.press('End');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-colindex'))).toBe('3');
  await page.keyboard.press('ControlOrMeta+Home');
  await expect.poll(activeCell).toBe('2026-01-15 23:30:00.1234567');
  await page.keyboard.press('ArrowUp');
  await expect.poll(activeCell).toBe('When (UTC)');

  // Resizing: Shift+arrows on the focused header, and dragging the handle at its right edge.
  const whenHeader = grid.getByRole('columnheader').first();
  const headerWidth = async () => (await whenHeader.boundingBox())?.width ?? 0;
  const startWidth = await headerWidth();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(headerWidth).toBe(startWidth + 32);
  const edge = await whenHeader.boundingBox();
  if (!edge) throw new Error('the header has no box');
  await page.mouse.move(edge.x + edge.width - 1, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width - 61, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(headerWidth).toBe(startWidth + 32 - 60);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');

  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: 'Details, row 1' });
  await details.waitFor();
  expect(await details.getByLabel('Value of Details').textContent()).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
  await page.keyboard.press('Escape');
  await details.waitFor({ state: 'hidden' });
  await expect.poll(activeCell).toBe('{"a":[1,2]}');

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+c');
  await results(page).getByRole('status').filter({ hasText: 'Copied the Name value of row 1.' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('=cmd');
  await results(page).getByRole('button', { name: 'Copy row' }).click();
  await results(page).getByRole('status').filter({ hasText: 'Copied row 1 (3 columns, tab-separated).' }).waitFor();
  // As spreadsheets read pasted text: the formula guard (on by default) applies, and a cell with quotes is quoted.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('2026-01-15T23:30:00.1234567Z\t\'=cmd\t"{""a"":[1,2]}"');

  await results(page).getByRole('button', { name: 'Local time (Asia/Tokyo)' }).click();
  await grid.getByRole('button', { name: 'When (Asia/Tokyo)', exact: true }).waitFor();
  await expect.poll(() => columnTexts(page, 1, 2)).toEqual(['2026-01-16 08:30:00.1234567', '2026-01-16 10:00:00.000']);
  expect(session.pageErrors).toEqual([]);
});
