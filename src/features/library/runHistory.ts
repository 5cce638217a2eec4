// Records every run in the history when it ends, by watching the store rather than the runner: a run is noted when it
// is first seen running (with its tab's timespan and workspace at that moment) and recorded when the same run id
// shows a final state. One that vanishes unfinished (a newer run in its tab replaced it, or its tab was closed) is
// recorded as cancelled. The active tab's run and every other tab's are watched, so a run that ends in a background
// tab is recorded too.
import type { HistoryEntry, HistoryOutcome, HistoryWorkspace } from '../../domain/history/historyEntry';
import type { TimespanSelection } from '../../domain/timespan/selection';
import type { RunRequestInfo, RunState } from '../../state/runSlice';
import type { WorkspaceRef } from '../../state/sessionSlice';
import type { ConsoleState, ConsoleStore } from '../../state/store';

export type FailedRun = Extract<RunState, { status: 'failed' }>;

export interface StartedRun {
  request: RunRequestInfo;
  timespan: TimespanSelection;
  workspace: HistoryWorkspace;
}

export interface RunHistoryOptions {
  record(entry: HistoryEntry): void;
  /** The title of the diagnosis the failure gets. */
  failureTitle(run: FailedRun, started: StartedRun, state: ConsoleState): string;
  now(): number;
  newId(): string;
}

interface RunView {
  run: RunState;
  timespan: TimespanSelection;
  workspace: WorkspaceRef | null;
}

function runViews(state: ConsoleState): RunView[] {
  const parked = state.tabs.flatMap((tab) => (tab.parked ? [tab.parked] : []));
  return [state, ...parked].map(({ run, timespan, workspace }) => ({ run, timespan, workspace }));
}

/** Starts recording; returns the function that stops it. */
export function recordRunHistory(store: ConsoleStore, options: RunHistoryOptions): () => void {
  const started = new Map<number, StartedRun>();
  const observe = (state: ConsoleState) => {
    const present = new Set<number>();
    for (const { run, timespan, workspace } of runViews(state)) {
      if (run.status === 'idle') continue;
      const { runId } = run.request;
      present.add(runId);
      if (run.status === 'running') {
        if (!started.has(runId)) started.set(runId, { request: run.request, timespan, workspace: workspaceOf(run.request, workspace, state) });
        continue;
      }
      const start = started.get(runId);
      if (!start) continue;
      started.delete(runId);
      options.record(entryOf(start, outcomeOf(run, start, state, options), durationOf(run, start, options.now()), options.newId()));
    }
    for (const [runId, start] of started) {
      if (present.has(runId)) continue;
      started.delete(runId);
      options.record(entryOf(start, { kind: 'cancelled' }, options.now() - start.request.startedAt, options.newId()));
    }
  };
  observe(store.getState());
  return store.subscribe(observe);
}

/** The workspace the request went to, named when the console knows its name. */
function workspaceOf(request: RunRequestInfo, current: WorkspaceRef | null, state: ConsoleState): HistoryWorkspace {
  const known = current?.id === request.workspaceId ? current : state.recentWorkspaces.find((recent) => recent.id === request.workspaceId);
  return known?.name ? { id: request.workspaceId, name: known.name } : { id: request.workspaceId };
}

type FinishedRun = Exclude<RunState, { status: 'idle' | 'running' }>;

function outcomeOf(run: FinishedRun, start: StartedRun, state: ConsoleState, options: RunHistoryOptions): HistoryOutcome {
  switch (run.status) {
    case 'succeeded': {
      const { tables, partialError } = run.summary;
      return { kind: 'succeeded', rows: tables.reduce((sum, table) => sum + table.rowCount, 0), tables: tables.length, partial: partialError !== undefined };
    }
    case 'failed':
      return { kind: 'failed', title: options.failureTitle(run, start, state), code: run.failure.innermostCode ?? run.failure.code };
    case 'empty-workspace':
      return { kind: 'empty-workspace' };
    case 'cancelled':
      return { kind: 'cancelled' };
  }
}

function durationOf(run: FinishedRun, start: StartedRun, now: number): number {
  return run.status === 'cancelled' ? Math.max(0, now - start.request.startedAt) : run.durationMs;
}

function entryOf(start: StartedRun, outcome: HistoryOutcome, durationMs: number, id: string): HistoryEntry {
  return {
    id,
    queryText: start.request.queryText,
    workspace: start.workspace,
    timespan: start.timespan,
    startedAt: start.request.startedAt,
    durationMs: Math.max(0, durationMs),
    outcome,
  };
}
