// Runs "Check connection" live: each step observes one link of the chain (configuration, endpoint, token, claims,
// then one tiny real query through the same API client as every run) and the pure step logic judges it. The token is
// decoded to claims at once and goes no further than that query's Authorization header (DESIGN §6).
import { bodyText, queryUrl, queryWorkspace, type QueryResponse } from '../../../api/logAnalytics/queryClient';
import type { Connection } from '../../../auth/connection';
import { CLOUDS, type CloudName } from '../../../domain/clouds';
import { chainResults } from '../../../domain/connectionCheck/chain';
import { checkConfiguration } from '../../../domain/connectionCheck/configuration';
import { checkEndpoint } from '../../../domain/connectionCheck/endpoint';
import { CHECK_QUERY, CHECK_SERVER_WAIT_SECONDS, CHECK_TIMESPAN, checkApiReachable, checkWorkspaceReadable, type QueryObservation } from '../../../domain/connectionCheck/query';
import { checkTokenAcquired, checkTokenClaims } from '../../../domain/connectionCheck/token';
import type { StepResult, StepVerdict } from '../../../domain/connectionCheck/types';
import type { DiagnosisContext, DiagnosisInput } from '../../../domain/diagnosis/types';
import type { RuntimeConfig } from '../../../domain/runtimeConfig';
import { decodeJwtPayload, type Claims } from '../../../domain/tokenClaims';
import { describeAuthFailure } from '../../run/authFailure';

export interface CheckSources {
  config: Pick<RuntimeConfig, 'clientId' | 'tenantId'>;
  connection: Connection | null;
  cloud: CloudName;
  workspaceId: string | null;
  origin: string;
  navigatorOnline: boolean | null;
  now(): number;
  /** Aborting stops the check; nothing is reported after that. */
  signal: AbortSignal;
  fetchFn?: typeof fetch;
}

export interface CheckProgress {
  cloud: CloudName;
  /** Epoch milliseconds: token lifetimes are shown relative to it. */
  startedAt: number;
  results: StepResult[];
  /** The claims of the token the check obtained, decoded; null before one arrives or when it cannot be read. */
  claims: Claims | null;
  /** What the diagnosis engine explains for the failed step; null while none has failed. */
  diagnosisInput: DiagnosisInput | null;
}

function contextOf(sources: CheckSources): DiagnosisContext {
  const { connection } = sources;
  return {
    cloud: sources.cloud,
    service: 'logAnalytics',
    endpoint: connection?.logAnalyticsEndpoint ?? CLOUDS[sources.cloud].logAnalytics.endpoint,
    workspaceId: sources.workspaceId,
    timespan: null,
    window: null,
    queryText: CHECK_QUERY,
    connectionMode: connection?.identity.mode ?? null,
    clientId: sources.config.clientId,
    tenantId: sources.config.tenantId,
    origin: sources.origin,
    serverWaitSeconds: CHECK_SERVER_WAIT_SECONDS,
  };
}

function observationOf(response: QueryResponse, text: string, durationMs: number): QueryObservation {
  switch (response.kind) {
    case 'results':
      return { kind: 'results', bodyText: text, durationMs };
    case 'empty-workspace':
      return { kind: 'empty-workspace', durationMs };
    case 'failed':
      return { kind: 'failed', failure: response.failure };
  }
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).host : url;
}

/** Reports progress after every step; resolves when the chain has concluded or the check was aborted. */
export async function runConnectionCheck(sources: CheckSources, onProgress: (progress: CheckProgress) => void): Promise<void> {
  const { connection, workspaceId, cloud, signal, now } = sources;
  const startedAt = now();
  const context = contextOf(sources);
  const verdicts: StepVerdict[] = [];
  let claims: Claims | null = null;

  /** Records a verdict and reports it; true when the chain goes on. */
  const record = (verdict: StepVerdict): boolean => {
    if (signal.aborted) return false;
    verdicts.push(verdict);
    const results = chainResults(verdicts);
    const failure = verdict.status === 'failed' ? verdict.failure : null;
    const diagnosisInput = failure && { outcome: failure.outcome, claims, context, now: now(), navigatorOnline: sources.navigatorOnline };
    onProgress({ cloud, startedAt, results, claims, diagnosisInput });
    return failure === null;
  };

  const configuration = checkConfiguration({
    connectionMode: connection?.identity.mode ?? null,
    clientId: sources.config.clientId,
    tenantId: sources.config.tenantId,
    workspaceId,
  });
  if (!record(configuration) || connection === null || workspaceId === null) return;

  const endpoint = connection.logAnalyticsEndpoint;
  const tokenUrlAllowed = connection.isTokenUrlAllowed(queryUrl(endpoint, workspaceId));
  if (!record(checkEndpoint({ cloud, endpoint, isEmulator: connection.identity.mode === 'demo', tokenUrlAllowed }))) return;

  let token: string;
  try {
    token = await connection.getToken('logAnalytics');
  } catch (error) {
    record(checkTokenAcquired({ acquired: false, failure: describeAuthFailure(error) }));
    return;
  }
  const decoded = decodeJwtPayload(token);
  claims = decoded.ok ? decoded.claims : null;
  if (!record(checkTokenAcquired({ acquired: true })) || !record(checkTokenClaims(decoded, cloud, now()))) return;

  const sentAt = now();
  const body = bodyText();
  let response: QueryResponse;
  try {
    response = await queryWorkspace({
      endpoint,
      workspaceId,
      query: CHECK_QUERY,
      timespan: CHECK_TIMESPAN,
      token,
      isTokenUrlAllowed: (url) => connection.isTokenUrlAllowed(url),
      serverWaitSeconds: CHECK_SERVER_WAIT_SECONDS,
      signal,
      onBodyChunk: body.onBodyChunk,
      ...(sources.fetchFn ? { fetchFn: sources.fetchFn } : {}),
    });
  } catch {
    // Only the check's own abort throws.
    return;
  }
  const observed = observationOf(response, body.text(), now() - sentAt);
  if (!record(checkApiReachable(observed, hostOf(endpoint)))) return;
  record(checkWorkspaceReadable(observed, workspaceId));
}
