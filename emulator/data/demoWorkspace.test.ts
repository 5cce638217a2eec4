import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell, Database, DynamicValue, Table } from '../engine/api.ts';
import { DEMO_WORKSPACES } from '../config.ts';
import { columnTypeErrors } from './cellTypes.ts';
import { FORMULA_INJECTIONS, GIANT_CELL_LENGTH, HOSTILE_TEXTS, MARKUP_INJECTIONS } from './hostile.ts';
import { buildWorkspaceDatabase, DEMO_FUNCTIONS, TABLE_DEFINITIONS } from './index.ts';
import { UNREPRESENTABLE_DURATIONS } from './tables/azureDiagnostics.ts';
import { FLEET } from './world/fleet.ts';

// 2025-11-22T12:00:00.1234567Z: an instant that is not on a millisecond, so tick arithmetic must be exact.
const NOW = 17_638_128_001_234_567n;
const MINUTE = 600_000_000n;
const HOUR = 60n * MINUTE;
const DAY = 24n * HOUR;
const DEMO = DEMO_WORKSPACES.find((workspace) => workspace.kind === 'demo');

let database: Database;

beforeAll(() => {
  const started = performance.now();
  database = buildWorkspaceDatabase('demo', { now: NOW });
  console.log(`demo workspace built in ${Math.round(performance.now() - started)} ms`);
}, 60_000);

function table(name: string): Table {
  const found = database.tables.get(name);
  if (!found) throw new Error(`No table ${name}`);
  return found;
}

function column(tableName: string, columnName: string): Cell[] {
  const source = table(tableName);
  const index = source.columns.findIndex((candidate) => candidate.name === columnName);
  const cells = source.data[index];
  if (index < 0 || !cells) throw new Error(`No column ${tableName}.${columnName}`);
  return cells;
}

function rowsWhere(tableName: string, predicate: (row: number) => boolean): number[] {
  const rows: number[] = [];
  for (let row = 0; row < table(tableName).rowCount; row++) if (predicate(row)) rows.push(row);
  return rows;
}

function text(cell: Cell | undefined): string {
  return typeof cell === 'string' ? cell : '';
}

