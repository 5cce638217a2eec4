import { describe, expect, it } from 'vitest';
import { createConsoleStore, PERSISTENCE_KEY } from './store';
import { selectCanRun, selectRunBlocker } from './selectors';
import { memoryStorage } from '../domain/memoryStorage';
import { tabSetKey } from './tabSetStorage';

describe('console store', () => {
  it("persists the tab's query, timespan and workspace in its tab set, settings with the console, never the run or the identity", () => {
    const storage = memoryStorage();
    const store = createConsoleStore(storage, { browserTabId: 'b1' });
    store.getState().setQueryText('Heartbeat | take 1');
    store.getState().selectWorkspace({ id: 'b5a3e4c2-0000-4000-8000-0000000d3001', name: 'demo' });
    store.getState().setIdentity({ mode: 'demo', name: 'Riley', username: 'riley@x', tenantId: 't' });
    store.getState().updateSettings({ rowCap: 1000 });
    const tabSet = JSON.parse(storage.getItem(tabSetKey('b1')) ?? '{}') as { tabs: { work: Record<string, unknown> }[] };
    expect(tabSet.tabs[0]?.work).toMatchObject({
      queryText: 'Heartbeat | take 1',
      workspace: { id: 'b5a3e4c2-0000-4000-8000-0000000d3001', name: 'demo' },
      workspaceCloud: 'AzurePublic',
    });
    const prefs = JSON.parse(storage.getItem(PERSISTENCE_KEY) ?? '{}') as { state: Record<string, unknown> };
    expect(prefs.state.settings).toMatchObject({ rowCap: 1000 });
    expect(prefs.state).not.toHaveProperty('queryText');
    for (const saved of [JSON.stringify(tabSet), JSON.stringify(prefs)]) {
      expect(saved).not.toContain('identity');
      expect(saved).not.toContain('"run"');
      expect(saved).not.toContain('riley@x');
    }
  });

  it('restores saved work and clamps out-of-range settings from storage', () => {
    const storage = memoryStorage({
      [PERSISTENCE_KEY]: JSON.stringify({ version: 1, state: { queryText: 'Perf', settings: { rowCap: 9_000_000, serverWaitSeconds: 5000 } } }),
    });
    const state = createConsoleStore(storage).getState();
    // The query saved before tabs existed becomes the first tab.
    expect(state.queryText).toBe('Perf');
    expect(state.tabs.map((tab) => tab.name)).toEqual(['Query 1']);
    expect(state.settings.rowCap).toBe(500_000);
    expect(state.settings.serverWaitSeconds).toBe(600);
    expect(state.settings.csvFormulaGuard).toBe(true);
  });

  it('keeps recent workspaces unique, newest first', () => {
    const store = createConsoleStore(memoryStorage());
    store.getState().selectWorkspace({ id: 'a' });
    store.getState().selectWorkspace({ id: 'b' });
    store.getState().selectWorkspace({ id: 'a' });
    expect(store.getState().recentWorkspaces.map((w) => w.id)).toEqual(['a', 'b']);
  });

  it('can run only when signed in, with a workspace and a query, and not while running', () => {
    const store = createConsoleStore(memoryStorage());
    expect(selectCanRun(store.getState())).toBe(false);
    store.getState().setIdentity({ mode: 'demo', name: 'R', username: 'r', tenantId: 't' });
    store.getState().selectWorkspace({ id: 'a' });
    expect(selectCanRun(store.getState())).toBe(true);
    store.getState().setQueryText('   ');
    expect(selectCanRun(store.getState())).toBe(false);
  });

  it('says in words what Run is waiting for, first things first', () => {
    const store = createConsoleStore(memoryStorage());
    store.getState().setQueryText('');
    expect(selectRunBlocker(store.getState())).toBe('Sign in to run queries.');
    store.getState().setIdentity({ mode: 'demo', name: 'R', username: 'r', tenantId: 't' });
    expect(selectRunBlocker(store.getState())).toBe('Choose a workspace to run queries.');
    store.getState().selectWorkspace({ id: 'a' });
    expect(selectRunBlocker(store.getState())).toBe('Type a query to run.');
    store.getState().setQueryText('Heartbeat');
    expect(selectRunBlocker(store.getState())).toBeNull();
  });
});
