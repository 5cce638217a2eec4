import { selectAdjacentTabId, selectCanRun, selectIsRunning, selectShownResult } from '../state/selectors';
import { matchesKeybinding, type KeyEventLike } from './keybindings';
import type { ActionContext, ActionId, ConsoleAction } from './types';

const hasResult = ({ store }: ActionContext) => selectShownResult(store.getState()) !== null;
const hasOtherTabs = ({ store }: ActionContext) => store.getState().tabs.length > 1;
const switchToAdjacentTab = ({ store }: ActionContext, offset: 1 | -1) => store.getState().switchTab(selectAdjacentTabId(store.getState(), offset));

export const ACTIONS: readonly ConsoleAction[] = [
  {
    id: 'run',
    label: 'Run',
    keybindings: [{ key: 'Enter', shift: true }, { key: 'Enter', ctrlOrMeta: true }],
    isEnabled: ({ store }) => selectCanRun(store.getState()),
    perform: ({ services }) => services.runQuery(),
  },
  {
    id: 'cancel',
    label: 'Cancel',
    keybindings: [{ key: 'Escape' }],
    isEnabled: ({ store }) => selectIsRunning(store.getState()),
    perform: ({ services }) => services.cancelQuery(),
  },
  {
    id: 'exportCsv',
    label: 'Export to CSV',
    keybindings: [{ key: 'e', ctrlOrMeta: true, shift: true }],
    isEnabled: hasResult,
    perform: ({ services }) => services.exportCsv(),
  },
  {
    id: 'copyTableTsv',
    label: 'Copy table as TSV',
    keybindings: [],
    isEnabled: hasResult,
    perform: ({ services }) => services.copyTableTsv(),
  },
  {
    id: 'toggleTheme',
    label: 'Toggle dark theme',
    keybindings: [],
    isEnabled: () => true,
    perform: ({ store }) => store.getState().setTheme(store.getState().theme === 'dark' ? 'light' : 'dark'),
  },
  {
    id: 'toggleTimeZone',
    label: 'Show times in local time',
    keybindings: [],
    isEnabled: () => true,
    perform: ({ store }) => {
      const { settings, updateSettings } = store.getState();
      updateSettings({ timeZoneDisplay: settings.timeZoneDisplay === 'utc' ? 'local' : 'utc' });
    },
  },
  {
    id: 'focusEditor',
    label: 'Focus the query editor',
    keybindings: [{ key: 'F6' }],
    isEnabled: () => true,
    perform: ({ services }) => services.focusEditor(),
  },
  {
    id: 'openSettings',
    label: 'Settings',
    keybindings: [{ key: ',', ctrlOrMeta: true }],
    isEnabled: () => true,
    perform: ({ services }) => services.openSettings(),
  },
  {
    id: 'checkConnection',
    label: 'Check connection',
    keybindings: [],
    isEnabled: ({ store }) => store.getState().identity !== null,
    perform: ({ services }) => services.checkConnection(),
  },
  // Browsers keep Ctrl+T, Ctrl+W, Ctrl+Shift+T and Ctrl+PageUp/PageDown for their own tabs, so query tabs use Alt.
  {
    id: 'newTab',
    label: 'New query tab',
    keybindings: [{ key: 'n', alt: true }],
    isEnabled: () => true,
    perform: ({ store }) => store.getState().newTab(),
  },
  {
    id: 'closeTab',
    label: 'Close query tab',
    keybindings: [{ key: 'w', alt: true }],
    isEnabled: () => true,
    perform: ({ store, services }) => services.closeQueryTab(store.getState().activeTabId),
  },
  {
    id: 'reopenClosedTab',
    label: 'Reopen closed tab',
    keybindings: [{ key: 't', alt: true, shift: true }],
    isEnabled: ({ store }) => store.getState().closedTabs.length > 0,
    perform: ({ store }) => store.getState().reopenClosedTab(),
  },
  {
    id: 'nextTab',
    label: 'Next query tab',
    keybindings: [{ key: 'PageDown', alt: true }],
    isEnabled: hasOtherTabs,
    perform: (context) => switchToAdjacentTab(context, 1),
  },
  {
    id: 'previousTab',
    label: 'Previous query tab',
    keybindings: [{ key: 'PageUp', alt: true }],
    isEnabled: hasOtherTabs,
    perform: (context) => switchToAdjacentTab(context, -1),
  },
  {
    id: 'copyShareLink',
    label: 'Copy link',
    keybindings: [],
    isEnabled: ({ store }) => store.getState().queryText.trim() !== '',
    perform: ({ services }) => services.copyShareLink(),
  },
  {
    id: 'saveQuery',
    label: 'Save query',
    // The browser's own Ctrl+S (save the page) is of no use here.
    keybindings: [{ key: 's', ctrlOrMeta: true }],
    isEnabled: ({ store }) => store.getState().queryText.trim() !== '',
    perform: ({ services }) => services.saveQuery(),
  },
];

export function actionById(id: ActionId): ConsoleAction {
  const action = ACTIONS.find((candidate) => candidate.id === id);
  if (!action) throw new RangeError(`Unknown action "${id}".`);
  return action;
}

/** Runs the action when it is enabled; returns whether it ran. */
export function dispatchAction(id: ActionId, context: ActionContext): boolean {
  const action = actionById(id);
  if (!action.isEnabled(context)) return false;
  action.perform(context);
  return true;
}

/** The action a page-level key press maps to, if any. */
export function actionForKey(event: KeyEventLike): ConsoleAction | undefined {
  return ACTIONS.find((action) => action.keybindings.some((binding) => matchesKeybinding(event, binding)));
}
