// Helpers for the engine's tests: a small database, and shortcuts that run a query and return its rows.
import type { Cell, ColumnSchema, Database, KustoType, QueryError, QueryOutcome, QueryRequest, ResultTable, StoredFunction, Table } from '../api.ts';
import { executeQuery } from '../index.ts';
import { ticksFromIso } from '../values.ts';

/** The fixed "now" of every test query. */
export const NOW = datetime('2024-05-14T12:00:00Z');

export function datetime(text: string): bigint {
  const ticks = ticksFromIso(text);
  if (ticks === null) throw new Error(`Bad test datetime ${text}`);
  return ticks;
}

/** A table from a schema and rows written row by row. */
export function tableOf(schema: Record<string, KustoType>, rows: readonly Cell[][]): Table {
  const columns: ColumnSchema[] = Object.entries(schema).map(([name, type]) => ({ name, type }));
  return { columns, data: columns.map((_, index) => rows.map((row) => row[index] ?? null)), rowCount: rows.length };
}

/** AppTraces-like rows around NOW, used where a query needs a stored table. */
export const TRACES = tableOf(
  { TimeGenerated: 'datetime', Message: 'string', SeverityLevel: 'int', AppRoleName: 'string', Properties: 'dynamic' },
  [
    [datetime('2024-05-14T11:50:00Z'), 'User login failed for alice', 3, 'web', { user: 'alice', attempt: 2 }],
    [datetime('2024-05-14T11:20:00Z'), 'Cache refreshed', 1, 'worker', { items: 120 }],
    [datetime('2024-05-14T09:05:00Z'), 'Timeout calling payments', 3, 'web', { target: 'payments', ms: 30000 }],
    [datetime('2024-05-13T12:00:00Z'), 'Nightly job done', 0, 'worker', null],
    [null, 'Clock missing', 2, 'web', {}],
  ],
);

export function databaseOf(tables: Record<string, Table>, functions: StoredFunction[] = []): Database {
  return { name: 'TestDb', tables: new Map(Object.entries(tables)), functions };
}

export const TEST_DATABASE = databaseOf({ AppTraces: TRACES });

export type RunOptions = Partial<Omit<QueryRequest, 'text'>>;

export function run(text: string, options: RunOptions = {}): Promise<QueryOutcome> {
  return executeQuery({ text, database: TEST_DATABASE, now: NOW, maxRows: 500_000, ...options });
}

/** The result tables of a query that must succeed. */
export async function tables(text: string, options?: RunOptions): Promise<ResultTable[]> {
  const outcome = await run(text, options);
  if (outcome.kind !== 'ok') throw new Error(`Query failed: ${JSON.stringify(outcome.error)}`);
  return outcome.tables;
}

/** Rows of a table as arrays, in order. */
export function rowsOf(table: Table): Cell[][] {
  return Array.from({ length: table.rowCount }, (_, row) => table.data.map((column) => column[row] ?? null));
}

/** The primary result's rows. */
export async function rows(text: string, options?: RunOptions): Promise<Cell[][]> {
  return rowsOf((await tables(text, options))[0]!);
}

/** The primary result's columns as `name:type`. */
export async function schema(text: string, options?: RunOptions): Promise<string[]> {
  return (await tables(text, options))[0]!.columns.map((column) => `${column.name}:${column.type}`);
}

/** The single value of a one-row, one-column result (typically `print`). */
export async function value(text: string, options?: RunOptions): Promise<Cell> {
  const [row] = await rows(text, options);
  return row?.[0] ?? null;
}

/** The error of a query that must fail. */
export async function failure(text: string, options?: RunOptions): Promise<QueryError> {
  const outcome = await run(text, options);
  if (outcome.kind !== 'error') throw new Error(`Query unexpectedly succeeded: ${text}`);
  return outcome.error;
}
