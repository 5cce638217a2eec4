// Query tabs. The active tab's fields stay where the rest of the console reads them (queryText, timespan, workspace,
// workspaceCloud, run, shownResult, activeTableIndex); every other tab keeps its own in `parked`, and switching swaps
// them in one update, so no component ever sees a mix of two tabs.
import type { StateCreator } from 'zustand';
import type { CloudName } from '../domain/clouds';
import { DEFAULT_TIMESPAN, type TimespanSelection } from '../domain/timespan/selection';
import { IDLE_RUN_FIELDS, withRun, type RunFields, type RunState } from './runSlice';
import type { WorkspaceRef } from './sessionSlice';
import type { ConsoleState } from './store';

/** What a tab is about: persisted, and what a closed tab keeps for reopening. */
export interface TabWork {
  name: string;
  queryText: string;
  timespan: TimespanSelection;
  workspace: WorkspaceRef | null;
  workspaceCloud: CloudName | null;
}

export type TabContent = Omit<TabWork, 'name'> & RunFields;

export interface QueryTab {
  id: string;
  name: string;
  /** An inactive tab's content; null for the active tab, whose content is in the store's top-level fields. */
  parked: TabContent | null;
}

/** What opening a query in a new tab takes (history, saved queries, the gallery, a share link). */
export interface NewTabRequest {
  queryText: string;
  timespan?: TimespanSelection;
  workspace?: WorkspaceRef | null;
  /** The cloud the query was written for; defaults to the console's when a workspace is given. */
  cloud?: CloudName;
  name?: string;
}

/** The tab set as restored at start-up (see tabSet.ts). */
export interface InitialTabs {
  tabs: { id: string; work: TabWork }[];
  activeTabId: string;
  closedTabs: TabWork[];
}

export interface TabsSlice {
  tabs: QueryTab[];
  activeTabId: string;
  /** Most recently closed first, for "Reopen closed tab". */
  closedTabs: TabWork[];
  /** An empty tab on the active tab's workspace and time range. */
  newTab(): void;
  /** Opens the query in a new tab after the others and activates it; it does not run. Returns the tab's id. */
  openQueryInNewTab(request: NewTabRequest): string;
  switchTab(id: string): void;
  /** Closes a tab (the last one leaves an empty tab behind). Disposing its result is the caller's job. */
  closeTab(id: string): void;
  reopenClosedTab(): void;
  renameTab(id: string, name: string): void;
  /** Sets the text of a tab wherever it is, so a late editor write never lands in another tab. */
  setTabQueryText(id: string, text: string): void;
  /** A run's state for the tab that started it; nothing when that tab is gone. */
  setTabRun(id: string, run: RunState): void;
}

export const CLOSED_TABS_KEPT = 10;
export const TAB_NAME_MAX_LENGTH = 60;

export function defaultTabName(index: number): string {
  return `Query ${index}`;
}

export function contentOf(work: TabWork): TabContent {
  const { queryText, timespan, workspace, workspaceCloud } = work;
  return { queryText, timespan, workspace, workspaceCloud, ...IDLE_RUN_FIELDS };
}

/** The active tab's content, read from the top-level fields. */
export function activeContent(state: ConsoleState): TabContent {
  const { queryText, timespan, workspace, workspaceCloud, run, shownResult, activeTableIndex } = state;
  return { queryText, timespan, workspace, workspaceCloud, run, shownResult, activeTableIndex };
}

/** Any tab's content, wherever it lives. */
export function contentOfTab(state: ConsoleState, id: string): TabContent | null {
  if (id === state.activeTabId) return activeContent(state);
  return state.tabs.find((tab) => tab.id === id)?.parked ?? null;
}

export function initialTabsState(initial: InitialTabs): Pick<ConsoleState, 'tabs' | 'activeTabId' | 'closedTabs'> & TabContent {
  const active = initial.tabs.find((tab) => tab.id === initial.activeTabId) ?? initial.tabs[0];
  if (!active) throw new RangeError('A tab set has at least one tab.');
  return {
    tabs: initial.tabs.map(({ id, work }) => ({ id, name: work.name, parked: id === active.id ? null : contentOf(work) })),
    activeTabId: active.id,
    closedTabs: initial.closedTabs,
    ...contentOf(active.work),
  };
}

export function blankWork(name: string): TabWork {
  return { name, queryText: '', timespan: DEFAULT_TIMESPAN, workspace: null, workspaceCloud: null };
}

function nextTabId(state: ConsoleState): string {
  const numbers = state.tabs.map((tab) => Number(/^t(\d+)$/.exec(tab.id)?.[1] ?? 0));
  return `t${Math.max(0, ...numbers) + 1}`;
}

function nextDefaultName(state: ConsoleState): string {
  const numbers = state.tabs.map((tab) => Number(/^Query (\d+)$/.exec(tab.name)?.[1] ?? 0));
  return defaultTabName(Math.max(0, ...numbers) + 1);
}

