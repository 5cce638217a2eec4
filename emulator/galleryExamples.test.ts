// Every query of the console's example gallery runs on the demo workspace, with the timespan the gallery opens it
// with, and returns rows: the gallery must never show an analyst an example that fails or comes back empty.
import { beforeAll, describe, expect, it } from 'vitest';
import { GALLERY } from '../src/features/library/examples';
import { toApiTimespan } from '../src/domain/timespan/selection';
import type { Database } from './engine/api.ts';
import { executeQuery } from './engine/index.ts';
import { ticksFromDate } from './engine/values.ts';
import { buildWorkspaceDatabase } from './data/index.ts';
import { parseTimespan } from './server/loganalytics/timespan.ts';

const NOW = ticksFromDate(new Date());
let database: Database;

beforeAll(() => {
  database = buildWorkspaceDatabase('demo', { now: NOW });
}, 60_000);

describe('the example gallery on the demo workspace', () => {
  it('covers the tables analysts use, at least two examples each, with unique ids', () => {
    const tables = new Set(GALLERY.map((example) => example.table));
    expect([...tables]).toEqual(['SecurityAlert', 'SigninLogs', 'AuditLogs', 'AzureActivity', 'AppTraces', 'AppRequests', 'Heartbeat', 'Perf', 'Syslog', 'AzureDiagnostics']);
    for (const table of tables) expect(GALLERY.filter((example) => example.table === table).length).toBeGreaterThanOrEqual(2);
    expect(new Set(GALLERY.map((example) => example.id)).size).toBe(GALLERY.length);
    for (const example of GALLERY) expect(example.queryText.startsWith(example.table)).toBe(true);
  });

  it.each(GALLERY.map((example) => [example.id, example] as const))('%s returns rows', async (_id, example) => {
    const timespan = toApiTimespan(example.timespan);
    const parsed = timespan === null ? null : parseTimespan(timespan, NOW);
    if (parsed?.kind === 'invalid') throw new Error(parsed.message);
    const outcome = await executeQuery({ text: example.queryText, database, now: NOW, window: parsed?.window, maxRows: 500_000 });
    if (outcome.kind !== 'ok') throw new Error(`${example.id} failed: ${JSON.stringify(outcome.error)}`);
    expect(outcome.tables[0]?.rowCount ?? 0).toBeGreaterThan(0);
  });
});