describe('the demo workspace', () => {
  it('has the eleven tables with their published schemas and the standard columns', () => {
    expect([...database.tables.keys()]).toEqual(TABLE_DEFINITIONS.map((definition) => definition.name));
    for (const definition of TABLE_DEFINITIONS) {
      const schema = table(definition.name).columns;
      expect(schema).toEqual(definition.columns);
      expect(schema.length).toBeGreaterThanOrEqual(15);
      expect(schema).toContainEqual({ name: 'TimeGenerated', type: 'datetime' });
      expect(schema).toContainEqual({ name: 'TenantId', type: 'string' });
      expect(schema).toContainEqual({ name: 'Type', type: 'string' });
      expect(definition.description.length).toBeGreaterThan(20);
    }
    const withResourceId = TABLE_DEFINITIONS.filter((definition) => definition.columns.some((c) => c.name === '_ResourceId')).map((d) => d.name);
    expect(withResourceId).toEqual(['AzureActivity', 'AppTraces', 'AppRequests', 'AppExceptions', 'Heartbeat', 'Perf', 'Syslog', 'AzureDiagnostics']);
  });

  it('holds about 200,000 rows, every table populated', () => {
    const counts = Object.fromEntries([...database.tables].map(([name, t]) => [name, t.rowCount]));
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThan(190_000);
    expect(total).toBeLessThan(210_000);
    expect(counts.SecurityAlert).toBeGreaterThanOrEqual(44);
    expect(counts.SecurityAlert).toBeLessThan(80);
    for (const [name, count] of Object.entries(counts)) {
      if (name !== 'SecurityAlert') expect(count, name).toBeGreaterThan(2000);
      for (const cells of table(name).data) expect(cells.length).toBe(count);
    }
  });

  it('keeps every cell to its column type', () => {
    const errors = [...database.tables].flatMap(([name, t]) =>
      t.columns.flatMap((schema, c) => columnTypeErrors(t.data[c] ?? [], schema.type).map((error) => `${name}.${schema.name} ${error}`)),
    );
    expect(errors).toEqual([]);
  });

  it('stamps TenantId with the workspace id and Type with the table name', () => {
    for (const [name] of database.tables) {
      expect(new Set(column(name, 'TenantId'))).toEqual(new Set([DEMO?.customerId]));
      expect(new Set(column(name, 'Type'))).toEqual(new Set([name]));
    }
    expect(database.name).toBe('contoso-sentinel-demo');
  });

  it('places every row in the last 14 days, with rows in the last hour everywhere and the last 5 minutes in busy tables', () => {
    for (const [name] of database.tables) {
      const times = column(name, 'TimeGenerated') as bigint[];
      const newest = times.reduce((a, b) => (b > a ? b : a));
      const oldest = times.reduce((a, b) => (b < a ? b : a));
      expect(newest <= NOW, name).toBe(true);
      expect(oldest >= NOW - 14n * DAY, name).toBe(true);
      expect(times.some((t) => t > NOW - HOUR), name).toBe(true);
    }
    for (const name of ['Heartbeat', 'Perf', 'AppTraces', 'SigninLogs', 'AppRequests']) {
      const recent = (column(name, 'TimeGenerated') as bigint[]).filter((t) => t > NOW - 5n * MINUTE).length;
      expect(recent, name).toBeGreaterThan(20);
    }
  });

  it('is identical cell for cell when built again with the same now and seed', () => {
    const again = buildWorkspaceDatabase('demo', { now: NOW });
    const json = new WeakMap<object, string>();
    const canonical = (cell: Cell | undefined): unknown => {
      if (typeof cell !== 'object' || cell === null) return cell;
      let text = json.get(cell);
      if (text === undefined) {
        text = JSON.stringify(cell);
        json.set(cell, text);
      }
      return text;
    };
    let differences = 0;
    for (const [name, t] of database.tables) {
      const other = again.tables.get(name);
      expect(other?.rowCount).toBe(t.rowCount);
      t.data.forEach((cells, c) => {
        const otherCells = other?.data[c] ?? [];
        for (let row = 0; row < cells.length; row++) if (!Object.is(canonical(cells[row]), canonical(otherCells[row]))) differences++;
      });
    }
    expect(differences).toBe(0);
    expect(again.functions).toEqual(database.functions);
  });

  it('carries the saved functions', () => {
    expect(database.functions).toEqual(DEMO_FUNCTIONS);
    expect(database.functions.find((fn) => fn.name === 'FailedSignIns')).toEqual({ name: 'FailedSignIns', parameters: '', body: 'SigninLogs | where ResultType != "0"' });
  });
});

