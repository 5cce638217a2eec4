// Schema → the normalized "EngineSchema" that @kusto/monaco-kusto's worker takes in setSchema (stack-notes §1).
// A Log Analytics workspace is presented as one database of a placeholder cluster. The shapes below mirror the
// library's exported types so the domain stays free of Monaco; the editor passes the result straight through.
import type { FunctionParameter, Schema } from './model';

export const LOG_ANALYTICS_CLUSTER = 'https://loganalytics.local';
export const LOG_ANALYTICS_DATABASE = 'LogAnalytics';

export interface EngineColumn {
  name: string;
  type: string;
}

export interface EngineInputParameter {
  name: string;
  /** The worker reads `type` (a CSL or .NET name) to build the symbol; `cslType` is what signatures display. */
  type?: string;
  cslType?: string;
  cslDefaultValue?: string;
  /** Present on tabular parameters only; empty means any table. */
  columns?: EngineColumn[];
}

export interface EngineDatabase {
  name: string;
  tables: { name: string; entityType: 'Table'; columns: EngineColumn[]; docstring?: string }[];
  functions: { name: string; body: string; inputParameters: EngineInputParameter[]; docstring?: string }[];
  entityGroups: [];
  majorVersion: number;
  minorVersion: number;
}

export interface EngineSchema {
  clusterType: 'Engine';
  cluster: { connectionString: string; databases: EngineDatabase[] };
  database: EngineDatabase;
}

/**
 * `majorVersion` must grow with every call for the same page: the worker caches databases by name and silently
 * ignores a schema whose version is not higher than the one it holds.
 */
export function toEngineSchema(schema: Schema, majorVersion: number): EngineSchema {
  const database: EngineDatabase = {
    name: LOG_ANALYTICS_DATABASE,
    tables: schema.tables.map((table) => ({
      name: table.name,
      entityType: 'Table',
      columns: table.columns.map((column) => ({ name: column.name, type: column.type })),
      ...(table.description !== null && { docstring: table.description }),
    })),
    functions: schema.functions.map((fn) => ({
      name: fn.name,
      body: fn.body,
      inputParameters: fn.parameters.map(toInputParameter),
      ...(fn.description !== null && { docstring: fn.description }),
    })),
    entityGroups: [],
    majorVersion,
    minorVersion: 0,
  };
  return { clusterType: 'Engine', cluster: { connectionString: LOG_ANALYTICS_CLUSTER, databases: [database] }, database };
}

function toInputParameter(parameter: FunctionParameter): EngineInputParameter {
  if (parameter.kind === 'tabular') {
    return { name: parameter.name, columns: parameter.columns.map((column) => ({ name: column.name, type: column.type })) };
  }
  return {
    name: parameter.name,
    type: parameter.type,
    cslType: parameter.type,
    ...(parameter.defaultValue !== null && { cslDefaultValue: parameter.defaultValue }),
  };
}
