// The one store of the console, built from slices. Components read it through the selectors in selectors.ts.
// What must survive a reload, a crash or a redirect sign-in is persisted to localStorage on every change; tokens
// and results never are (DESIGN §6, §7).
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createEditorSlice, type EditorSlice } from './editorSlice';
import { createResultsViewSlice, type ResultsViewSlice } from './resultsViewSlice';
import { createRunSlice, type RunSlice } from './runSlice';
import { createSessionSlice, type SessionSlice } from './sessionSlice';
import { clampSettings, createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { memoryStorage } from '../domain/memoryStorage';

export type ConsoleState = SessionSlice & EditorSlice & SettingsSlice & RunSlice & ResultsViewSlice;

export const PERSISTENCE_KEY = 'kql-console:workspace-state';
const PERSISTENCE_VERSION = 1;

type PersistedState = Pick<ConsoleState, 'cloud' | 'workspace' | 'recentWorkspaces' | 'queryText' | 'timespan' | 'theme' | 'settings'>;

function persistedPart(state: ConsoleState): PersistedState {
  const { cloud, workspace, recentWorkspaces, queryText, timespan, theme, settings } = state;
  return { cloud, workspace, recentWorkspaces, queryText, timespan, theme, settings };
}

export function createConsoleStore(storage: Storage | undefined = globalThis.localStorage) {
  return create<ConsoleState>()(
    persist(
      (...args) => ({
        ...createSessionSlice(...args),
        ...createEditorSlice(...args),
        ...createSettingsSlice(...args),
        ...createRunSlice(...args),
        ...createResultsViewSlice(...args),
      }),
      {
        name: PERSISTENCE_KEY,
        version: PERSISTENCE_VERSION,
        storage: createJSONStorage(() => storage ?? memoryStorage()),
        partialize: persistedPart,
        // Stored state is untrusted input: keep only known fields and clamp settings to the service's limits.
        merge: (stored, current) => {
          const saved = (stored ?? {}) as Partial<PersistedState>;
          return {
            ...current,
            ...saved,
            settings: clampSettings({ ...current.settings, ...(saved.settings ?? {}) }),
          };
        },
      },
    ),
  );
}

export type ConsoleStore = ReturnType<typeof createConsoleStore>;
