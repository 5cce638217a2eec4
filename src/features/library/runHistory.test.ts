import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../domain/memoryStorage';
import type { HistoryEntry } from '../../domain/history/historyEntry';
import { failure } from '../../domain/queryFailure';
import type { RunRequestInfo } from '../../state/runSlice';
import { createConsoleStore } from '../../state/store';
import type { ResultSummary } from '../../workers/resultsProtocol';
import { recordRunHistory } from './runHistory';

const WORKSPACE = { id: 'b5a3e4c2-0000-4000-8000-0000000d3001', name: 'contoso-demo' };

function request(runId: number, queryText = `Heartbeat | take ${runId}`): RunRequestInfo {
  return {
    runId,
    workspaceId: WORKSPACE.id,
    queryText,
    sentText: queryText,
    rowCapNotice: null,
    rowCapApplied: false,
    timespan: 'P7D',
    window: null,
    startedAt: 1_000 * runId,
    textStart: { line: 1, column: 0 },
  };
}

function setup() {
  const store = createConsoleStore(memoryStorage());
  store.getState().selectWorkspace(WORKSPACE);
  store.getState().setTimespan({ kind: 'preset', presetId: '7d' });
  const recorded: HistoryEntry[] = [];
  let ids = 0;
  const stop = recordRunHistory(store, {
    record: (entry) => recorded.push(entry),
    failureTitle: (run) => `Diagnosed ${run.failure.code}`,
    now: () => 99_000,
    newId: () => `h${++ids}`,
  });
  return { store, recorded, stop };
}

const summary = (rowCounts: number[], partial = false): ResultSummary => ({
  resultId: 'r',
  tables: rowCounts.map((rowCount, index) => ({ name: `Table_${index}`, rowCount, columns: [] })),
  ...(partial ? { partialError: { code: 'PartialError', message: 'cut', causes: [], innermost: null } } : {}),
});

describe('run history recording', () => {
  it('records a run that succeeds once, with its text, workspace, timespan at the start, rows and duration', () => {
    const { store, recorded } = setup();
    store.getState().setRun({ status: 'running', request: request(1) });
    store.getState().setTimespan({ kind: 'preset', presetId: '1h' });
    expect(recorded).toEqual([]);
    store.getState().setRun({ status: 'succeeded', request: request(1), summary: summary([3, 2]), durationMs: 250, receivedBytes: 10 });
    store.getState().setActiveTableIndex(1);
    expect(recorded).toEqual([
      {
        id: 'h1',
        queryText: 'Heartbeat | take 1',
        workspace: WORKSPACE,
        timespan: { kind: 'preset', presetId: '7d' },
        startedAt: 1_000,
        durationMs: 250,
        outcome: { kind: 'succeeded', rows: 5, tables: 2, partial: false },
      },
    ]);
  });

  it('records failures under their diagnosis title and innermost code, empty workspaces and cancellations', () => {
    const { store, recorded } = setup();
    store.getState().setRun({ status: 'running', request: request(1) });
    const syntax = failure('service', 'BadArgumentError', 'bad', { status: 400, innermostCode: 'SYN0002' });
    store.getState().setRun({ status: 'failed', request: request(1), failure: syntax, durationMs: 40, tokenClaims: null });
    store.getState().setRun({ status: 'running', request: request(2) });
    store.getState().setRun({ status: 'empty-workspace', request: request(2), durationMs: 30 });
    store.getState().setRun({ status: 'running', request: request(3) });
    store.getState().setRun({ status: 'cancelled', request: request(3) });
    expect(recorded.map((entry) => [entry.outcome, entry.durationMs])).toEqual([
      [{ kind: 'failed', title: 'Diagnosed BadArgumentError', code: 'SYN0002' }, 40],
      [{ kind: 'empty-workspace' }, 30],
      [{ kind: 'cancelled' }, 96_000],
    ]);
  });

  it('records a run replaced by a newer one as cancelled, and the newer one when it ends', () => {
    const { store, recorded } = setup();
    store.getState().setRun({ status: 'running', request: request(1) });
    store.getState().setRun({ status: 'running', request: request(2) });
    store.getState().setRun({ status: 'succeeded', request: request(2), summary: summary([0], true), durationMs: 5, receivedBytes: 1 });
    expect(recorded.map((entry) => [entry.queryText, entry.outcome.kind])).toEqual([
      ['Heartbeat | take 1', 'cancelled'],
      ['Heartbeat | take 2', 'succeeded'],
    ]);
    expect(recorded[1]?.outcome).toEqual({ kind: 'succeeded', rows: 0, tables: 1, partial: true });
  });

  it('records a run that ends while its tab is in the background, with that tab’s workspace and timespan', () => {
    const { store, recorded } = setup();
    const first = store.getState().activeTabId;
    store.getState().setRun({ status: 'running', request: request(1) });
    store.getState().openQueryInNewTab({ queryText: 'Perf', timespan: { kind: 'setInQuery' } });
    expect(recorded).toEqual([]);
    store.getState().setTabRun(first, { status: 'succeeded', request: request(1), summary: summary([7]), durationMs: 9, receivedBytes: 1 });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ timespan: { kind: 'preset', presetId: '7d' }, workspace: WORKSPACE, outcome: { rows: 7 } });
  });

  it('names the workspace from the recent list when the tab has moved on, and stops recording when stopped', () => {
    const { store, recorded, stop } = setup();
    store.getState().selectWorkspace({ id: 'other' });
    store.getState().setRun({ status: 'running', request: request(1) });
    store.getState().setRun({ status: 'cancelled', request: request(1) });
    expect(recorded[0]?.workspace).toEqual(WORKSPACE);
    stop();
    store.getState().setRun({ status: 'running', request: request(2) });
    store.getState().setRun({ status: 'cancelled', request: request(2) });
    expect(recorded).toHaveLength(1);
  });
});
