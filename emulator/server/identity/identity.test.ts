import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPS, DEMO_SPA_CLIENT_ID, DEMO_TENANT_DOMAIN, DEMO_TENANT_ID, OTHER_TENANT_ID, PERSONAS } from '../../config.ts';
import type { RunningEmulator } from '../index.ts';
import {
  APP_ORIGIN,
  LA_SCOPE,
  REDIRECT_URI,
  STARTUP_TIMEOUT_MS,
  authorize,
  decodeJwt,
  pickPersona,
  redeemCode,
  redirectParams,
  signInForCode,
  startTestEmulator,
  tokenRequest,
} from '../testing/emulatorClient.ts';

let emulator: RunningEmulator;
let base: string;
const reader = PERSONAS[0]!;

beforeAll(async () => {
  emulator = await startTestEmulator({ preload: false });
  base = emulator.url;
}, STARTUP_TIMEOUT_MS);
afterAll(() => emulator.close());

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

function setFault(name: string, params: Record<string, unknown> = {}): Promise<Response> {
  return fetch(`${base}/.emulator/faults/${name}`, { method: 'PUT', body: JSON.stringify(params) });
}

const clearFaults = (): Promise<Response> => fetch(`${base}/.emulator/faults`, { method: 'DELETE' });

function expectAadstsBody(body: Record<string, unknown>, error: string, code: number, messageStart: string): void {
  expect(Object.keys(body).slice(0, 7)).toEqual(['error', 'error_description', 'error_codes', 'timestamp', 'trace_id', 'correlation_id', 'error_uri']);
  expect(body['error']).toBe(error);
  expect(body['error_codes']).toEqual([code]);
  expect(body['error_uri']).toBe(`https://login.microsoftonline.com/error?code=${code}`);
  expect(String(body['error_description'])).toMatch(new RegExp(`^AADSTS${code}: ${messageStart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\r\\nTrace ID: [0-9a-f-]{36}\\r\\nCorrelation ID: [0-9a-f-]{36}\\r\\nTimestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$`, 's'));
}

