// The demo workspaces' data, built once per emulator: the demo and empty workspaces at startup, the 1M-row one on
// first use (or when asked to prepare it in the background).
import { DEMO_WORKSPACES } from '../config.ts';
import type { DemoWorkspace, WorkspaceKind } from '../config.ts';
import { buildWorkspaceDatabase } from '../data/index.ts';
import type { Database } from '../engine/api.ts';
import { ticksFromDate } from '../engine/values.ts';
import type { Clock } from './clock.ts';

export type BuildStatus = 'pending' | 'building' | 'ready';

export class WorkspaceStore {
  private readonly builds = new Map<WorkspaceKind, Promise<Database>>();
  private readonly ready = new Set<WorkspaceKind>();

  constructor(
    private readonly clock: Clock,
    private readonly log: (line: string) => void,
  ) {}

  /** The database behind a workspace; a request for one still being built waits for it. */
  database(workspace: DemoWorkspace): Promise<Database> {
    return this.prepare(workspace.kind);
  }

  prepare(kind: WorkspaceKind): Promise<Database> {
    let build = this.builds.get(kind);
    if (build === undefined) {
      // Deferred by a macrotask so that a caller can answer or log before the (synchronous) build starts.
      build = new Promise<Database>((resolve) => setImmediate(() => resolve(this.build(kind))));
      this.builds.set(kind, build);
    }
    return build;
  }

  status(kind: WorkspaceKind): BuildStatus {
    if (this.ready.has(kind)) return 'ready';
    return this.builds.has(kind) ? 'building' : 'pending';
  }

  private build(kind: WorkspaceKind): Database {
    const started = Date.now();
    const database = buildWorkspaceDatabase(kind, { now: ticksFromDate(this.clock.now()) });
    this.ready.add(kind);
    let rows = 0;
    for (const table of database.tables.values()) rows += table.rowCount;
    this.log(`workspace '${kind}' ready: ${rows} rows in ${database.tables.size} tables (${Date.now() - started} ms)`);
    return database;
  }
}

/** A workspace by its query-API id (ARM customerId), compared case-insensitively. */
export function findWorkspaceById(customerId: string): DemoWorkspace | undefined {
  const lower = customerId.toLowerCase();
  return DEMO_WORKSPACES.find((workspace) => workspace.customerId === lower);
}

/** A workspace by its ARM coordinates, compared case-insensitively as ARM does. */
export function findWorkspaceByResource(subscriptionId: string, resourceGroup: string, name: string): DemoWorkspace | undefined {
  return DEMO_WORKSPACES.find(
    (workspace) =>
      workspace.subscriptionId === subscriptionId.toLowerCase() &&
      workspace.resourceGroup.toLowerCase() === resourceGroup.toLowerCase() &&
      workspace.name.toLowerCase() === name.toLowerCase(),
  );
}
