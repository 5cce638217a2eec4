import { describe, expect, it } from 'vitest';
import { schemaFromMetadata } from './fromMetadata';

describe('schemaFromMetadata', () => {
  it('reads tables with typed columns and functions with parameters, sorted by name', () => {
    const body = {
      tables: [
        {
          id: 'SigninLogs',
          name: 'SigninLogs',
          description: 'Entra ID sign-ins',
          timespanColumn: 'TimeGenerated',
          columns: [
            { name: 'TimeGenerated', type: 'datetime', isPreferredFacet: true },
            { name: 'UserPrincipalName', type: 'string' },
          ],
          related: { workspaces: ['b5a3e4c2-0000-4000-8000-0000000d3001'] },
        },
        { id: 'AuditLogs', name: 'AuditLogs', columns: [{ name: 'Result', type: 'string' }] },
      ],
      functions: [
        { id: 'failedSignIns', name: 'failedSignIns', body: 'SigninLogs\r\n| where ResultType != "0"', parameters: 'threshold:int' },
        { id: 'Heartbeats', name: 'Heartbeats', displayName: 'x', body: 'Heartbeat', description: 'All heartbeats' },
      ],
      solutions: [{ id: 'LogManagement', name: 'LogManagement', related: { tables: ['AuditLogs'] } }],
    };
    expect(schemaFromMetadata(body)).toEqual({
      ok: true,
      schema: {
        tables: [
          { name: 'AuditLogs', description: null, columns: [{ name: 'Result', type: 'string' }] },
          {
            name: 'SigninLogs',
            description: 'Entra ID sign-ins',
            columns: [
              { name: 'TimeGenerated', type: 'datetime' },
              { name: 'UserPrincipalName', type: 'string' },
            ],
          },
        ],
        functions: [
          {
            name: 'failedSignIns',
            parameters: [{ kind: 'scalar', name: 'threshold', type: 'int', defaultValue: null }],
            body: 'SigninLogs\r\n| where ResultType != "0"',
            description: null,
          },
          { name: 'Heartbeats', parameters: [], body: 'Heartbeat', description: 'All heartbeats' },
        ],
      },
    });
  });

  it('treats every key as optional: an empty object is an empty schema', () => {
    expect(schemaFromMetadata({})).toEqual({ ok: true, schema: { tables: [], functions: [] } });
  });

  it('skips entries without a name, keeps the first of duplicate names, and types unknown columns as dynamic', () => {
    const body = {
      tables: [
        { id: 'x', columns: [] },
        'not an object',
        { name: 'T', columns: [{ name: 'a', type: 'string' }, { name: 'b' }, { type: 'int' }, null] },
        { name: 'T', columns: [{ name: 'other', type: 'int' }] },
      ],
      functions: [{ name: '' }, { name: 'f' }],
    };
    expect(schemaFromMetadata(body)).toEqual({
      ok: true,
      schema: {
        tables: [
          {
            name: 'T',
            description: null,
            columns: [
              { name: 'a', type: 'string' },
              { name: 'b', type: 'dynamic' },
            ],
          },
        ],
        functions: [{ name: 'f', parameters: [], body: '', description: null }],
      },
    });
  });

  it('sorts case-insensitively, upper case first among equal names', () => {
    const result = schemaFromMetadata({ tables: [{ name: 'b' }, { name: 'A' }, { name: 'a' }, { name: 'C' }] });
    expect(result.ok && result.schema.tables.map((table) => table.name)).toEqual(['A', 'a', 'b', 'C']);
  });

  it('refuses a body that is not a JSON object', () => {
    expect(schemaFromMetadata([])).toEqual({ ok: false, message: 'The metadata answer is not a JSON object.' });
    expect(schemaFromMetadata(null)).toEqual({ ok: false, message: 'The metadata answer is not a JSON object.' });
  });
});
