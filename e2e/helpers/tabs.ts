// Query tabs as the analyst sees them (the "Query tabs" tablist), what the editor shows, and what a browser tab of
// the console has saved in localStorage.
import type { Page } from 'playwright-core';

export function queryTabs(page: Page) {
  return page.getByRole('tablist', { name: 'Query tabs' });
}

export function queryTab(page: Page, name: string) {
  return queryTabs(page).getByRole('tab', { name, exact: true });
}

export async function tabNames(page: Page): Promise<string[]> {
  return queryTabs(page).getByRole('tab').allTextContents();
}

export async function selectedTabName(page: Page): Promise<string | null> {
  return queryTabs(page).getByRole('tab', { selected: true }).textContent();
}

/** Renames a tab the way an analyst does: double-click it, type, Enter. */
export async function renameTab(page: Page, name: string, newName: string): Promise<void> {
  await queryTab(page, name).dblclick();
  const box = page.getByRole('textbox', { name: 'Tab name' });
  await box.fill(newName);
  await box.press('Enter');
  await queryTab(page, newName).waitFor();
}

/** The text in Monaco, line by line as rendered (enough for the short queries of the specs). */
export async function editorText(page: Page): Promise<string> {
  const lines = page.locator('.monaco-editor .view-lines');
  await lines.waitFor();
  return (await lines.innerText()).replace(/\u00a0/g, ' ');
}

/** Resolves once this browser tab's saved tab set holds every text (the editor writes shortly after typing stops). */
export async function waitForSavedTabs(page: Page, texts: string[]): Promise<void> {
  await page.waitForFunction((expected) => {
    const saved = localStorage.getItem(`kql-console:tabs:${sessionStorage.getItem('kql-console:browser-tab') ?? ''}`) ?? '';
    return expected.every((text) => saved.includes(JSON.stringify(text)));
  }, texts);
}

export async function savedTabSetKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('kql-console:tabs:')));
}

/** The saved text of this browser tab's active query tab. */
export async function savedActiveQueryText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const saved = localStorage.getItem(`kql-console:tabs:${sessionStorage.getItem('kql-console:browser-tab') ?? ''}`) ?? '{}';
    const set = JSON.parse(saved) as { activeTabId?: string; tabs?: { id: string; work: { queryText: string } }[] };
    return set.tabs?.find((tab) => tab.id === set.activeTabId)?.work.queryText ?? '';
  });
}