describe('discovery', () => {
  it('serves the tenant openid-configuration with endpoints on the public host it was reached by', async () => {
    const response = await fetch(`${base}/${DEMO_TENANT_DOMAIN}/v2.0/.well-known/openid-configuration`, {
      headers: { 'x-forwarded-host': 'login.microsoftonline.com', 'x-forwarded-proto': 'https' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = await json(response);
    expect(body).toMatchObject({
      authorization_endpoint: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/authorize`,
      token_endpoint: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/token`,
      end_session_endpoint: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/oauth2/v2.0/logout`,
      jwks_uri: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/discovery/v2.0/keys`,
      issuer: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/v2.0`,
      id_token_signing_alg_values_supported: ['RS256'],
      cloud_instance_name: 'microsoftonline.com',
    });
    expect(Object.keys(body)[0]).toBe('token_endpoint');
  });

  it('uses its own address without forwarding, and the {tenantid} issuer for common', async () => {
    const body = await json(await fetch(`${base}/common/v2.0/.well-known/openid-configuration`));
    expect(body['authorization_endpoint']).toBe(`${base}/common/oauth2/v2.0/authorize`);
    expect(body['issuer']).toBe('https://login.microsoftonline.com/{tenantid}/v2.0');
    expect(body['tenant_region_scope']).toBeNull();
  });

  it('answers an unknown tenant with AADSTS90002', async () => {
    const response = await fetch(`${base}/nowhere.onmicrosoft.com/v2.0/.well-known/openid-configuration`);
    expect(response.status).toBe(400);
    expectAadstsBody(await json(response), 'invalid_tenant', 90002, "Tenant 'nowhere.onmicrosoft.com' not found.");
  });

  it('serves instance discovery with the real clouds plus its own host', async () => {
    const host = new URL(base).host;
    const endpoint = encodeURIComponent(`https://${host}/${DEMO_TENANT_ID}/oauth2/v2.0/authorize`);
    const body = await json(await fetch(`${base}/common/discovery/instance?api-version=1.1&authorization_endpoint=${endpoint}`));
    expect(body['tenant_discovery_endpoint']).toBe(`https://${host}/{tenant}/v2.0/.well-known/openid-configuration`);
    expect(body['api-version']).toBe('1.1');
    const metadata = body['metadata'] as { preferred_network: string; aliases: string[] }[];
    expect(metadata[0]!.aliases).toEqual(['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net']);
    expect(metadata.at(-1)).toEqual({ preferred_network: host, preferred_cache: host, aliases: [host] });
    const unknown = await fetch(`${base}/common/discovery/instance?api-version=1.1&authorization_endpoint=https://evil.example/x/oauth2/v2.0/authorize`);
    expect(unknown.status).toBe(400);
    expect((await json(unknown))['error']).toBe('invalid_instance');
  });

  it('publishes one RSA signing key', async () => {
    const body = (await json(await fetch(`${base}/${DEMO_TENANT_ID}/discovery/v2.0/keys`))) as { keys: Record<string, unknown>[] };
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', e: 'AQAB', issuer: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/v2.0` });
    expect(body.keys[0]!['kid']).toBe(body.keys[0]!['x5t']);
  });
});

describe('authorize', () => {
  it('shows an accessible persona picker without scripts or CSP', async () => {
    const response = await authorize(base);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBeNull();
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`<form method="post" action="/${DEMO_TENANT_ID}/login">`);
    for (const persona of PERSONAS) expect(html).toContain(`>Sign in as ${persona.displayName}</button>`);
    expect(html).toContain('aria-describedby="persona-norole"');
    expect(html).toContain('<button type="submit" name="cancel" value="1" class="cancel">Cancel</button>');
  });

  it('shows AADSTS700016 for an unknown client and AADSTS90002 for an unknown tenant, without redirecting', async () => {
    const unknownClient = await authorize(base, { clientId: '00000000-0000-4000-8000-000000000bad' });
    expect(unknownClient.status).toBe(200);
    expect(await unknownClient.text()).toContain(`AADSTS700016: Application with identifier &#39;00000000-0000-4000-8000-000000000bad&#39; was not found in the directory &#39;${DEMO_TENANT_ID}&#39;.`);
    const unknownTenant = await authorize(base, { tenant: 'nowhere.example' });
    expect(await unknownTenant.text()).toContain('AADSTS90002: Tenant &#39;nowhere.example&#39; not found.');
  });

  it('shows AADSTS50011 with the redirect URI that was sent', async () => {
    const response = await authorize(base, { redirectUri: 'https://attacker.example/cb' });
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).toContain(`AADSTS50011: The redirect URI &#39;https://attacker.example/cb&#39; specified in the request does not match the redirect URIs configured for the application &#39;${DEMO_SPA_CLIENT_ID}&#39;.`);
  });

  it('accepts loopback redirect URIs on any port and ones registered through settings', async () => {
    expect((await authorize(base, { redirectUri: 'http://127.0.0.1:49152/app/' })).status).toBe(200);
    const custom = 'https://console.example.test/redirect.html';
    expect((await authorize(base, { redirectUri: custom })).status).toBe(200);
    expect(await (await authorize(base, { redirectUri: custom })).text()).toContain('AADSTS50011');
    await fetch(`${base}/.emulator/settings`, { method: 'PUT', body: JSON.stringify({ redirectUris: [custom] }) });
    expect(await (await authorize(base, { redirectUri: custom })).text()).toContain('Pick an account');
    await fetch(`${base}/.emulator/settings`, { method: 'PUT', body: JSON.stringify({ redirectUris: [] }) });
  });

  it('redirects with error=access_denied when the user cancels', async () => {
    const answer = await pickPersona(base, await authorize(base, { state: 'xyz' }), 'cancel');
    expect(answer.status).toBe(302);
    const params = redirectParams(answer);
    expect(answer.headers.get('location')!.startsWith(`${REDIRECT_URI}#error=access_denied&`)).toBe(true);
    expect(params.get('error_description')).toMatch(/^AADSTS65004: User declined to consent to access the app\./);
    expect(params.get('error_subcode')).toBe('cancel');
    expect(params.get('state')).toBe('xyz');
  });

  it('answers prompt=none with login_required without a session and with a code with one', async () => {
    const silent = await authorize(base, { prompt: 'none', state: 's1' });
    expect(silent.status).toBe(302);
    const params = redirectParams(silent);
    expect(params.get('error')).toBe('login_required');
    expect(params.get('error_description')).toMatch(/^AADSTS50058: A silent sign-in request was sent but no user is signed in\./);
    expect(params.get('state')).toBe('s1');

    const signIn = await signInForCode(base, 'reader');
    expect(signIn.cookie).toMatch(/^emulator_session=/);
    const withSession = redirectParams(await authorize(base, { prompt: 'none', cookie: signIn.cookie, state: 's2' }));
    expect([...withSession.keys()]).toEqual(['code', 'client_info', 'state', 'session_state']);
    expect(withSession.get('state')).toBe('s2');
  });
});

describe('authorization code with PKCE', () => {
  it('issues a code, then tokens whose claims are Entra-shaped and whose signatures verify against the JWKS', async () => {
    const signIn = await signInForCode(base, 'reader', { nonce: 'n-123', state: 'st-9' });
    expect(signIn.fragment.get('state')).toBe('st-9');
    expect(JSON.parse(Buffer.from(signIn.fragment.get('client_info')!, 'base64url').toString())).toEqual({ uid: reader.objectId, utid: DEMO_TENANT_ID });

    const response = await redeemCode(base, signIn);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('cache-control')).toBe('no-store, no-cache');
    const body = await json(response);
    expect(Object.keys(body)).toEqual(['token_type', 'scope', 'expires_in', 'ext_expires_in', 'access_token', 'refresh_token', 'id_token', 'client_info']);
    expect(body['token_type']).toBe('Bearer');
    expect(body['scope']).toBe('https://api.loganalytics.io/Data.Read https://api.loganalytics.io/.default');
    expect(body['expires_in']).toBeGreaterThanOrEqual(3600);
    expect(body['expires_in']).toBeLessThan(4500);

    const idToken = decodeJwt(String(body['id_token']));
    expect(idToken.claims).toMatchObject({
      aud: DEMO_SPA_CLIENT_ID,
      iss: `https://login.microsoftonline.com/${DEMO_TENANT_ID}/v2.0`,
      nonce: 'n-123',
      oid: reader.objectId,
      tid: DEMO_TENANT_ID,
      name: 'Riley Reader',
      preferred_username: reader.upn,
      ver: '2.0',
    });
    expect(Number(idToken.claims['exp']) - Number(idToken.claims['iat'])).toBe(3600);

    const access = decodeJwt(String(body['access_token']));
    expect(access.claims).toMatchObject({
      aud: 'https://api.loganalytics.io',
      iss: `https://sts.windows.net/${DEMO_TENANT_ID}/`,
      appid: DEMO_SPA_CLIENT_ID,
      appidacr: '0',
      scp: 'Data.Read',
      oid: reader.objectId,
      tid: DEMO_TENANT_ID,
      upn: reader.upn,
      unique_name: reader.upn,
      name: 'Riley Reader',
      ver: '1.0',
    });
    expect(access.claims['exp']).toBe(Number(access.claims['iat']) + Number(body['expires_in']));

    const jwks = (await json(await fetch(`${base}/common/discovery/keys`))) as { keys: { kid: string; n: string; e: string }[] };
    for (const token of [String(body['id_token']), String(body['access_token'])]) {
      const [header, claims, signature] = token.split('.') as [string, string, string];
      const jwk = jwks.keys.find((key) => key.kid === decodeJwt(token).header['kid'])!;
      const publicKey = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
      expect(verify('sha256', Buffer.from(`${header}.${claims}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
    }
  });

  it('redeems a code once only (AADSTS54005)', async () => {
    const signIn = await signInForCode(base, 'reader');
    expect((await redeemCode(base, signIn)).status).toBe(200);
    const again = await redeemCode(base, signIn);
    expect(again.status).toBe(400);
    expectAadstsBody(await json(again), 'invalid_grant', 54005, 'OAuth2 Authorization code was already redeemed');
  });

  it('checks the code_verifier (AADSTS501481), the redirect URI and the Origin', async () => {
    const signIn = await signInForCode(base, 'reader');
    const wrongVerifier = await redeemCode(base, { ...signIn, verifier: 'x'.repeat(43) });
    expectAadstsBody(await json(wrongVerifier), 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
    const wrongRedirect = await tokenRequest(base, { client_id: DEMO_SPA_CLIENT_ID, redirect_uri: 'http://localhost:3000/other', code: signIn.code, code_verifier: signIn.verifier, grant_type: 'authorization_code' });
    expect((await json(wrongRedirect))['error_codes']).toEqual([500117]);
    const noOrigin = await tokenRequest(base, { client_id: DEMO_SPA_CLIENT_ID, redirect_uri: REDIRECT_URI, code: signIn.code, code_verifier: signIn.verifier, grant_type: 'authorization_code' }, { origin: null });
    expectAadstsBody(await json(noOrigin), 'invalid_request', 9002327, "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.");
    expect((await redeemCode(base, signIn)).status).toBe(200);
  });

  it('accepts the parameters in the query string too, and issues no refresh token without offline_access', async () => {
    const signIn = await signInForCode(base, 'norole', { scope: `${LA_SCOPE} openid` });
    const query = new URLSearchParams({ client_id: DEMO_SPA_CLIENT_ID, 'client-request-id': '11111111-2222-4333-8444-555555555555' });
    const response = await fetch(`${base}/${DEMO_TENANT_ID}/oauth2/v2.0/token?${query.toString()}`, {
      method: 'POST',
      headers: { origin: APP_ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ redirect_uri: REDIRECT_URI, scope: `${LA_SCOPE} openid`, code: signIn.code, code_verifier: signIn.verifier, grant_type: 'authorization_code' }),
    });
    const body = await json(response);
    expect(decodeJwt(String(body['access_token'])).claims['oid']).toBe(PERSONAS[1]!.objectId);
    expect(body['refresh_token']).toBeUndefined();
  });

  it('answers the CORS preflight of the token endpoint for the caller origin', async () => {
    const response = await fetch(`${base}/${DEMO_TENANT_ID}/oauth2/v2.0/token`, {
      method: 'OPTIONS',
      headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-anchormailbox' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('x-anchormailbox');
  });

  it('rejects GET on the token endpoint (AADSTS900561)', async () => {
    const response = await fetch(`${base}/${DEMO_TENANT_ID}/oauth2/v2.0/token`);
    expect(response.status).toBe(400);
    expectAadstsBody(await json(response), 'invalid_request', 900561, 'The endpoint only accepts POST, OPTIONS requests. Received a GET request.');
  });
});

describe('refresh tokens', () => {
  async function firstTokens(): Promise<Record<string, unknown>> {
    return json(await redeemCode(base, await signInForCode(base, 'reader')));
  }

  function refresh(refreshToken: string, scope = `${LA_SCOPE} openid profile offline_access`): Promise<Response> {
    return tokenRequest(base, { client_id: DEMO_SPA_CLIENT_ID, grant_type: 'refresh_token', refresh_token: refreshToken, scope, client_info: '1' });
  }

  it('rotates: each redemption returns new tokens, also for another resource', async () => {
    const first = await firstTokens();
    const second = await json(await refresh(String(first['refresh_token'])));
    expect(decodeJwt(String(second['id_token'])).claims['nonce']).toBeUndefined();
    expect(second['refresh_token']).toMatch(/^1\.AXkA/);
    expect(second['refresh_token']).not.toBe(first['refresh_token']);
    expect(second['access_token']).not.toBe(first['access_token']);
    const arm = await json(await refresh(String(second['refresh_token']), 'https://management.azure.com/.default openid profile offline_access'));
    expect(decodeJwt(String(arm['access_token'])).claims).toMatchObject({ aud: 'https://management.azure.com/', scp: 'user_impersonation' });
    expect(arm['scope']).toBe('https://management.azure.com/user_impersonation https://management.azure.com/.default');
  });

  it('expires a SPA refresh token a fixed time after sign-in (AADSTS700084)', async () => {
    await setFault('refresh-token-lifetime', { seconds: 1 });
    const first = await firstTokens();
    await clearFaults();
    expect((await refresh(String(first['refresh_token']))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const expired = await refresh(String(first['refresh_token']));
    expect(expired.status).toBe(400);
    expectAadstsBody(await json(expired), 'invalid_grant', 700084, 'The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 00:00:01, which cannot be extended.');
  });

  it('rejects an unknown refresh token', async () => {
    expect((await json(await refresh('1.AXkAnot-a-token')))['error']).toBe('invalid_grant');
  });
});

describe('client credentials', () => {
  it.each(DEMO_APPS.map((app) => [app.persona, app] as const))('issues an app token for the %s app', async (_persona, app) => {
    const response = await tokenRequest(base, { client_id: app.clientId, client_secret: app.clientSecret, scope: LA_SCOPE, grant_type: 'client_credentials' }, { tenant: app.tenantId, origin: null });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(Object.keys(body)).toEqual(['token_type', 'expires_in', 'ext_expires_in', 'access_token']);
    expect(body['expires_in']).toBe(3599);
    const { claims } = decodeJwt(String(body['access_token']));
    expect(claims).toMatchObject({ aud: 'https://api.loganalytics.io', iss: `https://sts.windows.net/${app.tenantId}/`, appid: app.clientId, appidacr: '1', roles: ['Data.Read'], tid: app.tenantId, idtyp: 'app', ver: '1.0' });
    expect(claims['scp']).toBeUndefined();
    expect(claims['upn']).toBeUndefined();
  });

  it('accepts client_secret_basic and a sovereign audience', async () => {
    const app = DEMO_APPS[0]!;
    const response = await tokenRequest(base, { scope: 'https://api.loganalytics.us/.default', grant_type: 'client_credentials' }, {
      origin: null,
      headers: { authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64')}` },
    });
    expect(decodeJwt(String((await json(response))['access_token'])).claims['aud']).toBe('https://api.loganalytics.us');
  });

  it('answers the real errors for a wrong secret, tenant, authority or scope', async () => {
    const app = DEMO_APPS[0]!;
    const request = (form: Record<string, string>, tenant = DEMO_TENANT_ID) =>
      tokenRequest(base, { client_id: app.clientId, client_secret: app.clientSecret, scope: LA_SCOPE, grant_type: 'client_credentials', ...form }, { tenant, origin: null });
    const wrongSecret = await request({ client_secret: 'nope' });
    expect(wrongSecret.status).toBe(401);
    expectAadstsBody(await json(wrongSecret), 'invalid_client', 7000215, 'Invalid client secret provided.');
    expect((await json(await request({}, OTHER_TENANT_ID)))['error_codes']).toEqual([700016]);
    expect((await json(await request({}, 'common')))['error_codes']).toEqual([50059]);
    expect((await json(await request({ scope: 'https://api.loganalytics.io/Data.Read' })))['error_codes']).toEqual([1002012]);
    expect((await json(await request({ scope: 'https://nothing.example/.default' })))['error_codes']).toEqual([500011]);
    expect((await json(await request({ grant_type: 'password' })))['error_codes']).toEqual([70003]);
  });
});

describe('faults on identity', () => {
  it('token-lifetime shortens newly issued access tokens', async () => {
    await setFault('token-lifetime', { seconds: 5 });
    const app = DEMO_APPS[0]!;
    const body = await json(await tokenRequest(base, { client_id: app.clientId, client_secret: app.clientSecret, scope: LA_SCOPE, grant_type: 'client_credentials' }, { origin: null }));
    await clearFaults();
    expect(body['expires_in']).toBe(5);
    const { claims } = decodeJwt(String(body['access_token']));
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(5);
  });

  it('signin-error 50011 / 700016 / 90002 show error pages at authorize', async () => {
    for (const [code, text] of [[50011, 'AADSTS50011: The redirect URI &#39;http://localhost:3000/redirect.html&#39;'], [700016, 'AADSTS700016: Application with identifier'], [90002, 'AADSTS90002: Tenant']] as const) {
      const response = await authorize(base, { headers: { 'x-emulator-fault': `signin-error;code=${code}` } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(text);
    }
  });

  it('signin-error 9002326 and 65001 answer at the token endpoint', async () => {
    const signIn = await signInForCode(base, 'reader');
    await setFault('signin-error', { code: 9002326 });
    const crossOrigin = await redeemCode(base, signIn);
    expectAadstsBody(await json(crossOrigin), 'invalid_request', 9002326, `Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. Request origin: '${APP_ORIGIN}'.`);
    await setFault('signin-error', { code: 65001 });
    const consent = await json(await redeemCode(base, signIn));
    expectAadstsBody(consent, 'invalid_grant', 65001, `The user or administrator has not consented to use the application with ID '${DEMO_SPA_CLIENT_ID}'`);
    expect(consent['suberror']).toBe('consent_required');
    await clearFaults();
    expect((await redeemCode(base, signIn)).status).toBe(200);
  });

  it('signin-error 50076 requires interaction for silent requests and at the token endpoint', async () => {
    const signIn = await signInForCode(base, 'reader');
    await setFault('signin-error', { code: 50076 });
    const silent = redirectParams(await authorize(base, { prompt: 'none', cookie: signIn.cookie }));
    expect(silent.get('error')).toBe('interaction_required');
    expect(silent.get('error_description')).toMatch(/^AADSTS50076: Due to a configuration change made by your administrator/);
    expect((await authorize(base)).status).toBe(200);
    const token = await json(await redeemCode(base, signIn));
    expect(token['error']).toBe('invalid_grant');
    expect(token['suberror']).toBe('basic_action');
    await clearFaults();
  });

  it('signin-error 530003 redirects with access_denied', async () => {
    const params = redirectParams(await authorize(base, { headers: { 'x-emulator-fault': 'signin-error;code=530003' } }));
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('error_description')).toMatch(/^AADSTS530003: Your device is required to be managed to access this resource\./);
  });
});

describe('logout', () => {
  it('ends the session and returns to the registered post-logout URI', async () => {
    const signIn = await signInForCode(base, 'reader');
    const logout = await fetch(`${base}/${DEMO_TENANT_ID}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(REDIRECT_URI)}`, { redirect: 'manual', headers: { cookie: signIn.cookie } });
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe(REDIRECT_URI);
    expect(logout.headers.get('set-cookie')).toMatch(/^emulator_session=; Max-Age=0/);
    expect(redirectParams(await authorize(base, { prompt: 'none', cookie: signIn.cookie })).get('error')).toBe('login_required');
  });
});
