// How big each demo workspace is, and how a workspace's database is assembled from the table generators.
import type { Database, Table } from '../engine/api.ts';
import { DEMO_WORKSPACES, type DemoWorkspace, type WorkspaceKind } from '../config.ts';
import type { GenerationContext } from './context.ts';
import { DEMO_FUNCTIONS } from './functions.ts';
import { SeededRandom } from './random.ts';
import type { TableDefinition } from './tableDefinition.ts';
import { generateAppExceptions, APP_EXCEPTIONS } from './tables/appExceptions.ts';
import { generateAppOperations } from './tables/appOperations.ts';
import { generateAppRequests, APP_REQUESTS } from './tables/appRequests.ts';
import { generateAppTraces, APP_TRACES } from './tables/appTraces.ts';
import { generateAuditLogs, AUDIT_LOGS } from './tables/auditLogs.ts';
import { generateAzureActivity, AZURE_ACTIVITY } from './tables/azureActivity.ts';
import { generateAzureDiagnostics, AZURE_DIAGNOSTICS } from './tables/azureDiagnostics.ts';
import { generateHeartbeat, HEARTBEAT } from './tables/heartbeat.ts';
import { generatePerf, PERF } from './tables/perf.ts';
import { generateSecurityAlert, SECURITY_ALERT } from './tables/securityAlert.ts';
import { generateSigninLogs, SIGNIN_LOGS } from './tables/signinLogs.ts';
import { generateSyslog, SYSLOG } from './tables/syslog.ts';
import { TICKS_PER_HOUR } from './time.ts';
import { buildWorld } from './world/index.ts';

export const TABLE_DEFINITIONS: readonly TableDefinition[] = [
  SECURITY_ALERT, SIGNIN_LOGS, AUDIT_LOGS, AZURE_ACTIVITY, APP_TRACES, APP_REQUESTS, APP_EXCEPTIONS, HEARTBEAT, PERF, SYSLOG, AZURE_DIAGNOSTICS,
];

export const DEFAULT_SEED = 20_241_122;

/** Row counts of a populated workspace. Tables driven by a schedule (Heartbeat, Perf) size themselves. */
export interface WorkspacePlan {
  users: number;
  /** Routine sign-ins; the password spray adds its own attempts. */
  signIns: number;
  /** Application operations: one AppRequests row each. */
  appOperations: number;
  appTraces: number;
  appExceptions: number;
  /** Every-minute heartbeats for this long before now; hourly before that. */
  heartbeatDenseWindow: number;
  /** Routine syslog messages; the SSH brute force adds its own. */
  syslogMessages: number;
  diagnostics: number;
  auditEvents: number;
  /** Control-plane operations: two AzureActivity rows (Start, then Success or Failure) each. */
  activityOperations: number;
  /** Sprinkle hostile values and extra nulls. */
  hostile: boolean;
  functions: boolean;
}

/** About 200,000 rows over 14 days, with every story and every hostile value. */
export const DEMO_PLAN: WorkspacePlan = {
  users: 2500,
  signIns: 33_000,
  appOperations: 22_000,
  appTraces: 52_000,
  appExceptions: 2_500,
  heartbeatDenseWindow: 6 * TICKS_PER_HOUR,
  syslogMessages: 14_000,
  diagnostics: 10_000,
  auditEvents: 5_000,
  activityOperations: 2_500,
  hostile: true,
  functions: true,
};

/** A million AppTraces rows for large-result work; everything else stays small. */
export const LARGE_PLAN: WorkspacePlan = {
  users: 2500,
  signIns: 2_000,
  appOperations: 20_000,
  appTraces: 1_000_000,
  appExceptions: 500,
  heartbeatDenseWindow: TICKS_PER_HOUR,
  syslogMessages: 1_000,
  diagnostics: 1_000,
  auditEvents: 500,
  activityOperations: 250,
  hostile: false,
  functions: false,
};

function workspaceOf(kind: WorkspaceKind): DemoWorkspace {
  const workspace = DEMO_WORKSPACES.find((candidate) => candidate.kind === kind);
  if (!workspace) throw new Error(`No demo workspace of kind ${kind}`);
  return workspace;
}

function emptyTable(definition: TableDefinition): Table {
  return { columns: definition.columns.map((column) => ({ ...column })), data: definition.columns.map(() => []), rowCount: 0 };
}

export interface BuildOptions {
  /** 100-ns ticks since the Unix epoch. */
  now: bigint;
  seed?: number;
}

/** Builds a populated workspace following `plan`. Exposed so tests can build scaled-down variants. */
export function buildPlannedDatabase(kind: WorkspaceKind, plan: WorkspacePlan, options: BuildOptions): Database {
  const workspace = workspaceOf(kind);
  const seed = options.seed ?? DEFAULT_SEED;
  const world = buildWorld(SeededRandom.forPurpose(seed, 'world'), plan.users);
  const contextFor = (definition: TableDefinition): GenerationContext => ({
    now: options.now,
    rng: SeededRandom.forPurpose(seed, definition.name),
    workspace,
    world,
    hostile: plan.hostile,
  });
  const operations = generateAppOperations(SeededRandom.forPurpose(seed, 'app operations'), plan.appOperations, options.now);
  const tables: readonly [TableDefinition, () => Table][] = [
    [SECURITY_ALERT, () => generateSecurityAlert(contextFor(SECURITY_ALERT))],
    [SIGNIN_LOGS, () => generateSigninLogs(contextFor(SIGNIN_LOGS), plan.signIns)],
    [AUDIT_LOGS, () => generateAuditLogs(contextFor(AUDIT_LOGS), plan.auditEvents)],
    [AZURE_ACTIVITY, () => generateAzureActivity(contextFor(AZURE_ACTIVITY), plan.activityOperations)],
    [APP_TRACES, () => generateAppTraces(contextFor(APP_TRACES), operations, plan.appTraces)],
    [APP_REQUESTS, () => generateAppRequests(contextFor(APP_REQUESTS), operations)],
    [APP_EXCEPTIONS, () => generateAppExceptions(contextFor(APP_EXCEPTIONS), operations, plan.appExceptions)],
    [HEARTBEAT, () => generateHeartbeat(contextFor(HEARTBEAT), { denseWindow: plan.heartbeatDenseWindow })],
    [PERF, () => generatePerf(contextFor(PERF))],
    [SYSLOG, () => generateSyslog(contextFor(SYSLOG), plan.syslogMessages)],
    [AZURE_DIAGNOSTICS, () => generateAzureDiagnostics(contextFor(AZURE_DIAGNOSTICS), plan.diagnostics)],
  ];
  return {
    name: workspace.name,
    tables: new Map(tables.map(([definition, generate]) => [definition.name, generate()])),
    functions: plan.functions ? DEMO_FUNCTIONS.map((fn) => ({ ...fn })) : [],
  };
}

/** The database of a demo workspace. Same `now` and seed, same database, cell for cell. */
export function buildWorkspaceDatabase(kind: WorkspaceKind, options: BuildOptions): Database {
  if (kind === 'empty') {
    return { name: workspaceOf(kind).name, tables: new Map(TABLE_DEFINITIONS.map((definition) => [definition.name, emptyTable(definition)])), functions: [] };
  }
  return buildPlannedDatabase(kind, kind === 'large' ? LARGE_PLAN : DEMO_PLAN, options);
}
