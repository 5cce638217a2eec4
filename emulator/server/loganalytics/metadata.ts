// GET|POST /v1/workspaces/{id}/metadata: the workspace schema in the service's shape (§5.1 of the reference).
import { workspaceResourceId } from '../../config.ts';
import type { DemoWorkspace } from '../../config.ts';
import { TABLE_DEFINITIONS } from '../../data/index.ts';
import type { Database } from '../../engine/api.ts';

/** "(threshold:int, name:string)" as stored by the engine → "threshold:int, name:string" as the metadata API writes it. */
function metadataParameters(parameters: string): string {
  return parameters.trim().replace(/^\(/, '').replace(/\)$/, '').trim();
}

export function workspaceMetadata(workspace: DemoWorkspace, database: Database): Record<string, unknown> {
  const descriptions = new Map(TABLE_DEFINITIONS.map((definition) => [definition.name, definition.description]));
  const tableNames = [...database.tables.keys()].sort((a, b) => a.localeCompare(b));
  const tables = tableNames.map((name) => {
    const table = database.tables.get(name)!;
    const entry: Record<string, unknown> = { id: name, name };
    const description = descriptions.get(name);
    if (description !== undefined) entry['description'] = description;
    if (table.columns.some((column) => column.name === 'TimeGenerated' && column.type === 'datetime')) entry['timespanColumn'] = 'TimeGenerated';
    entry['columns'] = table.columns.map((column) => ({ name: column.name, type: column.type }));
    entry['related'] = { workspaces: [workspace.customerId] };
    return entry;
  });
  const functions = database.functions.map((fn) => {
    const entry: Record<string, unknown> = { id: fn.name, name: fn.name, displayName: fn.name, body: fn.body };
    const parameters = metadataParameters(fn.parameters);
    if (parameters !== '') entry['parameters'] = parameters;
    entry['related'] = { workspaces: [workspace.customerId] };
    return entry;
  });
  const resourceId = workspaceResourceId(workspace);
  return {
    categories: [],
    resourceTypes: [],
    solutions: [],
    tables,
    functions,
    queries: [],
    applications: [],
    workspaces: [
      {
        id: workspace.customerId,
        resourceId,
        name: workspace.name,
        region: workspace.location,
        related: { tables: tableNames, functions: database.functions.map((fn) => fn.name) },
      },
    ],
    resources: [],
    permissions: [{ workspaces: [{ resourceId }] }],
  };
}
