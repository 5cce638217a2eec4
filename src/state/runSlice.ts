// The lifecycle of the current run. Row data never enters the store: a succeeded run holds the worker's summary
// (table names, columns, row counts) and the grid asks the worker for windows (DESIGN §5).
import type { StateCreator } from 'zustand';
import type { QueryFailure } from '../domain/queryFailure';
import type { Claims } from '../domain/tokenClaims';
import type { TimeWindow } from '../domain/timespan/utcDateTime';
import type { ResultSummary } from '../workers/resultsProtocol';

/** What was sent, kept to explain the result (effective window, cap notice, where it went). */
export interface RunRequestInfo {
  runId: number;
  workspaceId: string;
  /** The text as typed (statement under the cursor or the selection). */
  queryText: string;
  /** The text sent, after the row cap. */
  sentText: string;
  rowCapNotice: string | null;
  rowCapApplied: boolean;
  /** ISO 8601 duration/interval sent, or null when the query sets its own time range. */
  timespan: string | null;
  window: TimeWindow | null;
  startedAt: number;
  /** Where `queryText` starts in the editor (1-based line, 0-based column): server positions are relative to it. */
  textStart: { line: number; column: number };
}

/** A failure as the run layer reports it; the troubleshooting feature turns it into a diagnosis. */
export type RunFailure = QueryFailure;

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; request: RunRequestInfo }
  | { status: 'succeeded'; request: RunRequestInfo; summary: ResultSummary; durationMs: number; receivedBytes: number }
  | { status: 'empty-workspace'; request: RunRequestInfo; durationMs: number }
  /**
   * `tokenClaims`: the decoded claims of the access token the request carried, to explain the failure with; never the
   * token itself. Null when no token was obtained or it could not be decoded. Held in memory only (not persisted).
   */
  | { status: 'failed'; request: RunRequestInfo; failure: RunFailure; durationMs: number; tokenClaims: Claims | null }
  | { status: 'cancelled'; request: RunRequestInfo };

export interface ShownResult {
  request: RunRequestInfo;
  summary: ResultSummary;
}

/** A query tab's run and what it shows; the active tab's live in the store's top level (see tabsSlice.ts). */
export interface RunFields {
  run: RunState;
  /** The last summary that loaded, kept on screen while a newer run is in flight or after it fails. */
  shownResult: ShownResult | null;
  activeTableIndex: number;
}

export interface RunSlice extends RunFields {
  setRun(run: RunState): void;
  setActiveTableIndex(index: number): void;
}

export const IDLE_RUN_FIELDS: RunFields = { run: { status: 'idle' }, shownResult: null, activeTableIndex: 0 };

/** The fields after `run`: a success shows its summary, an empty workspace shows nothing, anything else keeps the last. */
export function withRun(fields: RunFields, run: RunState): RunFields {
  return run.status === 'succeeded'
    ? { run, shownResult: { request: run.request, summary: run.summary }, activeTableIndex: 0 }
    : run.status === 'empty-workspace'
      ? { run, shownResult: null, activeTableIndex: fields.activeTableIndex }
      : { run, shownResult: fields.shownResult, activeTableIndex: fields.activeTableIndex };
}

export const createRunSlice: StateCreator<RunSlice, [], [], RunSlice> = (set) => ({
  ...IDLE_RUN_FIELDS,
  setRun: (run) => set((state) => withRun(state, run)),
  setActiveTableIndex: (activeTableIndex) => set({ activeTableIndex }),
});
