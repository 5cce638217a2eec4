import { describe, expect, it } from 'vitest';
import type { Cell, Database } from '../engine/api.ts';
import { DEMO_WORKSPACES } from '../config.ts';
import { columnTypeErrors } from './cellTypes.ts';
import { GIANT_CELL_LENGTH, HOSTILE_TEXTS } from './hostile.ts';
import { buildWorkspaceDatabase, DEFAULT_SEED, TABLE_DEFINITIONS } from './index.ts';
import { TICKS_PER_HOUR } from './time.ts';
import { buildPlannedDatabase, DEMO_PLAN, LARGE_PLAN, type WorkspacePlan } from './workspaces.ts';

const NOW = 17_638_128_000_000_000n;

/** A small demo-shaped workspace: every generator and story, a fraction of the rows. */
const SMALL_PLAN: WorkspacePlan = {
  ...DEMO_PLAN,
  users: 300,
  signIns: 2_000,
  appOperations: 1_000,
  appTraces: 3_000,
  appExceptions: 100,
  heartbeatDenseWindow: TICKS_PER_HOUR,
  syslogMessages: 500,
  diagnostics: 500,
  auditEvents: 300,
  activityOperations: 100,
};

function cells(database: Database, tableName: string, columnName: string): Cell[] {
  const table = database.tables.get(tableName);
  const index = table?.columns.findIndex((column) => column.name === columnName) ?? -1;
  return table?.data[index] ?? [];
}

describe('the empty workspace', () => {
  it('has every table schema, no rows and no functions', () => {
    const database = buildWorkspaceDatabase('empty', { now: NOW });
    expect(database.name).toBe('contoso-empty');
    expect(database.functions).toEqual([]);
    expect([...database.tables.keys()]).toEqual(TABLE_DEFINITIONS.map((definition) => definition.name));
    for (const definition of TABLE_DEFINITIONS) {
      const table = database.tables.get(definition.name);
      expect(table?.columns).toEqual(definition.columns);
      expect(table?.rowCount).toBe(0);
      expect(table?.data).toEqual(definition.columns.map(() => []));
    }
  });
});

describe('the large workspace', () => {
  it('plans at least a million AppTraces rows', () => {
    expect(LARGE_PLAN.appTraces).toBeGreaterThanOrEqual(1_000_000);
    expect(LARGE_PLAN.hostile).toBe(false);
  });

  it('builds AppTraces to the planned size with clean, well-typed values (scaled down here)', () => {
    const database = buildPlannedDatabase('large', { ...LARGE_PLAN, appTraces: 40_000 }, { now: NOW });
    const large = DEMO_WORKSPACES.find((workspace) => workspace.kind === 'large');
    expect(database.name).toBe('contoso-apps-large');
    expect(database.functions).toEqual([]);
    const traces = database.tables.get('AppTraces');
    expect(traces?.rowCount).toBe(40_000);
    traces?.columns.forEach((column, c) => expect(columnTypeErrors(traces.data[c] ?? [], column.type), column.name).toEqual([]));
    expect(new Set(cells(database, 'AppTraces', 'TenantId'))).toEqual(new Set([large?.customerId]));
    const messages = cells(database, 'AppTraces', 'Message');
    expect(messages.some((message) => typeof message === 'string' && message.length >= GIANT_CELL_LENGTH)).toBe(false);
    expect(messages.some((message) => HOSTILE_TEXTS.includes(message as string) && message !== '')).toBe(false);
    expect(messages.every((message) => typeof message === 'string' && message.length > 0)).toBe(true);
  });
});

describe('seeds and now', () => {
  it('uses the default seed when none is given, and a different seed gives different data', () => {
    const implicit = buildPlannedDatabase('demo', SMALL_PLAN, { now: NOW });
    const explicit = buildPlannedDatabase('demo', SMALL_PLAN, { now: NOW, seed: DEFAULT_SEED });
    const other = buildPlannedDatabase('demo', SMALL_PLAN, { now: NOW, seed: DEFAULT_SEED + 1 });
    expect(cells(implicit, 'SigninLogs', 'CorrelationId')).toEqual(cells(explicit, 'SigninLogs', 'CorrelationId'));
    expect(cells(implicit, 'AppTraces', 'Message')).toEqual(cells(explicit, 'AppTraces', 'Message'));
    const differing = cells(implicit, 'SigninLogs', 'CorrelationId').filter((id, row) => id !== cells(other, 'SigninLogs', 'CorrelationId')[row]);
    expect(differing.length).toBeGreaterThan(1000);
    expect(cells(implicit, 'AppRequests', 'OperationId')).not.toEqual(cells(other, 'AppRequests', 'OperationId'));
  });

  it('moves every timestamp with now and changes nothing else', () => {
    // A whole week, so the day/night and weekday rhythm stays in phase: only the timestamps may differ.
    const shift = 7n * 24n * 36_000_000_000n;
    const base = buildPlannedDatabase('demo', SMALL_PLAN, { now: NOW });
    const later = buildPlannedDatabase('demo', SMALL_PLAN, { now: NOW + shift });
    for (const [name, table] of base.tables) {
      const other = later.tables.get(name);
      table.columns.forEach((column, c) => {
        const before = table.data[c] ?? [];
        const after = other?.data[c] ?? [];
        if (column.type === 'datetime') {
          const moved = before.map((cell) => (typeof cell === 'bigint' ? cell + shift : cell));
          expect(after, `${name}.${column.name}`).toEqual(moved);
        } else {
          expect(after, `${name}.${column.name}`).toEqual(before);
        }
      });
    }
  });
});