describe('hostile values in the demo workspace', () => {
  it('sprinkles every hostile text into SigninLogs, AppTraces and AuditLogs', () => {
    for (const [tableName, columnName] of [['SigninLogs', 'AlternateSignInName'], ['AppTraces', 'Message'], ['AuditLogs', 'ResultReason']] as const) {
      const values = new Set(column(tableName, columnName));
      for (const hostile of HOSTILE_TEXTS) expect(values.has(hostile), `${tableName}.${columnName} has ${JSON.stringify(hostile)}`).toBe(true);
    }
    for (const required of ['=HYPERLINK("http://evil.example","x")', '+1-555-0100', '-2+3', '@SUM(A1)', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>']) {
      expect(HOSTILE_TEXTS).toContain(required);
    }
    expect(HOSTILE_TEXTS.some((value) => value.includes('\r\n'))).toBe(true);
    expect(HOSTILE_TEXTS.some((value) => value.includes('\u202E'))).toBe(true);
    expect(HOSTILE_TEXTS.some((value) => value.startsWith('javascript:'))).toBe(true);
  });

  it('has one ~1 MB message, a 64 KB message and a 40 KB user agent', () => {
    const lengths = column('AppTraces', 'Message').map((cell) => text(cell).length);
    expect(lengths.filter((length) => length === GIANT_CELL_LENGTH).length).toBe(1);
    expect(lengths.filter((length) => length === 64 * 1024).length).toBe(1);
    const agents = column('SigninLogs', 'UserAgent');
    expect(agents.filter((cell) => text(cell).length === 40_000).length).toBe(1);
    for (const hostile of [...FORMULA_INJECTIONS, ...MARKUP_INJECTIONS]) expect(agents).toContain(hostile);
  });

  it('has hostile markup inside dynamic values', () => {
    const targets = column('AuditLogs', 'TargetResources').map((cell) => JSON.stringify(cell));
    expect(targets.some((json) => json.includes('=HYPERLINK(\\"http://evil.example\\",\\"x\\")'))).toBe(true);
    const properties = column('AppTraces', 'Properties').map((cell) => JSON.stringify(cell));
    expect(properties.some((json) => json.includes('<script>alert(1)</script>'))).toBe(true);
  });

  it('has nulls in nullable bool, real, int, datetime, dynamic and guid columns', () => {
    const nulls = (tableName: string, columnName: string) => column(tableName, columnName).filter((cell) => cell === null).length;
    expect(nulls('SigninLogs', 'IsRisky')).toBeGreaterThanOrEqual(10);
    expect(nulls('AppRequests', 'DurationMs')).toBe(4);
    expect(nulls('SigninLogs', 'CreatedDateTime')).toBe(5);
    expect(nulls('SigninLogs', 'DeviceDetail')).toBe(5);
    expect(nulls('Syslog', 'ProcessID')).toBeGreaterThan(0);
    expect(nulls('AzureDiagnostics', 'transactionId_g')).toBeGreaterThan(0);
    expect(nulls('AppRequests', 'Measurements')).toBe(table('AppRequests').rowCount);
  });
});

describe('data for precision and type tests', () => {
  it('holds longs beyond 2^53 as exact bigints', () => {
    const durations = column('AzureDiagnostics', 'DurationMs');
    for (const value of UNREPRESENTABLE_DURATIONS) expect(durations).toContain(value);
    expect(durations.filter((cell) => typeof cell === 'bigint').length).toBe(UNREPRESENTABLE_DURATIONS.length);
  });

  it('fills guid columns with lowercase GUIDs', () => {
    const ids = column('AzureDiagnostics', 'transactionId_g').filter((cell) => cell !== null);
    expect(ids.length).toBeGreaterThan(5000);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('realistic content', () => {
  it('spreads sign-ins over a few thousand users from cities around the world', () => {
    const users = new Set(column('SigninLogs', 'UserPrincipalName'));
    expect(users.size).toBeGreaterThan(1500);
    expect(users.size).toBeLessThanOrEqual(2500);
    expect([...users].every((upn) => text(upn).endsWith('@contoso-demo.onmicrosoft.com'))).toBe(true);
    const cities = new Set(column('SigninLogs', 'LocationDetails').map((cell) => (cell as { city?: string } | null)?.city));
    for (const city of ['São Paulo', 'Zürich', 'Kraków', '東京', 'Redmond']) expect(cities.has(city), city).toBe(true);
    const results = column('SigninLogs', 'ResultType');
    const successShare = results.filter((code) => code === '0').length / results.length;
    expect(successShare).toBeGreaterThan(0.8);
    expect(successShare).toBeLessThan(0.92);
    expect(new Set(results)).toEqual(new Set(['0', '50126', '50074', '53003', '50053', '50140', '50076', '50055', '65001', '50097']));
  });

  it('has heartbeats from every computer, two of which went silent', () => {
    const computers = column('Heartbeat', 'Computer');
    const times = column('Heartbeat', 'TimeGenerated') as bigint[];
    const latest = new Map<Cell, bigint>();
    computers.forEach((computer, row) => latest.set(computer, (latest.get(computer) ?? 0n) > (times[row] ?? 0n) ? (latest.get(computer) ?? 0n) : (times[row] ?? 0n)));
    expect(latest.size).toBe(FLEET.length);
    const silent = [...latest].filter(([, last]) => last < NOW - 15n * MINUTE).map(([computer]) => computer);
    expect(silent).toEqual(['SQL-PROD-02.corp.contoso.com', 'build-agent-02']);
    expect((latest.get('SQL-PROD-02.corp.contoso.com') ?? 0n) <= NOW - 3n * HOUR).toBe(true);
  });

  it('correlates traces and exceptions with their requests', () => {
    const requestOperations = new Set(column('AppRequests', 'OperationId'));
    expect(column('AppTraces', 'OperationId').every((id) => requestOperations.has(id))).toBe(true);
    expect(column('AppExceptions', 'OperationId').every((id) => requestOperations.has(id))).toBe(true);
  });

  it('has exceptions with multi-line stack traces, CRLF from Windows hosts', () => {
    const stacks = column('AppExceptions', 'Details').map((details) => text(((details as DynamicValue[])[0] as { rawStack?: string }).rawStack));
    expect(stacks.every((stack) => stack.split('\n').length >= 2)).toBe(true);
    expect(stacks.some((stack) => stack.includes('\r\n   at Contoso.Shop.Web'))).toBe(true);
    expect(stacks.some((stack) => stack.includes('\n    at authorize (/app/src/payments/authorize.js:42:17)'))).toBe(true);
    const traceMessages = column('AppTraces', 'Message');
    expect(traceMessages.some((message) => text(message).startsWith('An unhandled exception has occurred while executing the request.\r\n'))).toBe(true);
  });

  it('logs each control-plane operation twice: Start, then Success or Failure', () => {
    const perCorrelation = new Map<Cell, Cell[]>();
    const statuses = column('AzureActivity', 'ActivityStatusValue');
    column('AzureActivity', 'CorrelationId').forEach((id, row) => perCorrelation.set(id, [...(perCorrelation.get(id) ?? []), statuses[row] ?? null]));
    expect(perCorrelation.size * 2).toBe(table('AzureActivity').rowCount);
    for (const phases of perCorrelation.values()) expect(['Start,Success', 'Start,Failure']).toContain(phases.join(','));
  });

  it('keeps SecurityAlert entities and properties as JSON text, with alerts of every severity', () => {
    const severities = column('SecurityAlert', 'AlertSeverity');
    for (const severity of ['High', 'Medium', 'Low', 'Informational']) {
      expect(severities.filter((value) => value === severity).length, severity).toBeGreaterThanOrEqual(5);
    }
    for (const name of ['Entities', 'ExtendedProperties', 'RemediationSteps', 'Techniques']) {
      for (const cell of column('SecurityAlert', name)) expect(() => JSON.parse(text(cell))).not.toThrow();
    }
  });
});

describe('the password spray story', () => {
  const SPRAY_IP = '203.0.113.66';

  it('shows hundreds of failures from one address and a single legacy-protocol success', () => {
    const ips = column('SigninLogs', 'IPAddress');
    const results = column('SigninLogs', 'ResultType');
    const times = column('SigninLogs', 'TimeGenerated') as bigint[];
    const fromSpray = rowsWhere('SigninLogs', (row) => ips[row] === SPRAY_IP);
    expect(fromSpray.length).toBe(660);
    expect(fromSpray.filter((row) => results[row] !== '0').length).toBe(659);
    expect(fromSpray.some((row) => (times[row] ?? 0n) > NOW - HOUR)).toBe(true);
    const [success] = fromSpray.filter((row) => results[row] === '0');
    const victim = column('SigninLogs', 'UserPrincipalName')[success ?? -1];
    expect(column('SigninLogs', 'ClientAppUsed')[success ?? -1]).toBe('IMAP4');
    const alerts = rowsWhere('SecurityAlert', (row) => column('SecurityAlert', 'AlertName')[row] === 'Password Spray');
    expect(alerts.length).toBe(3);
    expect(text(column('SecurityAlert', 'Entities')[alerts[2] ?? -1])).toContain(SPRAY_IP);
    const activityCallers = rowsWhere('AzureActivity', (row) => column('AzureActivity', 'CallerIpAddress')[row] === SPRAY_IP).map((row) => column('AzureActivity', 'Caller')[row]);
    expect(new Set(activityCallers)).toEqual(new Set([victim]));
  });
});
