// Query results over HTTP: cell encoding byte for byte, query errors, timespans, Prefer, partial results, gzip.
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WORKSPACES } from '../../config.ts';
import type { RunningEmulator } from '../index.ts';
import { STARTUP_TIMEOUT_MS, appToken, startTestEmulator } from '../testing/emulatorClient.ts';

const demo = DEMO_WORKSPACES[0]!;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

let emulator: RunningEmulator;
let base: string;
let token: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  base = emulator.url;
  token = await appToken(base, 'reader');
}, STARTUP_TIMEOUT_MS);
afterAll(() => emulator.close());

function query(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/v1/workspaces/${demo.customerId}/query`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function rowsOf(response: Response): Promise<unknown[][]> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { tables: { rows: unknown[][] }[] }).tables[0]!.rows;
}

const withoutCorrelationId = (text: string): string => text.replace(new RegExp(`"correlationId":"${GUID.source}"`), '"correlationId":"<id>"');

describe('cell encoding, byte for byte', () => {
  it('answers the recorded all-types datatable exactly (reference §1.11)', async () => {
    const response = await query({
      query:
        'datatable (DateTime: datetime, Bool:bool, Guid: guid, Int: int, Long:long, Double: double, String: string, Timespan: timespan, Decimal: decimal, NullBool: bool)[datetime(2015-12-31 23:59:59.9),false,guid(74be27de-1e4e-49d9-b579-fe0b331d3642),12345,1234567890123,12345.6789,"string value",10s,decimal(0.10101),bool(null)]',
    }, { 'accept-encoding': 'identity' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-length')).toBe('532');
    expect(await response.text()).toBe(
      '{"tables":[{"name":"PrimaryResult","columns":[{"name":"DateTime","type":"datetime"},{"name":"Bool","type":"bool"},{"name":"Guid","type":"guid"},{"name":"Int","type":"int"},{"name":"Long","type":"long"},{"name":"Double","type":"real"},{"name":"String","type":"string"},{"name":"Timespan","type":"timespan"},{"name":"Decimal","type":"decimal"},{"name":"NullBool","type":"bool"}],"rows":[["2015-12-31T23:59:59.9Z",false,"74be27de-1e4e-49d9-b579-fe0b331d3642",12345,1234567890123,12345.6789,"string value","00:00:10","0.10101",null]]}]}',
    );
  });

  it('answers the recorded print example exactly (reference §1.5)', async () => {
    const response = await query({
      query: 'print stringcolumn="hello", boolcolumn=true, datecolumn=datetime(2000-01-02 03:04:05Z), intcolumn=toint(100), longcolumn=long(101), realcolumn=102.1, dynamiccolumn=dynamic({ "hello": "world" })',
    });
    expect(await response.text()).toBe(
      '{"tables":[{"name":"PrimaryResult","columns":[{"name":"stringcolumn","type":"string"},{"name":"boolcolumn","type":"bool"},{"name":"datecolumn","type":"datetime"},{"name":"intcolumn","type":"int"},{"name":"longcolumn","type":"long"},{"name":"realcolumn","type":"real"},{"name":"dynamiccolumn","type":"dynamic"}],"rows":[["hello",true,"2000-01-02T03:04:05Z",100,101,102.1,"{\\"hello\\":\\"world\\"}"]]}]}',
    );
  });

  it('writes the recorded null row, a long beyond 2^53 exactly and non-finite reals as strings', async () => {
    const nulls = await query({ query: "datatable(a:datetime,b:bool,c:guid,d:int,e:long,f:real,g:string,h:timespan,i:decimal,j:dynamic)[datetime(null),bool(null),guid(null),int(null),long(null),double(null),'I cant be null',timespan(null),decimal(null),dynamic(null)]" });
    expect(await nulls.text()).toContain('"rows":[[null,null,null,null,null,null,"I cant be null",null,null,null]]');
    const numbers = await query({ query: 'print big=9007199254740993, nan=real(nan), inf=real(+inf), ninf=real(-inf), neg=-9223372036854775807' });
    expect(await numbers.text()).toContain('"rows":[[9007199254740993,"NaN","Infinity","-Infinity",-9223372036854775807]]');
  });
});

describe('query errors', () => {
  it('400 SyntaxError with SYN0002, line, pos and token, as recorded', async () => {
    const response = await query({ query: 'completely invalid syntax' });
    expect(response.status).toBe(400);
    expect(withoutCorrelationId(await response.text())).toBe(
      '{"error":{"message":"The request had some invalid properties","code":"BadArgumentError","correlationId":"<id>","innererror":{"code":"SyntaxError","message":"A recognition error occurred in the query.","innererror":{"code":"SYN0002","message":"Query could not be parsed at \'invalid\' on line [1,11]","line":1,"pos":11,"token":"invalid"}}}}',
    );
  });

  it('400 SemanticError with SEM0100 for an unknown table', async () => {
    const response = await query({ query: 'Heartbeats' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; innererror: { code: string; message: string; innererror: { code: string; message: string } } } };
    expect(body.error.code).toBe('BadArgumentError');
    expect(body.error.innererror.code).toBe('SemanticError');
    expect(body.error.innererror.message).toBe('A semantic error occurred.');
    expect(body.error.innererror.innererror.code).toBe('SEM0100');
    expect(body.error.innererror.innererror.message).toContain("'Heartbeats'");
  });

  it('answers a GET query too', async () => {
    const response = await fetch(`${base}/v1/workspaces/${demo.customerId}/query?query=${encodeURIComponent('print x=1')}&timespan=PT1H`, { headers: { authorization: `Bearer ${token}` } });
    expect(await rowsOf(response)).toEqual([[1]]);
  });
});

describe('timespan', () => {
  it('keeps only rows inside the window', async () => {
    const count = async (timespan?: string): Promise<number> => {
      const rows = await rowsOf(await query({ query: 'SigninLogs | count', ...(timespan === undefined ? {} : { timespan }) }));
      return Number(rows[0]![0]);
    };
    const all = await count();
    const lastDay = await count('P1D');
    const lastHour = await count('PT1H');
    expect(all).toBeGreaterThan(lastDay);
    expect(lastDay).toBeGreaterThan(lastHour);
    expect(await count('2000-01-01T00:00:00Z/2000-01-02T00:00:00Z')).toBe(0);
    const outside = await rowsOf(await query({ query: 'SigninLogs | where TimeGenerated < ago(1h) | count', timespan: 'PT1H' }));
    expect(outside).toEqual([[0]]);
  });
});

describe('Prefer', () => {
  it('statistics in the recorded shape', async () => {
    const response = await query({ query: 'SigninLogs | take 3' }, { prefer: 'include-statistics=true' });
    const body = (await response.json()) as { tables: unknown[]; statistics: { query: Record<string, unknown> } };
    expect(Object.keys(body)).toEqual(['tables', 'statistics']);
    const stats = body.statistics.query;
    expect(Object.keys(stats)).toEqual(['executionTime', 'resourceUsage', 'inputDatasetStatistics', 'datasetStatistics']);
    expect(typeof stats['executionTime']).toBe('number');
    expect(stats['datasetStatistics']).toEqual([{ tableRowCount: 3, tableSize: 3 * ((body.tables[0] as { columns: unknown[] }).columns.length) * 8 }]);
    const input = stats['inputDatasetStatistics'] as { rows: { total: number; scanned: number } };
    expect(input.rows.total).toBeGreaterThan(0);
    expect((stats['resourceUsage'] as { cpu: { totalCpu: string } }).cpu.totalCpu).toMatch(/^\d\d:\d\d:\d\d(\.\d{7})?$/);
  });

  it('render in the recorded shape (reference §1.8)', async () => {
    const response = await query(
      { query: 'datatable (s: string, i: long) ["a", 1, "b", 2] | render columnchart with (title="the chart title", xtitle="the x axis title")' },
      { prefer: 'include-render=true' },
    );
    const body = (await response.json()) as { render: unknown };
    expect(JSON.stringify(body.render)).toBe(
      '{"visualization":"columnchart","title":"the chart title","accumulate":false,"isQuerySorted":false,"kind":null,"legend":null,"series":null,"yMin":"NaN","yMax":"NaN","xAxis":null,"xColumn":null,"xTitle":"the x axis title","yAxis":null,"yColumns":null,"ySplit":null,"yTitle":null,"anomalyColumns":null}',
    );
  });

  it('wait: a query still running at the deadline gets 504 with preference-applied', async () => {
    const response = await query({ query: 'SigninLogs | summarize count() by UserPrincipalName' }, { prefer: 'wait=0' });
    expect(response.status).toBe(504);
    expect(response.headers.get('preference-applied')).toBe('wait=0');
    expect(withoutCorrelationId(await response.text())).toBe('{"error":{"message":"Gateway timeout","code":"GatewayTimeout","correlationId":"<id>","innererror":{"code":"GatewayTimeout","message":"Kusto query timed out"}}}');
    const inTime = await query({ query: 'print 1' }, { prefer: 'wait=30' });
    expect(inTime.status).toBe(200);
    expect(inTime.headers.get('preference-applied')).toBe('wait=30');
  });
});

describe('partial results', () => {
  const PARTIAL = (what: string, limit: number): string =>
    `"error":{"code":"PartialError","message":"There were some errors when processing your query.","details":[{"code":"EngineError","message":"Something went wrong processing your query on the server.","innererror":{"code":"-2133196797","message":"Query result set has exceeded the internal ${what} limit ${limit} (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)","severity":2,"severityName":"Error"}}]}}`;

  it('answers the recorded truncationmaxrecords body (reference §1.9)', async () => {
    const response = await query({ query: "set truncationmaxrecords=1; datatable (s: string) ['a', 'b']" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`{"tables":[{"name":"PrimaryResult","columns":[{"name":"s","type":"string"}],"rows":[["a"]]}],${PARTIAL('record count', 1)}`);
  });

  it('partial-error cuts at a row count or a byte count', async () => {
    const hundredRows = 'SigninLogs | take 100 | project x=1';
    const byRows = await query({ query: hundredRows }, { 'x-emulator-fault': 'partial-error;rows=3' });
    expect(await byRows.text()).toBe(`{"tables":[{"name":"PrimaryResult","columns":[{"name":"x","type":"long"}],"rows":[[1],[1],[1]]}],${PARTIAL('record count', 3)}`);
    const byDefault = await rowsOf(await query({ query: hundredRows }, { 'x-emulator-fault': 'partial-error' }));
    expect(byDefault).toHaveLength(10);
    const byBytes = await query({ query: hundredRows }, { 'x-emulator-fault': 'partial-error;bytes=8' });
    expect(await byBytes.text()).toBe(`{"tables":[{"name":"PrimaryResult","columns":[{"name":"x","type":"long"}],"rows":[[1],[1]]}],${PARTIAL('data size', 8)}`);
  });
});

describe('compression', () => {
  it('gzips a result when the client accepts it', async () => {
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const outgoing = request(`${base}/v1/workspaces/${demo.customerId}/query`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      });
      outgoing.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      });
      outgoing.on('error', reject);
      outgoing.end(JSON.stringify({ query: 'print x=1' }));
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers['transfer-encoding']).toBe('chunked');
    expect(gunzipSync(raw.body).toString('utf8')).toBe('{"tables":[{"name":"PrimaryResult","columns":[{"name":"x","type":"long"}],"rows":[[1]]}]}');
  });
});
