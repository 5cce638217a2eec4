import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../domain/memoryStorage';
import { STORAGE_FULL_WARNING } from './storageSlice';
import { createConsoleStore } from './store';
import { parseTabSet } from './tabSet';
import { LEGACY_STATE_KEY, TAB_SET_PREFIX, tabSetKey, TAB_SETS_KEPT } from './tabSetStorage';

const WORKSPACE_ID = 'b5a3e4c2-0000-4000-8000-0000000d3001';

function savedSet(savedAt: number, texts: string[], activeIndex = 0) {
  return JSON.stringify({
    version: 1,
    savedAt,
    activeTabId: `t${activeIndex + 1}`,
    tabs: texts.map((queryText, index) => ({ id: `t${index + 1}`, work: { name: `Tab ${index + 1}`, queryText, timespan: { kind: 'preset', presetId: '1h' }, workspace: null, workspaceCloud: null } })),
    closedTabs: [],
  });
}

describe('tab sets in storage', () => {
  it("restore the browser tab's own set with its active tab, and keep saving it on every change", () => {
    const storage = memoryStorage({ [tabSetKey('a')]: savedSet(1, ['one', 'two'], 1), [tabSetKey('b')]: savedSet(2, ['other']) });
    const store = createConsoleStore(storage, { browserTabId: 'a' });
    expect(store.getState().tabs.map((tab) => tab.name)).toEqual(['Tab 1', 'Tab 2']);
    expect(store.getState().queryText).toBe('two');
    expect(store.getState().timespan).toEqual({ kind: 'preset', presetId: '1h' });
    store.getState().setQueryText('two, edited');
    expect(parseTabSet(JSON.parse(storage.getItem(tabSetKey('a')) ?? ''))?.tabs[1]?.work.queryText).toBe('two, edited');
    expect(parseTabSet(JSON.parse(storage.getItem(tabSetKey('b')) ?? ''))?.tabs[0]?.work.queryText).toBe('other');
  });

  it('start a new browser tab from a copy of the most recently saved set, which it then never writes to', () => {
    const storage = memoryStorage({ [tabSetKey('old')]: savedSet(1, ['old']), [tabSetKey('recent')]: savedSet(5, ['recent']) });
    const store = createConsoleStore(storage, { browserTabId: 'new' });
    expect(store.getState().queryText).toBe('recent');
    store.getState().setQueryText('changed in the new tab');
    expect(storage.getItem(tabSetKey('recent'))).toBe(savedSet(5, ['recent']));
  });

  it('start a duplicated browser tab from the set of the tab it was duplicated from', () => {
    const storage = memoryStorage({ [tabSetKey('original')]: savedSet(1, ['original']), [tabSetKey('recent')]: savedSet(5, ['recent']) });
    expect(createConsoleStore(storage, { browserTabId: 'copy', copyFrom: 'original' }).getState().queryText).toBe('original');
  });

  it('migrate the single query saved before tabs into the first tab', () => {
    const legacy = { version: 1, state: { queryText: 'Perf | take 3', timespan: { kind: 'preset', presetId: '7d' }, workspace: { id: WORKSPACE_ID, name: 'demo' }, cloud: 'AzureUSGovernment' } };
    const state = createConsoleStore(memoryStorage({ [LEGACY_STATE_KEY]: JSON.stringify(legacy) }), { browserTabId: 'a' }).getState();
    expect([state.queryText, state.timespan, state.workspace, state.workspaceCloud]).toEqual(['Perf | take 3', { kind: 'preset', presetId: '7d' }, { id: WORKSPACE_ID, name: 'demo' }, 'AzureUSGovernment']);
  });

  it(`keep the ${TAB_SETS_KEPT} most recent sets, the own one always`, () => {
    const initial = Object.fromEntries(Array.from({ length: 14 }, (_, index) => [tabSetKey(`s${index}`), savedSet(index + 10, [`q${index}`])]));
    const storage = memoryStorage({ ...initial, [tabSetKey('mine')]: savedSet(1, ['mine']), [tabSetKey('junk')]: '{' });
    createConsoleStore(storage, { browserTabId: 'mine' });
    const kept = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key) => key?.startsWith(TAB_SET_PREFIX));
    expect(kept.sort()).toEqual([tabSetKey('mine'), ...[5, 6, 7, 8, 9, 10, 11, 12, 13].map((index) => tabSetKey(`s${index}`))].sort());
  });

  it('keep the work in memory and say so when the browser refuses to save, and clear the warning once it saves again', () => {
    const backing = memoryStorage();
    let full = false;
    const storage: Storage = {
      ...backing,
      get length() {
        return backing.length;
      },
      key: (index) => backing.key(index),
      getItem: (key) => backing.getItem(key),
      removeItem: (key) => backing.removeItem(key),
      clear: () => backing.clear(),
      setItem: (key, value) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        backing.setItem(key, value);
      },
    };
    const store = createConsoleStore(storage, { browserTabId: 'a' });
    full = true;
    expect(() => store.getState().setQueryText('kept in memory')).not.toThrow();
    expect(() => store.getState().updateSettings({ rowCap: 10 })).not.toThrow();
    expect(store.getState().queryText).toBe('kept in memory');
    expect(store.getState().storageWarning).toBe(STORAGE_FULL_WARNING);
    full = false;
    store.getState().setQueryText('saved again');
    expect(store.getState().storageWarning).toBeNull();
    expect(backing.getItem(tabSetKey('a'))).toContain('saved again');
  });
});

