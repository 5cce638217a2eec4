// The Log Analytics API's protocol behaviour that does not depend on query results: headers, CORS, authentication,
// authorization, paths, bodies, faults and metadata.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, DEMO_WORKSPACES, workspaceResourceId } from '../../config.ts';
import { createSigningKey } from '../crypto/jwt.ts';
import type { RunningEmulator } from '../index.ts';
import { STARTUP_TIMEOUT_MS, appToken, startTestEmulator, userToken } from '../testing/emulatorClient.ts';

const [demo, , empty] = DEMO_WORKSPACES as [(typeof DEMO_WORKSPACES)[number], (typeof DEMO_WORKSPACES)[number], (typeof DEMO_WORKSPACES)[number]];
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

interface CallOptions {
  method?: string;
  token?: string | null;
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  const bearer = options.token === undefined ? token : options.token;
  if (bearer !== null) headers['authorization'] = `Bearer ${bearer}`;
  if (options.body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  return fetch(`${base}${path}`, { method: options.method ?? (options.body === undefined ? 'GET' : 'POST'), headers, body: options.body });
}

const queryPath = (workspaceId: string = demo.customerId): string => `/v1/workspaces/${workspaceId}/query`;

/** The body text with its fresh correlation id replaced, for exact comparisons. */
async function errorText(response: Response): Promise<string> {
  const text = await response.text();
  expect(text).toMatch(new RegExp(`"correlationId":"${GUID.source}"`));
  return text.replace(new RegExp(`"correlationId":"${GUID.source}"`), '"correlationId":"<id>"');
}

function expectServiceHeaders(response: Response): void {
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After,Age,WWW-Authenticate,x-resource-identities,x-ms-status-location');
  expect(response.headers.get('strict-transport-security')).toBe('max-age=15724800; includeSubDomains');
  expect(response.headers.get('vary')).toBe('Accept-Encoding');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('via')).toMatch(/^1\.1 draft-oms-/);
}

