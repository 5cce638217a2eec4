import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SUBSCRIPTIONS, DEMO_TENANT_ID, DEMO_WORKSPACES, OTHER_TENANT_ID, PERSONAS } from '../../config.ts';
import type { RunningEmulator } from '../index.ts';
import { STARTUP_TIMEOUT_MS, appToken, startTestEmulator, userToken } from '../testing/emulatorClient.ts';

const ARM_SCOPE = 'https://management.azure.com/.default';
const API = 'api-version=2023-09-01';
const [security, operations] = DEMO_SUBSCRIPTIONS;

let emulator: RunningEmulator;
let base: string;
let readerToken: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ preload: false });
  base = emulator.url;
  readerToken = await userToken(base, 'reader', ARM_SCOPE);
}, STARTUP_TIMEOUT_MS);
afterAll(() => emulator.close());

function arm(path: string, token: string | null = readerToken, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, { headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...headers } });
}

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body.error)).toEqual(['code', 'message']);
  return body.error;
}

describe('ARM listing', () => {
  it('lists the subscriptions in the documented shape', async () => {
    const response = await arm(`/subscriptions?api-version=2022-12-01`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as { value: Record<string, unknown>[]; count: unknown };
    expect(body.value.map((subscription) => subscription['subscriptionId'])).toEqual(DEMO_SUBSCRIPTIONS.map((subscription) => subscription.subscriptionId));
    expect(body.value[0]).toEqual({
      id: `/subscriptions/${security.subscriptionId}`,
      subscriptionId: security.subscriptionId,
      tenantId: DEMO_TENANT_ID,
      displayName: 'Contoso Security (demo)',
      state: 'Enabled',
      subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'Off' },
      authorizationSource: 'RoleBased',
      managedByTenants: [],
      tags: {},
    });
    expect(body.count).toEqual({ type: 'Total', value: 2 });
  });

  it('lists workspaces with customerId and pages with an absolute nextLink on the forwarded host', async () => {
    await fetch(`${base}/.emulator/settings`, { method: 'PUT', body: JSON.stringify({ workspacePageSize: 1 }) });
    const forwarded = { 'x-forwarded-host': 'management.azure.com', 'x-forwarded-proto': 'https' };
    const first = (await (await arm(`/subscriptions/${operations.subscriptionId}/providers/Microsoft.OperationalInsights/workspaces?${API}`, readerToken, forwarded)).json()) as { value: Record<string, unknown>[]; nextLink?: string };
    const expected = DEMO_WORKSPACES.filter((workspace) => workspace.subscriptionId === operations.subscriptionId);
    expect(first.value).toHaveLength(1);
    expect(first.nextLink).toBe(`https://management.azure.com/subscriptions/${operations.subscriptionId}/providers/Microsoft.OperationalInsights/workspaces?${API}&$skiptoken=1`);
    const next = new URL(first.nextLink!);
    const second = (await (await arm(`${next.pathname}${next.search}`, readerToken, forwarded)).json()) as { value: Record<string, unknown>[]; nextLink?: string };
    expect(second.nextLink).toBeUndefined();
    const large = expected[0]!;
    expect(first.value[0]).toMatchObject({
      id: `/subscriptions/${operations.subscriptionId}/resourcegroups/${large.resourceGroup}/providers/microsoft.operationalinsights/workspaces/${large.name}`,
      name: large.name,
      type: 'Microsoft.OperationalInsights/workspaces',
      location: large.location,
      properties: { customerId: large.customerId, provisioningState: 'Succeeded', sku: { name: 'PerGB2018' }, retentionInDays: 30, publicNetworkAccessForQuery: 'Enabled' },
    });
    expect([...first.value, ...second.value].map((workspace) => (workspace['properties'] as { customerId: string }).customerId)).toEqual(expected.map((workspace) => workspace.customerId));
    await fetch(`${base}/.emulator/settings`, { method: 'PUT', body: JSON.stringify({ workspacePageSize: 2 }) });
  });

  it('reads one workspace by its resource path, case-insensitively, and 404s an unknown one', async () => {
    const workspace = DEMO_WORKSPACES[0]!;
    const response = await arm(`/subscriptions/${workspace.subscriptionId}/resourcegroups/${workspace.resourceGroup.toUpperCase()}/providers/microsoft.operationalinsights/workspaces/${workspace.name}?${API}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { properties: { customerId: string } }).properties.customerId).toBe(workspace.customerId);
    const missing = await arm(`/subscriptions/${workspace.subscriptionId}/resourceGroups/${workspace.resourceGroup}/providers/Microsoft.OperationalInsights/workspaces/nope?${API}`);
    expect(missing.status).toBe(404);
    expect(await errorOf(missing)).toEqual({
      code: 'ResourceNotFound',
      message: `The Resource 'Microsoft.OperationalInsights/workspaces/nope' under resource group '${workspace.resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    });
  });

  it('lists workspaces for the reader app too, and answers CORS for the browser', async () => {
    const token = await appToken(base, 'reader', ARM_SCOPE);
    const response = await arm(`/subscriptions/${security.subscriptionId}/providers/Microsoft.OperationalInsights/workspaces?${API}`, token, { origin: 'http://localhost:5173' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const preflight = await fetch(`${base}/subscriptions?api-version=2022-12-01`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization');
  });
});

describe('ARM errors', () => {
  it('401 AuthenticationFailed without a token, with a challenge', async () => {
    const response = await arm(`/subscriptions?${API}`, null);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(`Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="The authentication failed because of missing 'Authorization' header."`);
    expect(await errorOf(response)).toEqual({ code: 'AuthenticationFailed', message: "Authentication failed. The 'Authorization' header is missing." });
  });

  it('401 InvalidAuthenticationToken for garbage, 401 ExpiredAuthenticationToken under the fault', async () => {
    const garbage = await arm(`/subscriptions?${API}`, 'not-a-jwt');
    expect(garbage.status).toBe(401);
    expect(await errorOf(garbage)).toEqual({ code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' });
    const expired = await arm(`/subscriptions?${API}`, readerToken, { 'x-emulator-fault': 'expired-token' });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
    const error = await errorOf(expired);
    expect(error.code).toBe('ExpiredAuthenticationToken');
    expect(error.message).toMatch(/^The access token expiry UTC time '\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d\d:\d\d [AP]M' is earlier than current UTC time '\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d\d:\d\d [AP]M'\.$/);
  });

  it('403 InvalidAuthenticationTokenAudience for a Log Analytics token', async () => {
    const response = await arm(`/subscriptions?${API}`, await appToken(base, 'reader'));
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toEqual({
      code: 'InvalidAuthenticationTokenAudience',
      message:
        "The access token has been obtained for wrong audience or resource 'https://api.loganalytics.io'. It should exactly match with one of the allowed audiences 'https://management.core.windows.net/','https://management.core.windows.net','https://management.azure.com/','https://management.azure.com'.",
    });
  });

  it('403 AuthorizationFailed for a persona without ARM rights, who sees no subscriptions', async () => {
    const norole = await userToken(base, 'norole', ARM_SCOPE);
    const list = (await (await arm(`/subscriptions?${API}`, norole)).json()) as { value: unknown[] };
    expect(list.value).toEqual([]);
    const response = await arm(`/subscriptions/${security.subscriptionId}/providers/Microsoft.OperationalInsights/workspaces?${API}`, norole);
    expect(response.status).toBe(403);
    const nico = PERSONAS[1]!;
    expect(await errorOf(response)).toEqual({
      code: 'AuthorizationFailed',
      message: `The client '${nico.upn}' with object id '${nico.objectId}' does not have authorization to perform action 'Microsoft.OperationalInsights/workspaces/read' over scope '/subscriptions/${security.subscriptionId}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    });
  });

  it('401 InvalidAuthenticationTokenTenant for a token of another tenant', async () => {
    const response = await arm(`/subscriptions/${security.subscriptionId}/providers/Microsoft.OperationalInsights/workspaces?${API}`, await appToken(base, 'othertenant', ARM_SCOPE));
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error.code).toBe('InvalidAuthenticationTokenTenant');
    expect(error.message).toContain(`The access token is from the wrong issuer 'https://sts.windows.net/${OTHER_TENANT_ID}/'.`);
  });

  it('400 MissingApiVersionParameter and 404 SubscriptionNotFound', async () => {
    const noVersion = await arm('/subscriptions');
    expect(noVersion.status).toBe(400);
    expect(await errorOf(noVersion)).toEqual({ code: 'MissingApiVersionParameter', message: 'The api-version query parameter (?api-version=) is required for all requests.' });
    const unknown = await arm(`/subscriptions/00000000-0000-4000-8000-000000000000/providers/Microsoft.OperationalInsights/workspaces?${API}`);
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('SubscriptionNotFound');
  });
});
