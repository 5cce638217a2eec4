// The service is busy or the query is too slow: 429 throttling (with Retry-After), 504 GatewayTimeout when a query
// outlives Prefer: wait, and the console's own deadline when no complete answer arrives in time.
import { docs } from '../docs';
import { failureMessage, type Facts } from '../facts';
import { queryShape, queryShapeEvidence } from '../requestEvidence';
import type { DiagnosisContent, DiagnosisRule } from '../rule';
import { count } from '../text';
import type { DiagnosisAction, Evidence } from '../types';

/** The service's longest Prefer: wait. */
const MAX_SERVER_WAIT_SECONDS = 600;
/** The service's default when no Prefer: wait is sent. */
const DEFAULT_SERVER_WAIT_SECONDS = 180;

function throttled(facts: Facts): DiagnosisContent {
  const retryAfter = facts.failure?.retryAfterSeconds;
  const wait = retryAfter === undefined ? null : Math.max(0, Math.ceil(retryAfter));
  return {
    title: 'Too many requests',
    severity: 'warning',
    summary: wait === null ? 'The service is throttling your queries (429) and did not say how long to wait.' : `The service is throttling your queries (429): wait ${count(wait, 'second')} before running again.`,
    evidence: [
      wait === null
        ? { label: 'Retry-After', value: 'not sent', status: 'unknown' }
        : { label: 'Retry-After', value: count(wait, 'second'), status: 'problem' },
    ],
    likelyCause:
      'Log Analytics limits each user to 5 queries running at once (more wait in a queue for up to 3 minutes, then get 429) and to 200 requests per 30 seconds. Other tabs, dashboards, workbooks and scripts signed in as you count toward the same limits.',
    fixSteps: [
      wait === null ? 'Wait a minute before running again.' : `Wait ${count(wait, 'second')} (Run again, below, waits for you).`,
      'Run fewer queries at once: close other tabs, dashboards or scripts that query as you.',
      'If it keeps happening, combine several small queries into one.',
    ],
    // The panel counts the wait down on the button and enables it when the wait is over.
    actions: [wait === null ? { id: 'retry', label: 'Run again' } : { id: 'retry', label: 'Run again', afterSeconds: wait }],
    docs: docs('serviceLimits', 'apiErrors'),
  };
}

function waitEvidence(facts: Facts): Evidence {
  const wait = facts.context.serverWaitSeconds ?? null;
  if (wait === null) return { label: 'Server time limit', value: `not known here (the service's default is ${DEFAULT_SERVER_WAIT_SECONDS} s)`, status: 'unknown' };
  return wait < MAX_SERVER_WAIT_SECONDS
    ? { label: 'Server time limit', value: `${wait} s; the service allows up to ${MAX_SERVER_WAIT_SECONDS} s`, status: 'problem' }
    : { label: 'Server time limit', value: `${wait} s, the most the service allows`, status: 'ok' };
}

function shapeSteps(query: string): string[] {
  const shape = queryShape(query);
  return [
    ...(shape.timeFilterFirst ? [] : ['Filter on TimeGenerated right after the table (T | where TimeGenerated > ago(1h) | ...), so the engine skips old data first.']),
    ...(shape.unionStar ? ['Replace union * with the tables you need (union SigninLogs, AuditLogs).'] : []),
    ...(shape.searchAllTables ? ['Give search its tables (search in (SigninLogs) "text"), or use where on one table.'] : []),
    'Narrow the time range, and summarize before joining.',
  ];
}

function slowQueryActions(facts: Facts): DiagnosisAction[] {
  const wait = facts.context.serverWaitSeconds ?? null;
  return [
    { id: 'editQuery', label: 'Edit the query' },
    ...(wait !== null && wait < MAX_SERVER_WAIT_SECONDS ? [{ id: 'openSettings' as const, label: 'Raise the server time limit', setting: 'serverWaitSeconds' as const }] : []),
    { id: 'retry', label: 'Run again' },
  ];
}

function gatewayTimeout(facts: Facts): DiagnosisContent {
  const wait = facts.context.serverWaitSeconds ?? null;
  const raise = wait !== null && wait < MAX_SERVER_WAIT_SECONDS;
  return {
    title: 'The query ran out of time',
    severity: 'error',
    summary: `The service stopped the query when it passed its time limit${wait === null ? '' : ` of ${wait} s`} (504 GatewayTimeout).`,
    evidence: [waitEvidence(facts), ...queryShapeEvidence(facts.context.queryText)],
    likelyCause: 'The query reads or computes more than fits in the time limit: a long time range, a table scanned before it is filtered, every table of the workspace (union *, search *), or a large join.',
    fixSteps: [...shapeSteps(facts.context.queryText), ...(raise ? [`Raise the server time limit in Settings (up to ${MAX_SERVER_WAIT_SECONDS} s).`] : []), 'Run the query again.'],
    actions: slowQueryActions(facts),
    docs: docs('timeouts', 'queryOptimization', 'kqlBestPractices'),
  };
}

function clientTimeout(facts: Facts): DiagnosisContent {
  return {
    title: 'No answer in time',
    severity: 'error',
    summary: `No complete answer arrived before the console's deadline (the server time limit plus a margin for the answer to travel). ${failureMessage(facts)}`.trim(),
    evidence: [waitEvidence(facts), ...queryShapeEvidence(facts.context.queryText)],
    likelyCause: 'The network is slow or stalled (a proxy holding the connection, a large answer on a slow link), or the service took longer than its own limit to answer.',
    fixSteps: ['Run the query again.', ...shapeSteps(facts.context.queryText), 'If small queries also time out, check the network (Check connection).'],
    actions: [...slowQueryActions(facts), { id: 'checkConnection', label: 'Check connection' }],
    docs: docs('timeouts', 'queryOptimization'),
  };
}

export const LOAD_RULES: readonly DiagnosisRule[] = [
  { id: 'throttled', key: { on: 'code', codes: ['ThrottledError', 'TooManyRequests'] }, diagnose: throttled },
  { id: 'gateway-timeout', key: { on: 'code', codes: ['GatewayTimeout'] }, diagnose: gatewayTimeout },
  { id: 'client-timeout', key: { on: 'kind', kinds: ['timeout'] }, diagnose: clientTimeout },
  { id: 'throttled', key: { on: 'status', statuses: [429] }, diagnose: throttled },
  { id: 'gateway-timeout', key: { on: 'status', statuses: [504] }, diagnose: gatewayTimeout },
];