describe('CORS and headers', () => {
  it('answers the preflight for the headers browsers send', async () => {
    const response = await fetch(`${base}${queryPath()}`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,prefer' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('Authorization, Content-Type, Prefer, x-ms-client-request-id, x-ms-useragent, x-ms-app, Cache-Control, x-emulator-fault');
  });

  it('puts the service headers on errors too, and drop-cors removes only the CORS ones', async () => {
    const response = await call(queryPath(), { token: null, body: '{"query":"print 1"}' });
    expectServiceHeaders(response);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const dropped = await call(queryPath(), { token: null, body: '{"query":"print 1"}', headers: { 'x-emulator-fault': 'drop-cors' } });
    expect(dropped.headers.get('access-control-allow-origin')).toBeNull();
    expect(dropped.headers.get('access-control-expose-headers')).toBeNull();
    expect(dropped.headers.get('strict-transport-security')).toBe('max-age=15724800; includeSubDomains');
  });
});

describe('authentication and authorization', () => {
  it('401 AuthorizationRequiredError without a token, with the WWW-Authenticate challenge', async () => {
    const response = await call(queryPath(), { token: null, body: '{"query":"print 1"}' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer authorization_uri="https://login.microsoftonline.com/${DEMO_TENANT_ID}", error="invalid_token", error_description="The access token is missing or invalid."`,
    );
    expect(await errorText(response)).toBe('{"error":{"message":"Valid authentication was not provided","code":"AuthorizationRequiredError","correlationId":"<id>"}}');
  });

  it('403 InvalidTokenError for malformed, badly signed, wrong-audience and expired tokens', async () => {
    const forged = createSigningKey().sign({ aud: 'https://api.loganalytics.io', exp: Math.floor(Date.now() / 1000) + 600, tid: DEMO_TENANT_ID });
    const armToken = await appToken(base, 'reader', 'https://management.azure.com/.default');
    const cases: [CallOptions, string, string][] = [
      [{ token: 'not-a-jwt' }, 'MalformedToken', 'The authentication token could not be parsed.'],
      [{ token: forged }, 'SignatureVerificationFailed', 'Could not validate the request'],
      [{ token: armToken }, 'InvalidAudience', 'The audience of the provided authentication token is not valid for this resource.'],
      [{ headers: { 'x-emulator-fault': 'expired-token' } }, 'TokenExpired', 'The provided authentication token has expired.'],
      [{ headers: { 'x-emulator-fault': 'wrong-audience' } }, 'InvalidAudience', 'The audience of the provided authentication token is not valid for this resource.'],
      [{ headers: { 'x-emulator-fault': 'malformed-token' } }, 'MalformedToken', 'The authentication token could not be parsed.'],
    ];
    for (const [options, code, message] of cases) {
      const response = await call(queryPath(), { ...options, body: '{"query":"print 1"}' });
      expect(response.status).toBe(403);
      expect(await errorText(response)).toBe(
        `{"error":{"message":"The provided authentication is not valid for this resource","code":"InvalidTokenError","correlationId":"<id>","innererror":{"code":"${code}","message":"${message}"}}}`,
      );
    }
  });

  it('expires short-lived tokens for real', async () => {
    await fetch(`${base}/.emulator/faults/token-lifetime`, { method: 'PUT', body: '{"seconds":1}' });
    const shortLived = await appToken(base, 'reader');
    await fetch(`${base}/.emulator/faults/token-lifetime`, { method: 'DELETE' });
    expect((await call(`/v1/workspaces/${demo.customerId}/metadata`, { token: shortLived })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const expired = await call(`/v1/workspaces/${demo.customerId}/metadata`, { token: shortLived });
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('"innererror":{"code":"TokenExpired"');
  });

  it('403 InsufficientAccessError for a persona without a role and for another tenant', async () => {
    const denied = '{"error":{"message":"The provided credentials have insufficient access to perform the requested operation","code":"InsufficientAccessError","correlationId":"<id>"}}';
    for (const bearer of [await userToken(base, 'norole'), await appToken(base, 'norole'), await appToken(base, 'othertenant'), await userToken(base, 'othertenant')]) {
      const response = await call(queryPath(), { token: bearer, body: '{"query":"print 1"}' });
      expect(response.status).toBe(403);
      expect(await errorText(response)).toBe(denied);
    }
  });

  it('accepts a sovereign-cloud token only when reached through that cloud host', async () => {
    const usToken = await appToken(base, 'reader', 'https://api.loganalytics.us/.default');
    const publicCloud = await call(`/v1/workspaces/${demo.customerId}/metadata`, { token: usToken });
    expect(publicCloud.status).toBe(403);
    const usCloud = await call(`/v1/workspaces/${demo.customerId}/metadata`, { token: usToken, headers: { 'x-forwarded-host': 'api.loganalytics.us', 'x-forwarded-proto': 'https' } });
    expect(usCloud.status).toBe(200);
  });
});

describe('paths and bodies', () => {
  it('404 WorkspaceNotFoundError for an unknown GUID, PathNotFoundError for a name or an unknown path', async () => {
    const unknown = await call(queryPath('00000000-1111-4222-8333-444444444444'), { body: '{"query":"print 1"}' });
    expect(unknown.status).toBe(404);
    expect(await errorText(unknown)).toBe('{"error":{"message":"The workspace 00000000-1111-4222-8333-444444444444 could not be found","code":"WorkspaceNotFoundError","correlationId":"<id>"}}');
    const notFound = '{"error":{"message":"The requested path does not exist","code":"PathNotFoundError","correlationId":"<id>"}}';
    for (const [path, method] of [[queryPath(demo.name), 'POST'], ['/v1/workspaces', 'GET'], ['/v1/$batch', 'POST'], [queryPath(), 'DELETE']] as const) {
      const response = await call(path, { method, body: method === 'POST' ? '{"query":"print 1"}' : undefined });
      expect(response.status).toBe(404);
      expect(await errorText(response)).toBe(notFound);
    }
  });

  it('200 with an empty body for a POST that is not JSON', async () => {
    for (const options of [{ body: 'print 1', contentType: 'text/plain' }, { body: '' }]) {
      const response = await call(queryPath(), options);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('400 QueryValidationError for malformed JSON and for a missing query', async () => {
    const malformed = await call(queryPath(), { body: '{"query":' });
    expect(malformed.status).toBe(400);
    expect(await errorText(malformed)).toBe(
      '{"error":{"message":"The request had some invalid properties","code":"BadArgumentError","correlationId":"<id>","innererror":{"code":"QueryValidationError","message":"Failed parsing the query","details":[{"code":"InvalidJsonBody","message":"Unexpected end of JSON input","target":null}]}}}',
    );
    const missing = await call(queryPath(), { body: '{"timespan":"PT1H"}' });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('"details":[{"code":"MissingQuery","message":"The request must contain a non-empty \'query\'.","target":"query"}]');
  });

  it('400 for an invalid timespan, naming it', async () => {
    const response = await call(queryPath(), { body: '{"query":"print 1","timespan":"P1X"}' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(
      '"innererror":{"code":"QueryValidationError","message":"Failed parsing the query","details":[{"code":"InvalidTimespan","message":"The timespan \'P1X\' is not valid: expected an ISO 8601 duration such as PT12H or P7D, or an interval start/end.","target":"timespan"}]}',
    );
    const get = await call(`${queryPath()}?query=print%201&timespan=soon`);
    expect(get.status).toBe(400);
  });

  it('204 with no body for the empty workspace', async () => {
    const response = await call(queryPath(empty.customerId), { body: '{"query":"Heartbeat | take 1"}' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expectServiceHeaders(response);
  });
});

describe('preloading', () => {
  it('has built the demo and empty workspaces before it is ready, and not the large one', async () => {
    const health = (await (await fetch(`${base}/.emulator/health`)).json()) as { workspaces: unknown };
    expect(health.workspaces).toEqual({ 'contoso-sentinel-demo': 'ready', 'contoso-apps-large': 'pending', 'contoso-empty': 'ready' });
  });
});

describe('metadata', () => {
  it('serves the schema in the service shape, by GET and POST, and resource-centric', async () => {
    const get = await call(`/v1/workspaces/${demo.customerId}/metadata`);
    expect(get.status).toBe(200);
    const body = (await get.json()) as { tables: Record<string, unknown>[]; functions: Record<string, unknown>[]; workspaces: Record<string, unknown>[] };
    expect(Object.keys(body)).toEqual(['categories', 'resourceTypes', 'solutions', 'tables', 'functions', 'queries', 'applications', 'workspaces', 'resources', 'permissions']);
    const signinLogs = body.tables.find((table) => table['name'] === 'SigninLogs')!;
    expect(Object.keys(signinLogs)).toEqual(['id', 'name', 'description', 'timespanColumn', 'columns', 'related']);
    expect(signinLogs['timespanColumn']).toBe('TimeGenerated');
    expect((signinLogs['columns'] as { name: string; type: string }[]).find((column) => column.name === 'TimeGenerated')).toEqual({ name: 'TimeGenerated', type: 'datetime' });
    expect(body.workspaces).toEqual([
      expect.objectContaining({ id: demo.customerId, resourceId: workspaceResourceId(demo), name: demo.name, region: demo.location }),
    ]);
    for (const fn of body.functions) expect(Object.keys(fn).slice(0, 4)).toEqual(['id', 'name', 'displayName', 'body']);

    const post = await call(`/v1/workspaces/${demo.customerId}/metadata`, { method: 'POST' });
    expect(((await post.json()) as { tables: unknown[] }).tables).toHaveLength(body.tables.length);
    const resourceCentric = await call(`/v1${workspaceResourceId(demo).toLowerCase()}/metadata`);
    expect(resourceCentric.status).toBe(200);
  });

  it('gzips when the client accepts it', async () => {
    const response = await call(`/v1/workspaces/${demo.customerId}/metadata`, { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-length')).toBeNull();
    expect(((await response.json()) as { tables: unknown[] }).tables.length).toBeGreaterThan(5);
    const plain = await call(`/v1/workspaces/${demo.customerId}/metadata`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(await plain.text()));
  });
});

describe('transport faults', () => {
  it('throttle answers 429 with Retry-After', async () => {
    const response = await call(queryPath(), { body: '{"query":"print 1"}', headers: { 'x-emulator-fault': 'throttle;seconds=3' } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await errorText(response)).toBe(
      '{"error":{"message":"The request was throttled","code":"ThrottledError","correlationId":"<id>","innererror":{"code":"ThrottledError","message":"The emulator throttle fault is on."}}}',
    );
  });

  it('gateway-timeout answers the recorded 504 and acknowledges the wait preference', async () => {
    const response = await call(queryPath(), { body: '{"query":"print 1"}', headers: { 'x-emulator-fault': 'gateway-timeout', prefer: 'wait=30' } });
    expect(response.status).toBe(504);
    expect(response.headers.get('preference-applied')).toBe('wait=30');
    expect(await errorText(response)).toBe('{"error":{"message":"Gateway timeout","code":"GatewayTimeout","correlationId":"<id>","innererror":{"code":"GatewayTimeout","message":"Kusto query timed out"}}}');
  });

  it('slow-first-byte delays the response', async () => {
    const started = Date.now();
    const response = await call(`/v1/workspaces/${demo.customerId}/metadata`, { headers: { 'x-emulator-fault': 'slow-first-byte;ms=300' } });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('connection-reset drops the connection mid-body', async () => {
    const response = await call(`/v1/workspaces/${demo.customerId}/metadata`, { headers: { 'x-emulator-fault': 'connection-reset' } });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('admits 5 concurrent queries per user and answers the 6th with 429', async () => {
    const slow = { 'x-emulator-fault': 'slow-first-byte;ms=400' };
    const responses = await Promise.all(Array.from({ length: 6 }, () => call(queryPath(), { body: '{"query":"print 1"}', headers: slow })));
    const throttled = responses.filter((response) => response.status === 429);
    expect(throttled).toHaveLength(1);
    expect(throttled[0]!.headers.get('retry-after')).toBe('10');
    expect(await throttled[0]!.text()).toContain('"message":"Too many concurrent queries for this user (limit 5)."');
    const other = await call(queryPath(), { body: '{"query":"print 1"}', token: await userToken(base, 'reader') });
    expect(other.status).not.toBe(429);
  });

  type Observation = (response: Response) => Promise<unknown[]>;
  const status: Observation = async (response) => [response.status];
  it.each<[string, Record<string, number>, Observation, unknown[]]>([
    ['throttle', { seconds: 7 }, async (response) => [response.status, response.headers.get('retry-after')], [429, '7']],
    ['gateway-timeout', {}, status, [504]],
    ['expired-token', {}, status, [403]],
    ['wrong-audience', {}, status, [403]],
    ['malformed-token', {}, status, [403]],
    ['drop-cors', {}, async (response) => [response.status, response.headers.get('access-control-allow-origin')], [200, null]],
    ['partial-error', { rows: 1 }, async (response) => [response.status, (await response.text()).includes('"code":"PartialError"')], [200, true]],
  ])('%s applies from PUT /.emulator/faults until DELETE', async (name, params, observe, expected) => {
    const probe = (): Promise<Response> => call(queryPath(), { body: '{"query":"SigninLogs | take 2 | project x=1"}' });
    const normal = await observe(await probe());
    expect(normal).not.toEqual(expected);
    const on = await fetch(`${base}/.emulator/faults/${name}`, { method: 'PUT', body: JSON.stringify(params) });
    expect(on.status).toBe(200);
    expect(await observe(await probe())).toEqual(expected);
    await fetch(`${base}/.emulator/faults/${name}`, { method: 'DELETE' });
    expect(await observe(await probe())).toEqual(normal);
  });
});
