import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../domain/memoryStorage';
import { createHistoryStore, HISTORY_KEY } from './historyStore';
import { createPersistedList } from './persistedList';
import { createSavedQueriesStore, SAVED_QUERIES_KEY } from './savedQueriesStore';
import type { HistoryEntry } from '../../domain/history/historyEntry';

const numbers = (storage: Storage) =>
  createPersistedList<number>({
    storage,
    key: 'k',
    parse: (value) => (Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : []),
    serialize: (items) => items,
    unsavedProblem: 'not saved',
  });

function refusingStorage(): Storage & { refuse: boolean } {
  const inner = memoryStorage();
  const storage = Object.assign(Object.create(null) as object, {
    refuse: false,
    get length() {
      return inner.length;
    },
    clear: () => inner.clear(),
    key: (index: number) => inner.key(index),
    getItem: (key: string) => inner.getItem(key),
    removeItem: (key: string) => inner.removeItem(key),
    setItem: (key: string, value: string) => {
      if (storage.refuse) throw new DOMException('full', 'QuotaExceededError');
      inner.setItem(key, value);
    },
  });
  return storage;
}

describe('a list persisted in localStorage', () => {
  it('starts from what is stored, and treats garbage or unreadable storage as empty', () => {
    expect(numbers(memoryStorage({ k: '[1,"x",2]' })).getSnapshot().items).toEqual([1, 2]);
    expect(numbers(memoryStorage({ k: '{not json' })).getSnapshot().items).toEqual([]);
    const denied = { ...memoryStorage(), getItem: () => { throw new DOMException('denied', 'SecurityError'); } } as Storage;
    expect(numbers(denied).getSnapshot()).toEqual({ items: [], problem: null });
  });

  it('builds each change on what storage holds now, so another browser tab’s additions are kept', () => {
    const storage = memoryStorage();
    const mine = numbers(storage);
    const theirs = numbers(storage);
    mine.update((items) => [...items, 1]);
    theirs.update((items) => [...items, 2]);
    mine.update((items) => [...items, 3]);
    expect(storage.getItem('k')).toBe('[1,2,3]');
    expect(mine.getSnapshot().items).toEqual([1, 2, 3]);
    theirs.reload();
    expect(theirs.getSnapshot().items).toEqual([1, 2, 3]);
  });

  it('keeps a refused change in memory, says so, and saves it with the next change that fits', () => {
    const storage = refusingStorage();
    const list = numbers(storage);
    let notified = 0;
    list.subscribe(() => notified++);
    storage.refuse = true;
    list.update((items) => [...items, 1]);
    expect(list.getSnapshot()).toEqual({ items: [1], problem: 'not saved' });
    storage.refuse = false;
    list.update((items) => [...items, 2]);
    expect(list.getSnapshot()).toEqual({ items: [1, 2], problem: null });
    expect(storage.getItem('k')).toBe('[1,2]');
    expect(notified).toBe(2);
  });
});

describe('the history and saved-query stores', () => {
  const entry = (id: string, startedAt: number): HistoryEntry => ({
    id,
    queryText: 'Perf',
    workspace: { id: 'w' },
    timespan: { kind: 'setInQuery' },
    startedAt,
    durationMs: 1,
    outcome: { kind: 'cancelled' },
  });

  it('records history newest first under its own key, and clears it', () => {
    const storage = memoryStorage();
    const history = createHistoryStore(storage);
    history.record(entry('a', 1));
    history.record(entry('b', 2));
    expect(history.getSnapshot().items.map((e) => e.id)).toEqual(['b', 'a']);
    expect(createHistoryStore(storage).getSnapshot().items.map((e) => e.id)).toEqual(['b', 'a']);
    history.clear();
    expect(JSON.parse(storage.getItem(HISTORY_KEY) ?? '')).toEqual({ version: 1, entries: [] });
  });

  it('saves, renames, deletes and imports saved queries under their own key', () => {
    const storage = memoryStorage();
    let next = 0;
    const saved = createSavedQueriesStore(storage, () => `id${++next}`);
    saved.put({ id: 'q1', name: 'Perf', queryText: 'Perf', savedAt: 1 });
    saved.rename('q1', 'CPU');
    const result = saved.importDrafts([{ name: 'cpu', queryText: 'Perf | take 1' }, { name: 'Syslog', queryText: 'Syslog' }]);
    expect(result.renamed).toEqual([{ from: 'cpu', to: 'cpu (2)' }]);
    saved.remove('id2');
    const reread = createSavedQueriesStore(storage).getSnapshot().items;
    expect(reread.map((query) => [query.id, query.name])).toEqual([
      ['q1', 'CPU'],
      ['id1', 'cpu (2)'],
    ]);
    expect(storage.getItem(SAVED_QUERIES_KEY)).not.toBeNull();
  });
});
