// Where tab sets live in localStorage: one key per browser tab of the console (`kql-console:tabs:<browser tab id>`),
// so two browser tabs never overwrite each other's work. A browser tab without a set of its own starts from a copy of
// the one it was duplicated from, else of the most recently saved set, else of the single query saved before tabs
// existed. Only the most recent sets are kept.
import type { InitialTabs } from './tabsSlice';
import { blankWork, defaultTabName } from './tabsSlice';
import { parseLegacyWork, parseTabSet, TAB_SET_VERSION, type StoredTabSet } from './tabSet';
import { EXAMPLE_QUERY } from './editorSlice';

export const TAB_SET_PREFIX = 'kql-console:tabs:';
export const LEGACY_STATE_KEY = 'kql-console:workspace-state';
export const TAB_SETS_KEPT = 10;

export function tabSetKey(browserTabId: string): string {
  return `${TAB_SET_PREFIX}${browserTabId}`;
}

export interface TabSetOwner {
  browserTabId: string;
  /** The browser tab this one was duplicated from (its sessionStorage came along), whose set to start from. */
  copyFrom?: string;
}

export function restoreTabSet(storage: Storage, owner: TabSetOwner): InitialTabs {
  const own = readTabSet(storage, tabSetKey(owner.browserTabId));
  if (own) return own;
  const source = (owner.copyFrom ? readTabSet(storage, tabSetKey(owner.copyFrom)) : null) ?? mostRecentTabSet(storage);
  if (source) return source;
  const legacy = parseLegacyWork(readJson(storage, LEGACY_STATE_KEY));
  const work = legacy ?? { ...blankWork(defaultTabName(1)), queryText: EXAMPLE_QUERY };
  return { tabs: [{ id: 't1', work }], activeTabId: 't1', closedTabs: [] };
}

/** Throws what localStorage throws (a full quota): the caller reports it and keeps the work in memory. */
export function writeTabSet(storage: Storage, browserTabId: string, tabs: InitialTabs, savedAt: number): void {
  const stored: StoredTabSet = { version: TAB_SET_VERSION, savedAt, ...tabs };
  storage.setItem(tabSetKey(browserTabId), JSON.stringify(stored));
}

/** Removes all but the most recent sets; the browser tab's own is always kept. */
export function pruneTabSets(storage: Storage, browserTabId: string, keep = TAB_SETS_KEPT): void {
  const own = tabSetKey(browserTabId);
  const others = savedSets(storage).filter((set) => set.key !== own);
  for (const stale of others.slice(Math.max(0, keep - 1))) storage.removeItem(stale.key);
}

function mostRecentTabSet(storage: Storage): StoredTabSet | null {
  const [latest] = savedSets(storage);
  return latest ? readTabSet(storage, latest.key) : null;
}

/** Every readable set's key, most recently saved first. */
function savedSets(storage: Storage): { key: string; savedAt: number }[] {
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key) => key?.startsWith(TAB_SET_PREFIX));
  return keys
    .map((key) => ({ key: key as string, savedAt: readTabSet(storage, key as string)?.savedAt ?? -1 }))
    .sort((a, b) => b.savedAt - a.savedAt);
}

function readTabSet(storage: Storage, key: string): StoredTabSet | null {
  return parseTabSet(readJson(storage, key));
}

function readJson(storage: Storage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}
