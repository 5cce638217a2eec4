// What the troubleshooting engine needs to know about the latest run, gathered from the store, the connection and the
// runtime configuration. Token claims are the decoded claims the run kept; the token itself never reaches here (DESIGN §6).
import { CLOUDS, type CloudName } from '../../domain/clouds';
import type { DiagnosisInput, DiagnosisOutcome } from '../../domain/diagnosis/types';
import type { SignedInIdentity } from '../../domain/identity';
import type { RuntimeConfig } from '../../domain/runtimeConfig';
import type { TimespanSelection } from '../../domain/timespan/selection';
import type { RunState } from '../../state/runSlice';

/** The runs the panel explains: a failure, or a workspace that answered 204. */
export type DiagnosedRun = Extract<RunState, { status: 'failed' | 'empty-workspace' }>;

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
}

function outcomeOf(run: DiagnosedRun): DiagnosisOutcome {
  return run.status === 'failed' ? { kind: 'failed', failure: run.failure } : { kind: 'emptyWorkspace' };
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
      connectionMode: sources.identity?.mode ?? null,
      clientId: sources.config.clientId,
      tenantId: sources.config.tenantId,
      origin: sources.origin,
      serverWaitSeconds: sources.serverWaitSeconds,
    },
    // When the answer arrived: token lifetimes are judged against the moment the request failed.
    now: run.request.startedAt + run.durationMs,
    navigatorOnline: sources.navigatorOnline,
  };
}
