// Named reads of the store, so components depend on meanings rather than on the state's shape.
import type { ConsoleState } from './store';
import { tableKey } from './resultsViewSlice';

export const selectIdentity = (state: ConsoleState) => state.identity;
export const selectWorkspace = (state: ConsoleState) => state.workspace;
export const selectCloud = (state: ConsoleState) => state.cloud;
export const selectQueryText = (state: ConsoleState) => state.queryText;
export const selectTimespan = (state: ConsoleState) => state.timespan;
export const selectSettings = (state: ConsoleState) => state.settings;
export const selectRun = (state: ConsoleState) => state.run;
export const selectIsRunning = (state: ConsoleState) => state.run.status === 'running';
export const selectShownResult = (state: ConsoleState) => state.shownResult;
export const selectTheme = (state: ConsoleState) => state.theme;

export const selectCanRun = (state: ConsoleState) =>
  state.identity !== null && state.workspace !== null && state.queryText.trim() !== '' && state.run.status !== 'running';

/** Why Run is unavailable, in words, so a disabled button or a shortcut that does nothing is never silent. */
export const selectRunBlocker = (state: ConsoleState): string | null =>
  state.identity === null
    ? 'Sign in to run queries.'
    : state.workspace === null
      ? 'Choose a workspace to run queries.'
      : state.queryText.trim() === ''
        ? 'Type a query to run.'
        : null;

export const selectActiveTable = (state: ConsoleState) => {
  const shown = state.shownResult;
  if (!shown) return null;
  const index = Math.min(state.activeTableIndex, shown.summary.tables.length - 1);
  const table = shown.summary.tables[index];
  return table ? { resultId: shown.summary.resultId, index, table } : null;
};

export const selectSortOf = (resultId: string, tableIndex: number) => (state: ConsoleState) =>
  state.sortByTable[tableKey(resultId, tableIndex)] ?? null;

export const selectColumnWidthsOf = (resultId: string, tableIndex: number) => (state: ConsoleState) =>
  state.columnWidths[tableKey(resultId, tableIndex)] ?? null;

export const selectHiddenColumnsOf = (resultId: string, tableIndex: number) => (state: ConsoleState) =>
  state.hiddenColumns[tableKey(resultId, tableIndex)] ?? null;

export const selectActiveTableIndex = (state: ConsoleState) => state.activeTableIndex;

export const selectTabs = (state: ConsoleState) => state.tabs;
export const selectActiveTabId = (state: ConsoleState) => state.activeTabId;
export const selectStorageWarning = (state: ConsoleState) => state.storageWarning;

/** The tab `offset` places from the active one, wrapping around. */
export const selectAdjacentTabId = (state: ConsoleState, offset: number): string => {
  const index = state.tabs.findIndex((tab) => tab.id === state.activeTabId);
  const count = state.tabs.length;
  return state.tabs[(((index + offset) % count) + count) % count]?.id ?? state.activeTabId;
};

/** The cloud a tab's workspace or shared link belongs to, when it is not the console's. */
export const selectForeignWorkspaceCloud = (state: ConsoleState) =>
  state.workspaceCloud !== null && state.workspaceCloud !== state.cloud ? state.workspaceCloud : null;
