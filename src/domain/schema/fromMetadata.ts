// The body of GET /v1/workspaces/{id}/metadata (log-analytics-api.md §5.1) → the console's Schema. Every key of the
// body is optional, so this reads leniently: an entry without a name is skipped, a column without a known type
// becomes `dynamic`. Only a body that is not a JSON object at all is refused.
import { isObject } from '../results/isObject';
import { parseFunctionParameters } from './functionParameters';
import { toKustoType } from './kustoTypes';
import type { Schema, SchemaColumn, SchemaFunction, SchemaTable } from './model';

export type SchemaReadResult = { ok: true; schema: Schema } | { ok: false; message: string };

export function schemaFromMetadata(body: unknown): SchemaReadResult {
  if (!isObject(body)) return { ok: false, message: 'The metadata answer is not a JSON object.' };
  return {
    ok: true,
    schema: {
      tables: byName(uniqueByName(arrayOf(body.tables).map(readTable))),
      functions: byName(uniqueByName(arrayOf(body.functions).map(readFunction))),
    },
  };
}

function readTable(entry: unknown): SchemaTable | null {
  if (!isObject(entry) || !isName(entry.name)) return null;
  return { name: entry.name, description: textOrNull(entry.description), columns: readColumns(entry.columns) };
}

function readColumns(columns: unknown): SchemaColumn[] {
  return arrayOf(columns).flatMap((column) =>
    isObject(column) && isName(column.name) ? [{ name: column.name, type: toKustoType(typeof column.type === 'string' ? column.type : '') }] : [],
  );
}

function readFunction(entry: unknown): SchemaFunction | null {
  if (!isObject(entry) || !isName(entry.name)) return null;
  return {
    name: entry.name,
    parameters: typeof entry.parameters === 'string' ? parseFunctionParameters(entry.parameters) : [],
    body: typeof entry.body === 'string' ? entry.body : '',
    description: textOrNull(entry.description),
  };
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The first entry of each name wins: a cross-workspace answer can list a table once per workspace. */
function uniqueByName<T extends { name: string }>(entries: readonly (T | null)[]): T[] {
  const unique = new Map<string, T>();
  for (const entry of entries) if (entry !== null && !unique.has(entry.name)) unique.set(entry.name, entry);
  return [...unique.values()];
}

function byName<T extends { name: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => compareNames(a.name, b.name));
}

function compareNames(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
