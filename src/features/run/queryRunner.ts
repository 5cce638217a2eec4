// Runs the active query tab's query: one run at a time per tab. A newer run in a tab aborts its older one
// (AbortController), and an answer that arrives for a superseded run is dropped, so a stale response never overwrites a
// newer one (DESIGN §7). A run finishes into the tab that started it, even after the analyst switched to another.
import { queryWorkspace } from '../../api/logAnalytics/queryClient';
import type { ConsoleServices } from '../../app/services';
import { failure } from '../../domain/queryFailure';
import { decodeJwtPayload, type Claims } from '../../domain/tokenClaims';
import type { RunRequestInfo, RunState } from '../../state/runSlice';
import { contentOfTab } from '../../state/tabsSlice';
import { describeAuthFailure } from './authFailure';
import { prepareRun } from './prepareRun';
import type { IncomingLoad } from '../../workers/resultsClient';

interface ActiveRun {
  runId: number;
  controller: AbortController;
}

/** The run in flight per query tab id. */
const active = new Map<string, ActiveRun>();
let lastRunId = 0;

export function cancelActiveQuery(services: ConsoleServices): void {
  active.get(services.store.getState().activeTabId)?.controller.abort();
}

/** Stops a tab's run without reporting it: the tab is going away. */
export function abandonTabRun(tabId: string): void {
  active.get(tabId)?.controller.abort();
  active.delete(tabId);
}

export function runActiveQuery(services: ConsoleServices): void {
  void execute(services);
}

async function execute(services: ConsoleServices): Promise<void> {
  const { store } = services;
  const state = store.getState();
  const tabId = state.activeTabId;
  const workspace = state.workspace;
  const connection = services.connection();
  if (!workspace || !connection) return;

  const runnable = services.editor()?.runnableText() ?? { text: state.queryText, startLine: 1, startColumn: 0 };
  if (runnable.text.trim() === '') return;
  const prepared = prepareRun({ text: runnable.text, rowCap: state.settings.rowCap, timespan: state.timespan, nowMs: Date.now() });

  active.get(tabId)?.controller.abort();
  const run: ActiveRun = { runId: ++lastRunId, controller: new AbortController() };
  active.set(tabId, run);
  const isCurrent = () => active.get(tabId) === run;
  const report = (next: RunState) => store.getState().setTabRun(tabId, next);

  const request: RunRequestInfo = {
    runId: run.runId,
    workspaceId: workspace.id,
    queryText: runnable.text,
    sentText: prepared.sentText,
    rowCapApplied: prepared.rowCapApplied,
    rowCapNotice: prepared.rowCapNotice,
    timespan: prepared.timespan,
    window: prepared.window,
    startedAt: Date.now(),
    textStart: { line: runnable.startLine, column: runnable.startColumn },
  };
  const elapsed = () => Date.now() - request.startedAt;
  services.editor()?.markServerError(null);
  report({ status: 'running', request });

  let token: string;
  try {
    token = await connection.getToken('logAnalytics');
  } catch (error) {
    if (isCurrent()) report({ status: 'failed', request, failure: describeAuthFailure(error), durationMs: elapsed(), tokenClaims: null });
    return;
  }
  if (!isCurrent()) return;

  // The body goes to the results worker as it downloads; the load opens with the first byte of a successful answer.
  let incoming = null as IncomingLoad | null;
  const openLoad = () => (incoming ??= services.results.openLoad({ signal: run.controller.signal }));
  let response: Awaited<ReturnType<typeof queryWorkspace>>;
  try {
    response = await queryWorkspace({
      endpoint: connection.logAnalyticsEndpoint,
      workspaceId: workspace.id,
      query: prepared.sentText,
      timespan: prepared.timespan,
      token,
      isTokenUrlAllowed: (url) => connection.isTokenUrlAllowed(url),
      serverWaitSeconds: state.settings.serverWaitSeconds,
      signal: run.controller.signal,
      onBodyChunk: (chunk) => openLoad().write(chunk),
    });
  } catch {
    // Only our own abort throws: a newer run or Cancel.
    if (isCurrent()) {
      active.delete(tabId);
      report({ status: 'cancelled', request });
    }
    return;
  }
  if (!isCurrent() || response.kind !== 'results') incoming?.cancel();
  if (!isCurrent()) return;

  if (response.kind === 'empty-workspace') {
    finish(services, tabId, { status: 'empty-workspace', request, durationMs: elapsed() });
    return;
  }
  if (response.kind === 'failed') {
    const position = response.failure.position;
    // Markers belong to the editor's text, which is another tab's once the analyst has switched.
    if (position && store.getState().activeTabId === tabId) {
      // The server counts lines within the text sent, which starts where the runnable text starts in the editor.
      services.editor()?.markServerError({
        line: runnable.startLine + position.line - 1,
        column: (position.line === 1 ? runnable.startColumn : 0) + position.pos,
        length: Math.max(1, position.token.length),
        message: response.failure.innermostMessage ?? response.failure.message,
      });
    }
    finish(services, tabId, { status: 'failed', request, failure: response.failure, durationMs: elapsed(), tokenClaims: claimsOf(token) });
    return;
  }

  const { receivedBytes } = response;
  const loaded = await openLoad().end();
  if (!isCurrent()) {
    // Superseded, cancelled or its tab closed: nothing will show this result.
    if (loaded.ok) void services.results.disposeResult(loaded.value.resultId);
    return;
  }
  if (!loaded.ok) {
    finish(services, tabId, {
      status: 'failed',
      request,
      failure: failure('malformed-response', 'MalformedResponse', `The answer could not be read: ${loaded.error.message}`, { status: 200 }),
      durationMs: elapsed(),
      tokenClaims: null,
    });
    return;
  }
  const previous = contentOfTab(store.getState(), tabId)?.shownResult?.summary.resultId;
  finish(services, tabId, { status: 'succeeded', request, summary: loaded.value, durationMs: elapsed(), receivedBytes });
  if (previous && previous !== loaded.value.resultId) void services.results.disposeResult(previous);
}

/** The claims the troubleshooting panel checks; the token string itself goes no further than the request. */
function claimsOf(token: string): Claims | null {
  const decoded = decodeJwtPayload(token);
  return decoded.ok ? decoded.claims : null;
}

function finish(services: ConsoleServices, tabId: string, run: RunState): void {
  active.delete(tabId);
  services.store.getState().setTabRun(tabId, run);
}
