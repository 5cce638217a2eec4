import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../domain/memoryStorage';
import type { ResultSummary } from '../workers/resultsProtocol';
import type { RunRequestInfo } from './runSlice';
import { createConsoleStore } from './store';
import { contentOfTab } from './tabsSlice';

const WORKSPACE = { id: 'b5a3e4c2-0000-4000-8000-0000000d3001', name: 'demo' };
const request = (runId: number): RunRequestInfo => ({
  runId,
  workspaceId: WORKSPACE.id,
  queryText: 'T',
  sentText: 'T',
  rowCapNotice: null,
  rowCapApplied: false,
  timespan: 'P1D',
  window: null,
  startedAt: 0,
  textStart: { line: 1, column: 0 },
});
const summary = (resultId: string): ResultSummary => ({ resultId, tables: [] });

function store() {
  return createConsoleStore(memoryStorage());
}

describe('query tabs', () => {
  it('start with one tab holding the example query, and open new ones after it, numbered, on the current workspace and timespan', () => {
    const tabs = store();
    expect(tabs.getState().tabs.map((tab) => tab.name)).toEqual(['Query 1']);
    tabs.getState().setTimespan({ kind: 'preset', presetId: '7d' });
    tabs.getState().selectWorkspace(WORKSPACE);
    tabs.getState().newTab();
    const state = tabs.getState();
    expect(state.tabs.map((tab) => tab.name)).toEqual(['Query 1', 'Query 2']);
    expect(state.activeTabId).toBe(state.tabs[1]?.id);
    expect(state.queryText).toBe('');
    expect(state.timespan).toEqual({ kind: 'preset', presetId: '7d' });
    expect([state.workspace, state.workspaceCloud]).toEqual([WORKSPACE, 'AzurePublic']);
  });

  it('swap each tab’s text, timespan, workspace, run and result in and out of the top-level fields', () => {
    const tabs = store();
    const first = tabs.getState().activeTabId;
    tabs.getState().setQueryText('Heartbeat');
    tabs.getState().selectWorkspace(WORKSPACE);
    tabs.getState().setRun({ status: 'succeeded', request: request(1), summary: summary('r1'), durationMs: 5, receivedBytes: 10 });
    tabs.getState().newTab();
    const second = tabs.getState().activeTabId;
    tabs.getState().setQueryText('Perf');
    tabs.getState().selectWorkspace({ id: 'b5a3e4c2-0000-4000-8000-0000000d3002' });
    expect(tabs.getState().shownResult).toBeNull();
    expect(tabs.getState().run).toEqual({ status: 'idle' });

    tabs.getState().switchTab(first);
    let state = tabs.getState();
    expect([state.queryText, state.workspace?.id, state.shownResult?.summary.resultId]).toEqual(['Heartbeat', WORKSPACE.id, 'r1']);
    expect(state.tabs.find((tab) => tab.id === first)?.parked).toBeNull();
    expect(contentOfTab(state, second)?.queryText).toBe('Perf');

    tabs.getState().switchTab(second);
    state = tabs.getState();
    expect([state.queryText, state.workspace?.id, state.shownResult]).toEqual(['Perf', 'b5a3e4c2-0000-4000-8000-0000000d3002', null]);
  });

  it('let a run finish into the tab that started it, and a late editor write land in its own tab', () => {
    const tabs = store();
    const first = tabs.getState().activeTabId;
    tabs.getState().setTabRun(first, { status: 'running', request: request(1) });
    tabs.getState().newTab();
    tabs.getState().setTabRun(first, { status: 'succeeded', request: request(1), summary: summary('r1'), durationMs: 5, receivedBytes: 10 });
    tabs.getState().setTabQueryText(first, 'typed before the switch');
    expect(tabs.getState().shownResult).toBeNull();
    expect(tabs.getState().queryText).toBe('');
    const parked = contentOfTab(tabs.getState(), first);
    expect([parked?.run.status, parked?.shownResult?.summary.resultId, parked?.queryText]).toEqual(['succeeded', 'r1', 'typed before the switch']);
  });

  it('close a tab into its right neighbour (else the left), keep it for reopening, and forget its result views', () => {
    const tabs = store();
    tabs.getState().setQueryText('one');
    tabs.getState().setRun({ status: 'succeeded', request: request(1), summary: summary('r1'), durationMs: 5, receivedBytes: 10 });
    tabs.getState().setSort('r1:0', { column: 0, direction: 'ascending' });
    tabs.getState().setSort('r9:0', { column: 0, direction: 'ascending' });
    const [first] = tabs.getState().tabs;
    tabs.getState().newTab();
    tabs.getState().setQueryText('two');
    tabs.getState().newTab();
    tabs.getState().setQueryText('three');
    tabs.getState().switchTab(first!.id);

    tabs.getState().closeTab(first!.id);
    expect(tabs.getState().queryText).toBe('two');
    expect(Object.keys(tabs.getState().sortByTable)).toEqual(['r9:0']);
    tabs.getState().switchTab(tabs.getState().tabs[1]!.id);
    tabs.getState().closeTab(tabs.getState().activeTabId);
    expect(tabs.getState().queryText).toBe('two');
    expect(tabs.getState().closedTabs.map((closed) => closed.queryText)).toEqual(['three', 'one']);

    tabs.getState().reopenClosedTab();
    expect(tabs.getState().queryText).toBe('three');
    expect(tabs.getState().tabs.map((tab) => tab.name)).toEqual(['Query 2', 'Query 3']);
    expect(tabs.getState().closedTabs.map((closed) => closed.queryText)).toEqual(['one']);
  });

  it('leave an empty tab when the last one closes', () => {
    const tabs = store();
    tabs.getState().closeTab(tabs.getState().activeTabId);
    expect(tabs.getState().tabs).toHaveLength(1);
    expect(tabs.getState().queryText).toBe('');
    expect(tabs.getState().closedTabs).toHaveLength(1);
  });

  it('rename with a cleaned name, ignoring a blank one', () => {
    const tabs = store();
    const id = tabs.getState().activeTabId;
    tabs.getState().renameTab(id, '  Failed   sign-ins  ');
    tabs.getState().renameTab(id, '   ');
    expect(tabs.getState().tabs[0]?.name).toBe('Failed sign-ins');
    tabs.getState().renameTab(id, 'x'.repeat(500));
    expect(tabs.getState().tabs[0]?.name).toHaveLength(60);
  });

  it('open a query in a new tab with its workspace and cloud, without running it', () => {
    const tabs = store();
    const id = tabs.getState().openQueryInNewTab({
      queryText: 'AuditLogs',
      timespan: { kind: 'setInQuery' },
      workspace: { id: WORKSPACE.id },
      cloud: 'AzureChina',
      name: 'Shared query',
    });
    const state = tabs.getState();
    expect(state.activeTabId).toBe(id);
    expect(state.tabs.at(-1)?.name).toBe('Shared query');
    expect([state.queryText, state.timespan, state.workspace, state.workspaceCloud, state.run]).toEqual([
      'AuditLogs',
      { kind: 'setInQuery' },
      { id: WORKSPACE.id },
      'AzureChina',
      { status: 'idle' },
    ]);
    tabs.getState().openQueryInNewTab({ queryText: 'Perf', workspace: { id: WORKSPACE.id } });
    expect(tabs.getState().workspaceCloud).toBe('AzurePublic');
  });
});
