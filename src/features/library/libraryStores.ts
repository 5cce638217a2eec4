// The history and saved-query stores of a console, created on first use and shared by every component of it.
import { useEffect, useSyncExternalStore } from 'react';
import { useServices } from '../../app/ServicesContext';
import type { ConsoleServices } from '../../app/services';
import { memoryStorage } from '../../domain/memoryStorage';
import { createHistoryStore, type HistoryStore } from './historyStore';
import type { PersistedList, PersistedListState } from './persistedList';
import { createSavedQueriesStore, type SavedQueriesStore } from './savedQueriesStore';

export interface Library {
  history: HistoryStore;
  saved: SavedQueriesStore;
}

const libraries = new WeakMap<ConsoleServices, Library>();

export function libraryOf(services: ConsoleServices): Library {
  let library = libraries.get(services);
  if (!library) {
    const storage = browserStorage();
    library = { history: createHistoryStore(storage), saved: createSavedQueriesStore(storage, newId) };
    libraries.set(services, library);
  }
  return library;
}

export function useLibrary(): Library {
  return libraryOf(useServices());
}

/** The list's current state; follows changes another browser tab of the console makes to it. */
export function usePersistedList<T>(list: PersistedList<T>, key: string): PersistedListState<T> {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) list.reload();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [list, key]);
  return useSyncExternalStore(list.subscribe, list.getSnapshot);
}

/** localStorage, or memory where the browser denies it (some private modes throw on access). */
function browserStorage(): Storage {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // Denied: fall through to memory.
  }
  return memoryStorage();
}

export function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
