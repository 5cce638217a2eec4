// A workspace's schema as the console uses it: tables with typed columns and stored functions. Built from the Log
// Analytics metadata API (fromMetadata.ts) and handed to the editor's IntelliSense (engineSchema.ts) and schema pane.
import type { KustoType } from '../results/model';

export interface SchemaColumn {
  name: string;
  type: KustoType;
}

export interface SchemaTable {
  name: string;
  description: string | null;
  columns: SchemaColumn[];
}

/** A scalar parameter has a type; a tabular one has columns instead (an empty list means any columns, `T:(*)`). */
export type FunctionParameter =
  | { kind: 'scalar'; name: string; type: KustoType; defaultValue: string | null }
  | { kind: 'tabular'; name: string; columns: SchemaColumn[] };

export interface SchemaFunction {
  name: string;
  parameters: FunctionParameter[];
  body: string;
  description: string | null;
}

export interface Schema {
  /** Sorted by name, case-insensitively, as the schema pane lists them. */
  tables: SchemaTable[];
  functions: SchemaFunction[];
}

export const EMPTY_SCHEMA: Schema = { tables: [], functions: [] };
