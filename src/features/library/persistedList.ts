// A list kept in localStorage under its own key, as a small external store for React (useSyncExternalStore). Every
// change starts from what storage holds at that moment, so two browser tabs of the console add to one list instead of
// overwriting each other. Storage that cannot be read or written never breaks the console: the list then lives in
// memory and `problem` says so.
export interface PersistedListState<T> {
  items: readonly T[];
  /** Why the latest change is not saved; null when it is. */
  problem: string | null;
}

export interface PersistedListOptions<T> {
  storage: Storage;
  key: string;
  /** Turns stored JSON back into items; stored data is untrusted, so this drops what it does not recognise. */
  parse(value: unknown): T[];
  serialize(items: readonly T[]): unknown;
  unsavedProblem: string;
}

export interface PersistedList<T> {
  getSnapshot(): PersistedListState<T>;
  subscribe(listener: () => void): () => void;
  update(change: (items: readonly T[]) => readonly T[]): void;
  /** Reads storage again: another browser tab of the console changed it. */
  reload(): void;
}

export function createPersistedList<T>({ storage, key, parse, serialize, unsavedProblem }: PersistedListOptions<T>): PersistedList<T> {
  const listeners = new Set<() => void>();
  const set = (next: PersistedListState<T>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  /** Null when storage cannot be read at all; garbage parses to an empty list. */
  const read = (): T[] | null => {
    let text: string | null;
    try {
      text = storage.getItem(key);
    } catch {
      return null;
    }
    if (text === null) return [];
    try {
      return parse(JSON.parse(text));
    } catch {
      return [];
    }
  };
  let state: PersistedListState<T> = { items: read() ?? [], problem: null };

  return {
    getSnapshot: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (change) => {
      // After a refused write the newest items exist only in memory: build on them, not on the older stored copy.
      const base = state.problem === null ? (read() ?? state.items) : state.items;
      const items = change(base);
      try {
        storage.setItem(key, JSON.stringify(serialize(items)));
        set({ items, problem: null });
      } catch {
        set({ items, problem: unsavedProblem });
      }
    },
    reload: () => {
      const items = read();
      if (items !== null) set({ items, problem: null });
    },
  };
}
