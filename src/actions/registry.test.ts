import { describe, expect, it, vi } from 'vitest';
import { createConsoleStore } from '../state/store';
import { keybindingLabel } from './keybindings';
import { actionForKey, dispatchAction } from './registry';
import type { ActionServices } from './types';

function context() {
  const store = createConsoleStore(undefined);
  const services: ActionServices = {
    runQuery: vi.fn(),
    cancelQuery: vi.fn(),
    exportCsv: vi.fn(),
    copyTableTsv: vi.fn(),
    focusEditor: vi.fn(),
    openSettings: vi.fn(),
    checkConnection: vi.fn(),
    closeQueryTab: vi.fn(),
    copyShareLink: vi.fn(),
    saveQuery: vi.fn(),
  };
  return { store, services };
}

const key = (key: string, modifiers: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('action registry', () => {
  it('maps Shift+Enter and Ctrl+Enter to run, Escape to cancel, and ignores plain Enter', () => {
    expect(actionForKey(key('Enter', { shiftKey: true }))?.id).toBe('run');
    expect(actionForKey(key('Enter', { ctrlKey: true }))?.id).toBe('run');
    expect(actionForKey(key('Enter', { metaKey: true }))?.id).toBe('run');
    expect(actionForKey(key('Escape'))?.id).toBe('cancel');
    expect(actionForKey(key('Enter'))).toBeUndefined();
  });

  it('runs only when enabled', () => {
    const ctx = context();
    expect(dispatchAction('run', ctx)).toBe(false);
    expect(ctx.services.runQuery).not.toHaveBeenCalled();
    ctx.store.getState().setIdentity({ mode: 'demo', name: 'R', username: 'r', tenantId: 't' });
    ctx.store.getState().selectWorkspace({ id: 'w' });
    expect(dispatchAction('run', ctx)).toBe(true);
    expect(ctx.services.runQuery).toHaveBeenCalledOnce();
  });

  it('toggles the theme and the time zone through the store', () => {
    const ctx = context();
    dispatchAction('toggleTheme', ctx);
    expect(ctx.store.getState().theme).toBe('dark');
    dispatchAction('toggleTimeZone', ctx);
    expect(ctx.store.getState().settings.timeZoneDisplay).toBe('local');
  });

  it('checks the connection only while someone is signed in', () => {
    const ctx = context();
    expect(dispatchAction('checkConnection', ctx)).toBe(false);
    ctx.store.getState().setIdentity({ mode: 'entra', name: 'R', username: 'r', tenantId: 't' });
    expect(dispatchAction('checkConnection', ctx)).toBe(true);
    expect(ctx.services.checkConnection).toHaveBeenCalledOnce();
  });

  it('saves the query with Ctrl+S, only when there is a query to save', () => {
    const ctx = context();
    expect(actionForKey(key('s', { ctrlKey: true }))?.id).toBe('saveQuery');
    ctx.store.getState().setQueryText('  ');
    expect(dispatchAction('saveQuery', ctx)).toBe(false);
    ctx.store.getState().setQueryText('Perf');
    expect(dispatchAction('saveQuery', ctx)).toBe(true);
    expect(ctx.services.saveQuery).toHaveBeenCalledOnce();
  });

  it('labels keybindings for tooltips', () => {
    expect(keybindingLabel({ key: 'Enter', shift: true })).toBe('Shift+Enter');
    expect(keybindingLabel({ key: 'e', ctrlOrMeta: true, shift: true })).toBe('Ctrl+Shift+E');
    expect(keybindingLabel({ key: 'Escape' }, true)).toBe('Esc');
  });
});
