// One command layer for the whole console: toolbar buttons, keyboard shortcuts, the editor's keybindings and menus
// all dispatch the same actions by id, so a shortcut can never do something its button does not.
import type { ConsoleStore } from '../state/store';

export type ActionId =
  | 'run'
  | 'cancel'
  | 'exportCsv'
  | 'copyTableTsv'
  | 'toggleTheme'
  | 'toggleTimeZone'
  | 'focusEditor'
  | 'openSettings'
  | 'checkConnection'
  | 'newTab'
  | 'closeTab'
  | 'reopenClosedTab'
  | 'nextTab'
  | 'previousTab'
  | 'copyShareLink'
  | 'saveQuery';

export interface Keybinding {
  /** KeyboardEvent.key, compared case-insensitively. */
  key: string;
  shift?: boolean;
  ctrlOrMeta?: boolean;
  alt?: boolean;
}

/** The services an action may use; features register theirs when they mount. */
export interface ActionServices {
  runQuery(): void;
  cancelQuery(): void;
  exportCsv(): void;
  copyTableTsv(): void;
  focusEditor(): void;
  openSettings(): void;
  checkConnection(): void;
  /** Closes a query tab: cancels its run and frees its result in the worker. */
  closeQueryTab(tabId: string): void;
  copyShareLink(): void;
  /** Opens the Save query dialog for the current tab's query. */
  saveQuery(): void;
}

export interface ActionContext {
  store: ConsoleStore;
  services: ActionServices;
}

export interface ConsoleAction {
  id: ActionId;
  label: string;
  /** Shortcuts handled by the page; the editor maps the same ids onto Monaco keybindings. */
  keybindings: readonly Keybinding[];
  /** Whether the action can run now (buttons disable themselves with it). */
  isEnabled(context: ActionContext): boolean;
  perform(context: ActionContext): void;
}
