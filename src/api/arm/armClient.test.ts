import { describe, expect, it } from 'vitest';
import { listSubscriptions, listWorkspaces, subscriptionsUrl, workspacesUrl, type ArmAccess } from './armClient';

const ARM = 'https://management.azure.com';
const SUB = 'd3b7f5a0-0000-4000-8000-00000000500b';
const TOKEN = 'arm-token';

interface Sent {
  url: string;
  authorization: string | null;
}

/** A fetch that answers from a table of URL → (status, body) and records what was sent. */
function fakeArm(answers: Record<string, { status: number; body: unknown }>) {
  const sent: Sent[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    const url = String(input);
    sent.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    const answer = answers[url];
    if (!answer) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  };
  return { sent, fetchFn };
}

function access(fetchFn: typeof fetch, allowed: (url: string) => boolean = (url) => new URL(url).host === 'management.azure.com'): ArmAccess {
  return { endpoint: ARM, isTokenUrlAllowed: allowed, getToken: async () => TOKEN, fetchFn };
}

function workspace(name: string, customerId: string, resourceGroup = 'rg-security-demo') {
  return {
    id: `/subscriptions/${SUB}/resourcegroups/${resourceGroup}/providers/microsoft.operationalinsights/workspaces/${name}`,
    name,
    location: 'westeurope',
    properties: { customerId },
  };
}

describe('ARM URLs', () => {
  it('use the documented api-versions', () => {
    expect(subscriptionsUrl(`${ARM}/`)).toBe('https://management.azure.com/subscriptions?api-version=2022-12-01');
    expect(workspacesUrl(ARM, SUB)).toBe(
      `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.OperationalInsights/workspaces?api-version=2023-09-01`,
    );
  });
});

describe('listSubscriptions', () => {
  it('returns id and display name, with the bearer token', async () => {
    const { sent, fetchFn } = fakeArm({
      [subscriptionsUrl(ARM)]: { status: 200, body: { value: [{ subscriptionId: SUB, displayName: 'Contoso Security (demo)' }, { subscriptionId: 'x' }] } },
    });
    expect(await listSubscriptions(access(fetchFn))).toEqual({
      ok: true,
      value: [
        { subscriptionId: SUB, displayName: 'Contoso Security (demo)' },
        { subscriptionId: 'x', displayName: 'x' },
      ],
    });
    expect(sent).toEqual([{ url: subscriptionsUrl(ARM), authorization: `Bearer ${TOKEN}` }]);
  });

  it('turns an ARM error body into a typed failure', async () => {
    const { fetchFn } = fakeArm({
      [subscriptionsUrl(ARM)]: { status: 401, body: { error: { code: 'InvalidAuthenticationTokenTenant', message: 'The access token is from the wrong issuer.' } } },
    });
    expect(await listSubscriptions(access(fetchFn))).toEqual({
      ok: false,
      failure: { kind: 'service', status: 401, code: 'InvalidAuthenticationTokenTenant', message: 'The access token is from the wrong issuer.' },
    });
  });

  it('reports a network failure without a response', async () => {
    const { fetchFn } = fakeArm({});
    const result = await listSubscriptions(access(fetchFn));
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'network', status: null, code: 'NetworkError', message: 'No response from management.azure.com (network failure, DNS, or a missing CORS answer).' },
    });
  });

  it('reports a token that cannot be had, by its error code', async () => {
    const { sent, fetchFn } = fakeArm({});
    const failing: ArmAccess = { ...access(fetchFn), getToken: () => Promise.reject(Object.assign(new Error('https://aka.ms/x'), { errorCode: 'user_cancelled' })) };
    expect(await listSubscriptions(failing)).toEqual({
      ok: false,
      failure: { kind: 'token', status: null, code: 'TokenUnavailable', message: 'No token for Azure Resource Manager: user_cancelled' },
    });
    expect(sent).toEqual([]);
  });

  it('lets the caller\'s abort propagate', async () => {
    const fetchFn: typeof fetch = () => Promise.reject(new DOMException('aborted', 'AbortError'));
    await expect(listSubscriptions(access(fetchFn))).rejects.toThrow('aborted');
  });
});

describe('listWorkspaces', () => {
  it('follows nextLink verbatim until it is absent and maps each workspace', async () => {
    const next = `${ARM}/subscriptions/${SUB}/providers/Microsoft.OperationalInsights/workspaces?api-version=2023-09-01&$skiptoken=2`;
    const { sent, fetchFn } = fakeArm({
      [workspacesUrl(ARM, SUB)]: {
        status: 200,
        body: { value: [workspace('contoso-sentinel-demo', 'b5a3e4c2-0000-4000-8000-0000000d3001'), { id: 'no-customer-id', name: 'broken' }], nextLink: next },
      },
      [next]: { status: 200, body: { value: [workspace('contoso-empty', 'b5a3e4c2-0000-4000-8000-00000000e397', 'rg-apps-demo')], nextLink: null } },
    });
    const result = await listWorkspaces(access(fetchFn), SUB);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          workspaceId: 'b5a3e4c2-0000-4000-8000-0000000d3001',
          name: 'contoso-sentinel-demo',
          resourceGroup: 'rg-security-demo',
          location: 'westeurope',
          subscriptionId: SUB,
          resourceId: `/subscriptions/${SUB}/resourcegroups/rg-security-demo/providers/microsoft.operationalinsights/workspaces/contoso-sentinel-demo`,
        },
        {
          workspaceId: 'b5a3e4c2-0000-4000-8000-00000000e397',
          name: 'contoso-empty',
          resourceGroup: 'rg-apps-demo',
          location: 'westeurope',
          subscriptionId: SUB,
          resourceId: `/subscriptions/${SUB}/resourcegroups/rg-apps-demo/providers/microsoft.operationalinsights/workspaces/contoso-empty`,
        },
      ],
    });
    expect(sent.map((request) => request.url)).toEqual([workspacesUrl(ARM, SUB), next]);
  });

  it('refuses to send the token to a nextLink outside the allow-list', async () => {
    const { sent, fetchFn } = fakeArm({
      [workspacesUrl(ARM, SUB)]: { status: 200, body: { value: [], nextLink: 'https://evil.example/steal?x=1' } },
    });
    expect(await listWorkspaces(access(fetchFn), SUB)).toEqual({
      ok: false,
      failure: { kind: 'blocked-host', status: null, code: 'TokenHostNotAllowed', message: "The console does not send this connection's token to evil.example; the request was not made." },
    });
    expect(sent.map((request) => request.url)).toEqual([workspacesUrl(ARM, SUB)]);
  });

  it('passes on 403 AuthorizationFailed with ARM\'s message', async () => {
    const message = "The client 'nico@contoso-demo.onmicrosoft.com' with object id '8c58' does not have authorization to perform action 'Microsoft.OperationalInsights/workspaces/read'.";
    const { fetchFn } = fakeArm({ [workspacesUrl(ARM, SUB)]: { status: 403, body: { error: { code: 'AuthorizationFailed', message } } } });
    expect(await listWorkspaces(access(fetchFn), SUB)).toEqual({ ok: false, failure: { kind: 'service', status: 403, code: 'AuthorizationFailed', message } });
  });

  it('names a 200 that is not an ARM list', async () => {
    const { fetchFn } = fakeArm({ [workspacesUrl(ARM, SUB)]: { status: 200, body: { items: [] } } });
    expect(await listWorkspaces(access(fetchFn), SUB)).toEqual({
      ok: false,
      failure: { kind: 'malformed-response', status: 200, code: 'MalformedResponse', message: 'management.azure.com answered HTTP 200 without an ARM list (no "value" array).' },
    });
  });
});
