// The run history of this browser, under its own localStorage key, capped in count and size (domain/history).
import { addToHistory, parseStoredHistory, storedHistory, withinStorageBudget, type HistoryEntry } from '../../domain/history/historyEntry';
import { createPersistedList, type PersistedList } from './persistedList';

export const HISTORY_KEY = 'kql-console:history';

export interface HistoryStore extends PersistedList<HistoryEntry> {
  record(entry: HistoryEntry): void;
  clear(): void;
}

export function createHistoryStore(storage: Storage): HistoryStore {
  const list = createPersistedList({
    storage,
    key: HISTORY_KEY,
    parse: (value) => parseStoredHistory(value),
    serialize: storedHistory,
    unsavedProblem: 'The browser refused to save the history (its storage is full or disabled): new entries last until the page is closed.',
  });
  return {
    ...list,
    record: (entry) => list.update((entries) => withinStorageBudget(addToHistory(entries, entry))),
    clear: () => list.update(() => []),
  };
}