/** The state with the active tab parked and `id` (already in `tabs`) activated with `content`. */
function activate(state: ConsoleState, tabs: QueryTab[], id: string, content: TabContent): Partial<ConsoleState> {
  const parkedActive = activeContent(state);
  return {
    tabs: tabs.map((tab) => (tab.id === id ? { ...tab, parked: null } : tab.id === state.activeTabId ? { ...tab, parked: parkedActive } : tab)),
    activeTabId: id,
    ...content,
  };
}

function opened(state: ConsoleState, work: TabWork): Partial<ConsoleState> {
  const id = nextTabId(state);
  return activate(state, [...state.tabs, { id, name: work.name, parked: null }], id, contentOf(work));
}

function withoutResultViews(state: ConsoleState, resultId: string | undefined): Partial<ConsoleState> {
  if (resultId === undefined) return {};
  const keep = <T>(byKey: Record<string, T>) => Object.fromEntries(Object.entries(byKey).filter(([key]) => !key.startsWith(`${resultId}:`)));
  return { sortByTable: keep(state.sortByTable), columnWidths: keep(state.columnWidths), hiddenColumns: keep(state.hiddenColumns) };
}

export function cleanTabName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, TAB_NAME_MAX_LENGTH);
}

export const createTabsSlice =
  (initial: InitialTabs): StateCreator<ConsoleState, [], [], TabsSlice & TabContent> =>
  (set, get) => ({
    ...initialTabsState(initial),
    // A new tab goes on where the analyst is: same workspace and time range, empty text.
    newTab: () =>
      set((state) => {
        const { timespan, workspace, workspaceCloud } = state;
        return opened(state, { ...blankWork(nextDefaultName(state)), timespan, workspace, workspaceCloud });
      }),
    openQueryInNewTab: (request) => {
      set((state) => {
        const workspace = request.workspace ?? null;
        const name = cleanTabName(request.name ?? '') || nextDefaultName(state);
        return opened(state, {
          name,
          queryText: request.queryText,
          timespan: request.timespan ?? DEFAULT_TIMESPAN,
          workspace,
          workspaceCloud: request.cloud ?? (workspace ? state.cloud : null),
        });
      });
      return get().activeTabId;
    },
    switchTab: (id) =>
      set((state) => {
        const target = state.tabs.find((tab) => tab.id === id);
        return target?.parked ? activate(state, state.tabs, id, target.parked) : {};
      }),
    closeTab: (id) =>
      set((state) => {
        const index = state.tabs.findIndex((tab) => tab.id === id);
        const closing = state.tabs[index];
        const content = contentOfTab(state, id);
        if (!closing || !content) return {};
        const { queryText, timespan, workspace, workspaceCloud } = content;
        const closedTabs = [{ name: closing.name, queryText, timespan, workspace, workspaceCloud }, ...state.closedTabs].slice(0, CLOSED_TABS_KEPT);
        const cleaned = { ...withoutResultViews(state, content.shownResult?.summary.resultId), closedTabs };
        const tabs = state.tabs.filter((tab) => tab.id !== id);
        if (id !== state.activeTabId) return { ...cleaned, tabs };
        const neighbour = tabs[Math.min(index, tabs.length - 1)];
        if (!neighbour?.parked) {
          const fresh = { id: nextTabId(state), work: blankWork(defaultTabName(1)) };
          return { ...cleaned, ...initialTabsState({ tabs: [fresh], activeTabId: fresh.id, closedTabs }) };
        }
        return {
          ...cleaned,
          tabs: tabs.map((tab) => (tab.id === neighbour.id ? { ...tab, parked: null } : tab)),
          activeTabId: neighbour.id,
          ...neighbour.parked,
        };
      }),
    reopenClosedTab: () =>
      set((state) => {
        const [last, ...rest] = state.closedTabs;
        return last ? { ...opened(state, last), closedTabs: rest } : {};
      }),
    renameTab: (id, name) =>
      set((state) => {
        const cleaned = cleanTabName(name);
        return cleaned === '' ? {} : { tabs: state.tabs.map((tab) => (tab.id === id ? { ...tab, name: cleaned } : tab)) };
      }),
    setTabQueryText: (id, queryText) =>
      set((state) =>
        id === state.activeTabId
          ? { queryText }
          : { tabs: state.tabs.map((tab) => (tab.id === id && tab.parked ? { ...tab, parked: { ...tab.parked, queryText } } : tab)) },
      ),
    setTabRun: (id, run) =>
      set((state) =>
        id === state.activeTabId
          ? withRun(state, run)
          : { tabs: state.tabs.map((tab) => (tab.id === id && tab.parked ? { ...tab, parked: { ...tab.parked, ...withRun(tab.parked, run) } } : tab)) },
      ),
  });
