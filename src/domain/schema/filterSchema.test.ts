import { describe, expect, it } from 'vitest';
import { filterSchema } from './filterSchema';
import type { Schema } from './model';

const schema: Schema = {
  tables: [
    { name: 'SigninLogs', description: null, columns: [{ name: 'UserPrincipalName', type: 'string' }] },
    { name: 'AuditLogs', description: null, columns: [{ name: 'Result', type: 'string' }] },
    { name: 'Heartbeat', description: null, columns: [{ name: 'Computer', type: 'string' }] },
  ],
  functions: [{ name: 'signinFailures', parameters: [], body: 'SigninLogs', description: null }],
};

const names = (filtered: Schema) => [...filtered.tables, ...filtered.functions].map((entry) => entry.name);

describe('filterSchema', () => {
  it('keeps tables and functions whose name contains the text, ignoring case and surrounding spaces', () => {
    expect(names(filterSchema(schema, ' LOGS '))).toEqual(['SigninLogs', 'AuditLogs']);
    expect(names(filterSchema(schema, 'signin'))).toEqual(['SigninLogs', 'signinFailures']);
  });

  it('keeps a table when one of its columns matches', () => {
    expect(names(filterSchema(schema, 'computer'))).toEqual(['Heartbeat']);
  });

  it('returns the schema itself for an empty filter, and nothing when nothing matches', () => {
    expect(filterSchema(schema, '  ')).toBe(schema);
    expect(names(filterSchema(schema, 'zzz'))).toEqual([]);
  });
});
