import { describe, expect, it, vi } from 'vitest';
import type { ActionServices } from '../../actions/types';
import { memoryStorage } from '../../domain/memoryStorage';
import { createConsoleStore } from '../../state/store';
import { openQuery } from './openQuery';

function context() {
  const store = createConsoleStore(memoryStorage());
  const services = { runQuery: vi.fn(), focusEditor: vi.fn() } as Partial<ActionServices> as ActionServices;
  store.getState().setIdentity({ mode: 'demo', name: 'R', username: 'r', tenantId: 't' });
  store.getState().selectWorkspace({ id: 'current', name: 'contoso-demo' });
  store.getState().selectWorkspace({ id: 'known', name: 'contoso-large', resourceGroup: 'rg' });
  store.getState().selectWorkspace({ id: 'current', name: 'contoso-demo' });
  store.getState().setTimespan({ kind: 'preset', presetId: '4h' });
  return { store, services };
}

describe('opening a query from the library', () => {
  it('opens it in a new tab with its timespan and workspace (as the console knows it), and focuses the editor', () => {
    const ctx = context();
    const tabsBefore = ctx.store.getState().tabs.length;
    openQuery(ctx, { queryText: 'Perf', timespan: { kind: 'setInQuery' }, workspace: { id: 'known' }, name: 'CPU' }, { run: false });
    const state = ctx.store.getState();
    expect(state.tabs).toHaveLength(tabsBefore + 1);
    expect(state.tabs.find((tab) => tab.id === state.activeTabId)?.name).toBe('CPU');
    expect(state).toMatchObject({ queryText: 'Perf', timespan: { kind: 'setInQuery' }, workspace: { id: 'known', name: 'contoso-large', resourceGroup: 'rg' } });
    expect(ctx.services.focusEditor).toHaveBeenCalledOnce();
    expect(ctx.services.runQuery).not.toHaveBeenCalled();
  });

  it('keeps the current workspace and timespan for a query that names neither, and runs it when asked', () => {
    const ctx = context();
    openQuery(ctx, { queryText: 'Heartbeat' }, { run: true });
    expect(ctx.store.getState()).toMatchObject({ queryText: 'Heartbeat', timespan: { kind: 'preset', presetId: '4h' }, workspace: { id: 'current' } });
    expect(ctx.services.runQuery).toHaveBeenCalledOnce();
  });
});
