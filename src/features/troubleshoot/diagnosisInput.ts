// What the troubleshooting engine needs to know about the latest run, gathered from the store, the connection and the
// runtime configuration. Token claims are the decoded claims the run kept; the token itself never reaches here (DESIGN §6).
import { CLOUDS, type CloudName } from '../../domain/clouds';
import type { DiagnosisInput, DiagnosisOutcome, SchemaNames } from '../../domain/diagnosis/types';
import type { SignedInIdentity } from '../../domain/identity';
import type { RuntimeConfig } from '../../domain/runtimeConfig';
import type { TimespanSelection } from '../../domain/timespan/selection';
import type { Schema } from '../../domain/schema/model';
import type { RunState } from '../../state/runSlice';
import type { SchemaState } from '../editor/schema/schemaSource';

/**
 * The runs the panel explains: a failure, a workspace that answered 204, or a run that succeeded with no rows
 * (isNoRowsRun) or only part of its rows (isPartialRun).
 */
export type DiagnosedRun = Extract<RunState, { status: 'failed' | 'empty-workspace' | 'succeeded' }>;

/**
 * A run that succeeded with tables but not one row in them. An incomplete answer (PartialError) is not one: its own
 * diagnosis says why rows are missing.
 */
export function isNoRowsRun(run: RunState): run is Extract<RunState, { status: 'succeeded' }> {
  if (run.status !== 'succeeded' || run.summary.partialError) return false;
  const { tables } = run.summary;
  return tables.length > 0 && tables.every((table) => table.rowCount === 0);
}

/** A run whose answer came with a PartialError (HTTP 200 with `error`): the rows shown are not all of them. */
export function isPartialRun(run: RunState): run is Extract<RunState, { status: 'succeeded' }> {
  return run.status === 'succeeded' && run.summary.partialError !== undefined;
}

export interface DiagnosisSources {
  run: DiagnosedRun;
  cloud: CloudName;
  identity: SignedInIdentity | null;
  timespan: TimespanSelection;
  serverWaitSeconds: number;
  config: Pick<RuntimeConfig, 'clientId' | 'tenantId'>;
  /** The connection's Log Analytics base URL; null when nobody is connected. */
  logAnalyticsEndpoint: string | null;
  origin: string;
  navigatorOnline: boolean | null;
  /** The workspace's table and column names, for "did you mean"; undefined until the schema has loaded. */
  schema?: SchemaNames | undefined;
}

/**
 * The names the "did you mean" suggestions draw on: the workspace's loaded schema, or the one a refresh is replacing. The same
 * object for the same schema, so a memoised diagnosis is not recomputed on every render.
 */
const namesBySchema = new WeakMap<Schema, SchemaNames>();
export function schemaNamesOf(state: SchemaState, workspaceId: string): SchemaNames | undefined {
  if (state.status === 'idle' || state.workspaceId !== workspaceId) return undefined;
  const schema = state.status === 'loaded' ? state.schema : state.previous;
  if (schema === null) return undefined;
  let names = namesBySchema.get(schema);
  if (!names) {
    names = { tables: schema.tables.map((table) => ({ name: table.name, columns: table.columns.map((column) => column.name) })) };
    namesBySchema.set(schema, names);
  }
  return names;
}

function outcomeOf(run: DiagnosedRun): DiagnosisOutcome {
  switch (run.status) {
    case 'failed':
      return { kind: 'failed', failure: run.failure };
    case 'empty-workspace':
      return { kind: 'emptyWorkspace' };
    case 'succeeded': {
      const { partialError, tables } = run.summary;
      if (!partialError) return { kind: 'noRows' };
      return { kind: 'partial', partialError, rowCount: tables.reduce((sum, table) => sum + table.rowCount, 0) };
    }
  }
}

export function diagnosisInputFor(sources: DiagnosisSources): DiagnosisInput {
  const { run } = sources;
  return {
    outcome: outcomeOf(run),
    claims: run.status === 'failed' ? run.tokenClaims : null,
    context: {
      cloud: sources.cloud,
      endpoint: sources.logAnalyticsEndpoint ?? CLOUDS[sources.cloud].logAnalytics.endpoint,
      workspaceId: run.request.workspaceId,
      // The request sent no timespan when the query sets its own time range.
      timespan: run.request.timespan === null ? { kind: 'setInQuery' } : sources.timespan,
      window: run.request.window,
      queryText: run.request.queryText,
      queryStart: run.request.textStart,
      connectionMode: sources.identity?.mode ?? null,
      clientId: sources.config.clientId,
      tenantId: sources.config.tenantId,
      origin: sources.origin,
      serverWaitSeconds: sources.serverWaitSeconds,
    },
    // When the answer arrived: token lifetimes are judged against the moment the request failed.
    ...(sources.schema ? { schema: sources.schema } : {}),
    now: run.request.startedAt + run.durationMs,
    navigatorOnline: sources.navigatorOnline,
  };
}
