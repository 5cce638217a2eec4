import { describe, expect, it } from 'vitest';
import { createDemoConnection } from './demoConnection';
import type { DemoSession } from './demoSignIn';

const EMULATOR = 'http://127.0.0.1:5178';
const TENANT = '72f988bf-0000-4000-8000-00000000d3e0';
const CLIENT = '5a1c0f3e-0000-4000-8000-00000000c0de';
const NOW = 1_800_000_000_000;

function session(expiresAt: number): DemoSession {
  return {
    directory: { tenantId: TENANT, clientId: CLIENT },
    identity: { mode: 'demo', name: 'Riley Reader', username: 'riley@contoso-demo.onmicrosoft.com', tenantId: TENANT },
    logAnalytics: { accessToken: 'la-1', expiresAt, refreshToken: 'rt-1', idToken: null },
  };
}

/** A token endpoint that issues `<resource>-<n>` access tokens and rotates refresh tokens. */
function fakeTokenEndpoint(answer?: { status: number; body: unknown }) {
  const forms: URLSearchParams[] = [];
  const fetchFn: typeof fetch = async (input, init) => {
    expect(String(input)).toBe(`${EMULATOR}/${TENANT}/oauth2/v2.0/token`);
    const form = new URLSearchParams(String(init?.body));
    forms.push(form);
    if (answer) return new Response(JSON.stringify(answer.body), { status: answer.status });
    const prefix = form.get('scope')?.startsWith('https://management.azure.com') ? 'arm' : 'la';
    return new Response(JSON.stringify({ access_token: `${prefix}-${forms.length + 1}`, expires_in: 3600, refresh_token: `rt-${forms.length + 1}` }), { status: 200 });
  };
  return { forms, fetchFn };
}

describe('demo connection', () => {
  it('uses the emulator origin for both APIs and sends tokens to that exact origin only', () => {
    const connection = createDemoConnection(EMULATOR, session(NOW + 3_600_000), () => NOW, fakeTokenEndpoint().fetchFn);
    expect(connection.logAnalyticsEndpoint).toBe(EMULATOR);
    expect(connection.resourceManagerEndpoint).toBe(EMULATOR);
    expect(connection.identity.mode).toBe('demo');
    expect(connection.isTokenUrlAllowed(`${EMULATOR}/v1/workspaces/x/query`)).toBe(true);
    expect(connection.isTokenUrlAllowed('http://127.0.0.1:5179/v1/workspaces/x/query')).toBe(false);
    expect(connection.isTokenUrlAllowed('http://localhost:5178/subscriptions')).toBe(false);
    expect(connection.isTokenUrlAllowed('https://api.loganalytics.io/v1')).toBe(false);
    expect(connection.isTokenUrlAllowed('not a url')).toBe(false);
  });

  it('returns the sign-in token while fresh and redeems the refresh token once for ARM, shared by concurrent callers', async () => {
    const { forms, fetchFn } = fakeTokenEndpoint();
    const connection = createDemoConnection(EMULATOR, session(NOW + 3_600_000), () => NOW, fetchFn);
    expect(await connection.getToken('logAnalytics')).toBe('la-1');
    const [first, second] = await Promise.all([connection.getToken('resourceManager'), connection.getToken('resourceManager')]);
    expect([first, second]).toEqual(['arm-2', 'arm-2']);
    expect(forms.map((form) => Object.fromEntries(form))).toEqual([
      { grant_type: 'refresh_token', client_id: CLIENT, refresh_token: 'rt-1', scope: 'https://management.azure.com/.default offline_access' },
    ]);
    expect(await connection.getToken('resourceManager')).toBe('arm-2');
  });

  it('renews a token about to expire with the newest refresh token', async () => {
    const { forms, fetchFn } = fakeTokenEndpoint();
    const connection = createDemoConnection(EMULATOR, session(NOW + 60_000), () => NOW, fetchFn);
    expect(await connection.getToken('resourceManager')).toBe('arm-2');
    expect(await connection.getToken('logAnalytics')).toBe('la-3');
    expect(forms.map((form) => form.get('refresh_token'))).toEqual(['rt-1', 'rt-2']);
  });

  it('reports the identity service\'s error by the first line of its description', async () => {
    const description = 'AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime.\r\nTrace ID: x\r\nCorrelation ID: y';
    const { fetchFn } = fakeTokenEndpoint({ status: 400, body: { error: 'invalid_grant', error_description: description } });
    const connection = createDemoConnection(EMULATOR, session(NOW), () => NOW, fetchFn);
    await expect(connection.getToken('logAnalytics')).rejects.toMatchObject({
      errorCode: 'invalid_grant',
      message: 'AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime.',
    });
  });

  it('forgets its tokens on sign-out', async () => {
    const connection = createDemoConnection(EMULATOR, session(NOW + 60_000), () => NOW, fakeTokenEndpoint().fetchFn);
    await connection.signOut();
    await expect(connection.getToken('logAnalytics')).rejects.toThrow('The demo session has no refresh token; sign in to the local demo again.');
  });
});
