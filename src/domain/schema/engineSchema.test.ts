import { describe, expect, it } from 'vitest';
import { toEngineSchema } from './engineSchema';
import type { Schema } from './model';

const schema: Schema = {
  tables: [
    {
      name: 'SigninLogs',
      description: 'Entra ID sign-ins',
      columns: [
        { name: 'TimeGenerated', type: 'datetime' },
        { name: 'UserPrincipalName', type: 'string' },
      ],
    },
    { name: 'Heartbeat', description: null, columns: [{ name: 'Computer', type: 'string' }] },
  ],
  functions: [
    {
      name: 'failedSince',
      parameters: [
        { kind: 'scalar', name: 'lookback', type: 'timespan', defaultValue: '1d' },
        { kind: 'scalar', name: 'user', type: 'string', defaultValue: null },
        { kind: 'tabular', name: 'T', columns: [] },
        { kind: 'tabular', name: 'U', columns: [{ name: 'x', type: 'long' }] },
      ],
      body: '{ SigninLogs | where TimeGenerated > ago(lookback) }',
      description: 'Failed sign-ins',
    },
  ],
};

describe('toEngineSchema', () => {
  it('presents the workspace as the one database in context, with the given version', () => {
    const database = {
      name: 'LogAnalytics',
      tables: [
        {
          name: 'SigninLogs',
          entityType: 'Table',
          columns: [
            { name: 'TimeGenerated', type: 'datetime' },
            { name: 'UserPrincipalName', type: 'string' },
          ],
          docstring: 'Entra ID sign-ins',
        },
        { name: 'Heartbeat', entityType: 'Table', columns: [{ name: 'Computer', type: 'string' }] },
      ],
      functions: [
        {
          name: 'failedSince',
          body: '{ SigninLogs | where TimeGenerated > ago(lookback) }',
          inputParameters: [
            { name: 'lookback', type: 'timespan', cslType: 'timespan', cslDefaultValue: '1d' },
            { name: 'user', type: 'string', cslType: 'string' },
            { name: 'T', columns: [] },
            { name: 'U', columns: [{ name: 'x', type: 'long' }] },
          ],
          docstring: 'Failed sign-ins',
        },
      ],
      entityGroups: [],
      majorVersion: 42,
      minorVersion: 0,
    };
    expect(toEngineSchema(schema, 42)).toEqual({
      clusterType: 'Engine',
      cluster: { connectionString: 'https://loganalytics.local', databases: [database] },
      database,
    });
  });

  it('gives an empty database for an empty schema', () => {
    const engine = toEngineSchema({ tables: [], functions: [] }, 7);
    expect(engine.database).toEqual({ name: 'LogAnalytics', tables: [], functions: [], entityGroups: [], majorVersion: 7, minorVersion: 0 });
    expect(engine.cluster.databases[0]).toBe(engine.database);
  });
});
