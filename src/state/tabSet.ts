// A browser tab's query tabs as they are saved, and the checks that turn stored JSON back into them. Stored state is
// untrusted input (another version of the console, an extension, a hand edit): anything unexpected is dropped
// field by field, a tab without valid text is dropped, and a set without a valid tab is no set at all.
import { isCloudName, type CloudName } from '../domain/clouds';
import { isGuid } from '../domain/identifiers';
import { DEFAULT_TIMESPAN } from '../domain/timespan/selection';
import { validTimespan } from '../domain/timespan/selectionText';
import type { WorkspaceRef } from './sessionSlice';
import type { ConsoleState } from './store';
import { activeContent, cleanTabName, CLOSED_TABS_KEPT, defaultTabName, type InitialTabs, type TabWork } from './tabsSlice';

export const TAB_SET_VERSION = 1;
/** More than anyone keeps open; a bound so a corrupted or hostile entry cannot make start-up crawl. */
const TABS_KEPT = 100;
const FIELD_MAX_LENGTH = 200;

export interface StoredTabSet extends InitialTabs {
  version: typeof TAB_SET_VERSION;
  /** Epoch ms of the save: a new browser tab starts from the most recent set. */
  savedAt: number;
}

/** What of the state is saved: every tab's work (not runs or results) and the closed tabs. */
export function tabSetOf(state: ConsoleState): InitialTabs {
  const active = activeContent(state);
  return {
    tabs: state.tabs.map((tab) => {
      const { queryText, timespan, workspace, workspaceCloud } = tab.parked ?? active;
      return { id: tab.id, work: { name: tab.name, queryText, timespan, workspace, workspaceCloud } };
    }),
    activeTabId: state.activeTabId,
    closedTabs: state.closedTabs,
  };
}

/** The saved set if `value` holds at least one valid tab, else null. Tabs get fresh ids, in order. */
export function parseTabSet(value: unknown): StoredTabSet | null {
  if (!isRecord(value) || value.version !== TAB_SET_VERSION || !Array.isArray(value.tabs)) return null;
  const tabs: InitialTabs['tabs'] = [];
  let activeTabId: string | null = null;
  for (const stored of value.tabs.slice(0, TABS_KEPT)) {
    const work = isRecord(stored) ? parseWork(stored.work, tabs.length + 1) : null;
    if (!work || !isRecord(stored)) continue;
    const id = `t${tabs.length + 1}`;
    if (typeof stored.id === 'string' && stored.id === value.activeTabId) activeTabId = id;
    tabs.push({ id, work });
  }
  const first = tabs[0];
  if (!first) return null;
  const closedTabs = (Array.isArray(value.closedTabs) ? value.closedTabs : [])
    .slice(0, CLOSED_TABS_KEPT)
    .map((work, index) => parseWork(work, index + 1))
    .filter((work) => work !== null);
  const savedAt = typeof value.savedAt === 'number' && Number.isFinite(value.savedAt) ? value.savedAt : 0;
  return { version: TAB_SET_VERSION, savedAt, tabs, activeTabId: activeTabId ?? first.id, closedTabs };
}

/**
 * The query of the single-query state saved before tabs (`kql-console:workspace-state`, version 1), as a first tab;
 * null when it holds no query.
 */
export function parseLegacyWork(value: unknown): TabWork | null {
  if (!isRecord(value) || !isRecord(value.state) || typeof value.state.queryText !== 'string') return null;
  const { state } = value;
  const workspace = parseWorkspaceRef(state.workspace);
  return {
    name: defaultTabName(1),
    queryText: state.queryText as string,
    timespan: validTimespan(state.timespan) ?? DEFAULT_TIMESPAN,
    workspace,
    workspaceCloud: workspace && typeof state.cloud === 'string' && isCloudName(state.cloud) ? state.cloud : null,
  };
}

function parseWork(value: unknown, position: number): TabWork | null {
  if (!isRecord(value) || typeof value.queryText !== 'string') return null;
  const workspace = parseWorkspaceRef(value.workspace);
  return {
    name: (typeof value.name === 'string' ? cleanTabName(value.name) : '') || defaultTabName(position),
    queryText: value.queryText,
    timespan: validTimespan(value.timespan) ?? DEFAULT_TIMESPAN,
    workspace,
    workspaceCloud: parseCloud(value.workspaceCloud),
  };
}

function parseCloud(value: unknown): CloudName | null {
  return typeof value === 'string' && isCloudName(value) ? value : null;
}

/** A workspace reference with a GUID id (it becomes part of a request path), keeping only short text fields. */
export function parseWorkspaceRef(value: unknown): WorkspaceRef | null {
  if (!isRecord(value) || typeof value.id !== 'string' || !isGuid(value.id)) return null;
  const workspace: WorkspaceRef = { id: value.id };
  for (const field of ['name', 'resourceGroup', 'location', 'subscriptionId'] as const) {
    const text = value[field];
    if (typeof text === 'string' && text.length <= FIELD_MAX_LENGTH) workspace[field] = text;
  }
  return workspace;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