describe('stored tab sets are untrusted', () => {
  it.each([
    ['not JSON', '{"version":1,'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['another version', savedSet(1, ['x']).replace('"version":1', '"version":2')],
    ['tabs that are not a list', '{"version":1,"tabs":"x"}'],
    ['no tab with text', '{"version":1,"tabs":[{"id":"t1","work":{"queryText":5}},null,"x"]}'],
  ])('start from the example query when the own set is %s', (_, text) => {
    const state = createConsoleStore(memoryStorage({ [tabSetKey('a')]: text }), { browserTabId: 'a' }).getState();
    expect(state.tabs).toHaveLength(1);
    expect(state.queryText).toContain('SigninLogs');
  });

  it('drop bad fields and bad tabs one by one, keeping the rest', () => {
    const hostile = {
      version: 1,
      activeTabId: 'nope',
      tabs: [
        { id: 't1', work: { name: 42, queryText: 'kept', timespan: { kind: 'custom', start: 'yesterday', end: 'now' }, workspace: { id: '../../evil', name: 'x' }, workspaceCloud: 'Mars' } },
        { id: 't1', work: { name: '  Two  ', queryText: 'also kept', workspace: { id: WORKSPACE_ID, name: 'x'.repeat(10_000), location: 'westeurope' }, run: { status: 'running' } } },
        { work: {} },
      ],
      closedTabs: [{ queryText: 'closed' }, 'junk'],
    };
    const parsed = parseTabSet(hostile);
    expect(parsed?.tabs).toEqual([
      { id: 't1', work: { name: 'Query 1', queryText: 'kept', timespan: { kind: 'preset', presetId: '24h' }, workspace: null, workspaceCloud: null } },
      { id: 't2', work: { name: 'Two', queryText: 'also kept', timespan: { kind: 'preset', presetId: '24h' }, workspace: { id: WORKSPACE_ID, location: 'westeurope' }, workspaceCloud: null } },
    ]);
    expect(parsed?.activeTabId).toBe('t1');
    expect(parsed?.closedTabs.map((closed) => closed.queryText)).toEqual(['closed']);
  });

  it('never throw, whatever JSON is stored', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (tabSet, prefs) => {
        const storage = memoryStorage({ [tabSetKey('a')]: JSON.stringify(tabSet), 'kql-console:workspace-state': JSON.stringify({ version: 1, state: prefs }) });
        const state = createConsoleStore(storage, { browserTabId: 'a' }).getState();
        expect(state.tabs.length).toBeGreaterThan(0);
        expect(typeof state.queryText).toBe('string');
      }),
      { seed: 6, numRuns: 300 },
    );
  });
});
