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

  it('gives the tab actions Alt keys the browser does not keep for its own tabs', () => {
    expect(actionForKey(key('n', { altKey: true }))?.id).toBe('newTab');
    expect(actionForKey(key('w', { altKey: true }))?.id).toBe('closeTab');
    expect(actionForKey(key('T', { altKey: true, shiftKey: true }))?.id).toBe('reopenClosedTab');
    expect(actionForKey(key('PageDown', { altKey: true }))?.id).toBe('nextTab');
    expect(actionForKey(key('PageUp', { altKey: true }))?.id).toBe('previousTab');
    for (const reserved of [key('t', { ctrlKey: true }), key('w', { ctrlKey: true }), key('T', { ctrlKey: true, shiftKey: true }), key('PageDown', { ctrlKey: true })]) {
      expect(actionForKey(reserved)).toBeUndefined();
    }
  });

  it('opens, cycles, closes (through the service that frees results) and reopens query tabs', () => {
    const ctx = context();
    const first = ctx.store.getState().activeTabId;
    expect(dispatchAction('nextTab', ctx)).toBe(false);
    expect(dispatchAction('reopenClosedTab', ctx)).toBe(false);
    dispatchAction('newTab', ctx);
    dispatchAction('newTab', ctx);
    const [, second, third] = ctx.store.getState().tabs.map((tab) => tab.id);
    dispatchAction('nextTab', ctx);
    expect(ctx.store.getState().activeTabId).toBe(first);
    dispatchAction('previousTab', ctx);
    expect(ctx.store.getState().activeTabId).toBe(third);
    dispatchAction('previousTab', ctx);
    expect(ctx.store.getState().activeTabId).toBe(second);
    dispatchAction('closeTab', ctx);
    expect(ctx.services.closeQueryTab).toHaveBeenCalledWith(second);
  });

  it('copies a link only when there is a query to share', () => {
    const ctx = context();
    ctx.store.getState().setQueryText(' ');
    expect(dispatchAction('copyShareLink', ctx)).toBe(false);
    ctx.store.getState().setQueryText('Heartbeat');
    expect(dispatchAction('copyShareLink', ctx)).toBe(true);
    expect(ctx.services.copyShareLink).toHaveBeenCalledOnce();
  });

  it('labels keybindings for tooltips', () => {
    expect(keybindingLabel({ key: 'Enter', shift: true })).toBe('Shift+Enter');
    expect(keybindingLabel({ key: 'e', ctrlOrMeta: true, shift: true })).toBe('Ctrl+Shift+E');
    expect(keybindingLabel({ key: 'Escape' }, true)).toBe('Esc');
  });
});
