// The schema pane's filter: a case-insensitive substring match on table and function names. A table also matches
// when one of its columns does, so "UserPrincipalName" finds every table that has it.
import type { Schema } from './model';

export function filterSchema(schema: Schema, filterText: string): Schema {
  const needle = filterText.trim().toLowerCase();
  if (needle === '') return schema;
  const matches = (name: string) => name.toLowerCase().includes(needle);
  return {
    tables: schema.tables.filter((table) => matches(table.name) || table.columns.some((column) => matches(column.name))),
    functions: schema.functions.filter((fn) => matches(fn.name)),
  };
}
