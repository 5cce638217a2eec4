// Runs one query against a workspace and answers as the service does: 200 with tables (and statistics, render or a
// PartialError), 204 for an empty workspace, 400 for query errors, 504 past Prefer: wait.
import type { DemoWorkspace } from '../../config.ts';
import { executeQuery } from '../../engine/index.ts';
import type { QueryOutcome, TimeWindow } from '../../engine/api.ts';
import { ticksFromDate } from '../../engine/values.ts';
import type { RequestContext } from '../context.ts';
import { headerValue } from '../http/request.ts';
import { findWorkspaceById } from '../workspaces.ts';
import { MAX_RESULT_BYTES, MAX_RESULT_ROWS, queryBodyChunks } from './body.ts';
import { gatewayTimeout, invalidArgument, notEmulated, queryError } from './errors.ts';
import { parsePrefer } from './prefer.ts';
import type { Preferences } from './prefer.ts';
import { renderObject } from './render.ts';
import type { QueryParameters } from './request.ts';
import { sendApiError, sendJsonChunks, sendNoContent } from './send.ts';
import { statisticsObject } from './statistics.ts';
import { intersectWindows, parseTimespan } from './timespan.ts';

function preferenceApplied(preferences: Preferences): Record<string, string> {
  return preferences.waitRequested ? { 'Preference-Applied': `wait=${preferences.waitSeconds}` } : {};
}

export async function answerQuery(ctx: RequestContext, workspace: DemoWorkspace, parameters: QueryParameters): Promise<void> {
  const preferences = parsePrefer(headerValue(ctx.req, 'prefer'));
  const applied = preferenceApplied(preferences);
  if (ctx.faults.has('gateway-timeout')) return sendApiError(ctx, gatewayTimeout(), applied);
  const others = parameters.workspaces.filter((id) => findWorkspaceById(id)?.customerId !== workspace.customerId);
  if (others.length > 0) return sendApiError(ctx, notEmulated('cross-workspace queries (the workspaces parameter)'), applied);

  const now = ticksFromDate(ctx.now);
  let window: TimeWindow | undefined;
  for (const text of parameters.timespans) {
    const parsed = parseTimespan(text, now);
    if (parsed.kind === 'invalid') return sendApiError(ctx, invalidArgument('InvalidTimespan', parsed.message, 'timespan'), applied);
    window = window === undefined ? parsed.window : intersectWindows(window, parsed.window);
  }
  // Documented: "If a workspace has no data in it" the service answers 204, whatever the query.
  if (workspace.kind === 'empty') return sendNoContent(ctx, 204, applied);

  const database = await ctx.services.workspaces.database(workspace);
  const partial = ctx.faults.get('partial-error');
  const maxRows = partial?.['rows'] ?? (partial !== undefined && partial['bytes'] === undefined ? 10 : MAX_RESULT_ROWS);
  const maxBytes = partial?.['bytes'] ?? MAX_RESULT_BYTES;

  const started = performance.now();
  const outcome = await runWithDeadline(ctx, preferences.waitSeconds * 1000, (signal) =>
    executeQuery({ text: parameters.query, database, now, window, maxRows, signal }),
  );
  const executionSeconds = (performance.now() - started) / 1000;
  if (outcome === 'timeout') return sendApiError(ctx, gatewayTimeout(), applied);
  if (outcome.kind === 'error') return sendApiError(ctx, queryError(outcome.error), applied);

  const body = queryBodyChunks(
    {
      tables: outcome.tables,
      statistics: preferences.includeStatistics ? statisticsObject({ executionSeconds, rowsScanned: outcome.rowsScanned, database, tables: outcome.tables }) : undefined,
      render: preferences.includeRender && outcome.render !== undefined ? renderObject(outcome.render) : undefined,
      rowLimit: outcome.truncated?.limit,
    },
    maxBytes,
  );
  await sendJsonChunks(ctx, 200, body, applied);
}

/**
 * Runs the engine under the server timeout. A query still running at the deadline is abandoned (and told so through
 * its signal); one that only returns after the deadline counts as timed out too, since the engine may not yield.
 * A client that hangs up cancels its query.
 */
async function runWithDeadline(ctx: RequestContext, deadlineMs: number, run: (signal: AbortSignal) => Promise<QueryOutcome>): Promise<QueryOutcome | 'timeout'> {
  const controller = new AbortController();
  const onClose = (): void => {
    if (!ctx.res.writableFinished) controller.abort();
  };
  ctx.res.on('close', onClose);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), deadlineMs);
  });
  const started = performance.now();
  try {
    const outcome = await Promise.race([run(controller.signal), deadline]);
    if (outcome === 'timeout' || performance.now() - started > deadlineMs) {
      controller.abort();
      return 'timeout';
    }
    return outcome;
  } finally {
    clearTimeout(timer);
    ctx.res.off('close', onClose);
  }
}
