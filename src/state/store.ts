// The one store of the console, built from slices. Components read it through the selectors in selectors.ts.
// What must survive a reload, a crash or a redirect sign-in is saved to localStorage on every change: the browser
// tab's query tabs under their own key (tabSetStorage.ts), the console-wide preferences under
// `kql-console:workspace-state`. Tokens and results never are (DESIGN §6, §7).
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createResultsViewSlice, type ResultsViewSlice } from './resultsViewSlice';
import { createRunSlice, type RunSlice } from './runSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createStorageSlice, STORAGE_FULL_WARNING, type StorageSlice } from './storageSlice';
import { mergeStoredPrefs, prefsOf } from './storedPrefs';
import { tabSetOf } from './tabSet';
import { LEGACY_STATE_KEY, pruneTabSets, restoreTabSet, writeTabSet, type TabSetOwner } from './tabSetStorage';
import { createTabsSlice, type TabsSlice } from './tabsSlice';
import { memoryStorage } from '../domain/memoryStorage';

export type ConsoleState = SessionSlice & EditorSlice & SettingsSlice & RunSlice & ResultsViewSlice & TabsSlice & StorageSlice;

export const PERSISTENCE_KEY = LEGACY_STATE_KEY;
const PERSISTENCE_VERSION = 1;

export function createConsoleStore(storage: Storage | undefined = globalThis.localStorage, owner: TabSetOwner = { browserTabId: 'main' }) {
  const saved = storage ?? memoryStorage();
  const initialTabs = restoreTabSet(saved, owner);
  pruneTabSets(saved, owner.browserTabId);
  let onRefused = () => {};
  // A refused preference write must not throw into whatever changed the state; the tab-set save reports the outcome.
  const guarded = {
    getItem: (key: string) => saved.getItem(key),
    removeItem: (key: string) => saved.removeItem(key),
    setItem: (key: string, value: string) => {
      try {
        saved.setItem(key, value);
      } catch {
        onRefused();
      }
    },
  };
  const store = create<ConsoleState>()(
    persist(
      (...args) => ({
        ...createSessionSlice(...args),
        ...createEditorSlice(...args),
        ...createSettingsSlice(...args),
        ...createRunSlice(...args),
        ...createResultsViewSlice(...args),
        ...createStorageSlice(...args),
        // Last: the restored active tab's fields replace the other slices' defaults.
        ...createTabsSlice(initialTabs)(...args),
      }),
      {
        name: PERSISTENCE_KEY,
        version: PERSISTENCE_VERSION,
        storage: createJSONStorage(() => guarded),
        partialize: prefsOf,
        merge: mergeStoredPrefs,
      },
    ),
  );
  onRefused = () => {
    if (store.getState().storageWarning === null) store.getState().setStorageWarning(STORAGE_FULL_WARNING);
  };
  saveTabSetOnChange(store, saved, owner.browserTabId);
  return store;
}

export type ConsoleStore = ReturnType<typeof createConsoleStore>;

/** Saves the tab set now and after every change to a tab's work; a refused write keeps the work in memory and says so. */
function saveTabSetOnChange(store: ConsoleStore, storage: Storage, browserTabId: string): void {
  let lastSaved = '';
  // Reads the store rather than a listener's argument: a listener that sets state makes later listeners see an older one.
  const save = () => {
    const state = store.getState();
    const tabSet = tabSetOf(state);
    const text = JSON.stringify(tabSet);
    if (text === lastSaved) return;
    try {
      writeTabSet(storage, browserTabId, tabSet, Date.now());
      lastSaved = text;
      if (state.storageWarning !== null) state.setStorageWarning(null);
    } catch {
      if (state.storageWarning === null) state.setStorageWarning(STORAGE_FULL_WARNING);
    }
  };
  save();
  store.subscribe((state, previous) => {
    const workChanged =
      state.tabs !== previous.tabs ||
      state.activeTabId !== previous.activeTabId ||
      state.closedTabs !== previous.closedTabs ||
      state.queryText !== previous.queryText ||
      state.timespan !== previous.timespan ||
      state.workspace !== previous.workspace ||
      state.workspaceCloud !== previous.workspaceCloud;
    if (workChanged) save();
  });
}
