// Steps the results and export specs share: put a query in Monaco, run it, and read what the grid shows.
import type { Page } from 'playwright-core';
import { DEMO_WORKSPACE } from './signIn';

export const QUERY_URL = `https://api.loganalytics.io/v1/workspaces/${DEMO_WORKSPACE.customerId}/query`;

/**
 * Replaces the editor's text by pasting it: a paste is one edit, so Monaco's auto-closing of quotes and brackets (which
 * typing would trigger) leaves it as written.
 */
export async function setQuery(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  const editor = page.getByRole('textbox', { name: 'Query editor' }).and(page.locator('[aria-roledescription="editor"]'));
  await editor.waitFor();
  await page.evaluate((query) => navigator.clipboard.writeText(query), text);
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+v');
}

/** Runs the editor's query with the Run button; resolves with the service's JSON answer as the page received it. */
export async function runQuery(page: Page): Promise<ServiceAnswer> {
  const answered = page.waitForResponse((response) => response.url() === QUERY_URL && response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  return (await (await answered).json()) as ServiceAnswer;
}

export interface ServiceAnswer {
  tables: { name: string; columns: { name: string; type: string }[]; rows: unknown[][] }[];
  error?: unknown;
}

export function results(page: Page) {
  return page.getByRole('region', { name: 'Results' });
}

/**
 * The text of one column (1-based aria-colindex) in data rows 1…count as the grid renders them (aria-rowindex counts
 * the header as row 1). A row not rendered yet reads as null.
 */
export async function columnTexts(page: Page, colIndex: number, count: number): Promise<(string | null)[]> {
  return results(page)
    .getByRole('grid')
    .evaluate(
      (grid, { colIndex, count }) =>
        Array.from({ length: count }, (_, index) => {
          const row = grid.querySelector(`[role="row"][aria-rowindex="${index + 2}"]:not([aria-busy])`);
          return row?.querySelector(`[role="gridcell"][aria-colindex="${colIndex}"]`)?.textContent ?? null;
        }),
      { colIndex, count },
    );
}
