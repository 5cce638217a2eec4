// Helpers for the emulator's own tests: start it in-process and drive its identity flows with fetch, as a browser
// (authorize → persona picker → code → token) or a daemon (client credentials) would.
import { createHash, randomBytes } from 'node:crypto';
import { DEMO_APPS, DEMO_SPA_CLIENT_ID, DEMO_TENANT_ID } from '../../config.ts';
import type { PersonaId } from '../../config.ts';
import { startEmulator } from '../index.ts';
import type { EmulatorOptions, RunningEmulator } from '../index.ts';

export const APP_ORIGIN = 'http://localhost:3000';
export const REDIRECT_URI = `${APP_ORIGIN}/redirect.html`;
export const LA_SCOPE = 'https://api.loganalytics.io/.default';

/** Starting a preloaded emulator warms the KQL engine and builds the demo data: seconds on a busy machine. */
export const STARTUP_TIMEOUT_MS = 60_000;

export function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, ...options });
}

export function decodeJwt(token: string): { header: Record<string, unknown>; claims: Record<string, unknown> } {
  const [header = '', claims = ''] = token.split('.');
  const decode = (segment: string) => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
  return { header: decode(header), claims: decode(claims) };
}

function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export interface AuthorizeOptions {
  tenant?: string;
  clientId?: string;
  redirectUri?: string;
  scope?: string;
  prompt?: string;
  challenge?: string;
  state?: string;
  nonce?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

function authorizeUrl(base: string, options: AuthorizeOptions = {}): string {
  const params = new URLSearchParams({
    client_id: options.clientId ?? DEMO_SPA_CLIENT_ID,
    scope: options.scope ?? `${LA_SCOPE} openid profile offline_access`,
    redirect_uri: options.redirectUri ?? REDIRECT_URI,
    'client-request-id': 'c0ffee00-0000-4000-8000-000000000001',
    response_mode: 'fragment',
    response_type: 'code',
    'x-client-SKU': 'msal.js.browser',
    client_info: '1',
    code_challenge: options.challenge ?? pkcePair().challenge,
    code_challenge_method: 'S256',
    nonce: options.nonce ?? 'nonce-1',
    state: options.state ?? 'state-1',
  });
  if (options.prompt !== undefined) params.set('prompt', options.prompt);
  return `${base}/${options.tenant ?? DEMO_TENANT_ID}/oauth2/v2.0/authorize?${params.toString()}`;
}

export function authorize(base: string, options: AuthorizeOptions = {}): Promise<Response> {
  return fetch(authorizeUrl(base, options), { redirect: 'manual', headers: { ...(options.cookie === undefined ? {} : { cookie: options.cookie }), ...options.headers } });
}

/** The parameters of a redirect back to the app (fragment or query). */
export function redirectParams(response: Response): URLSearchParams {
  const location = response.headers.get('location') ?? '';
  const url = new URL(location);
  return new URLSearchParams(url.hash === '' ? url.search : url.hash.slice(1));
}

/** Answers the persona picker shown by an authorize response. */
export async function pickPersona(base: string, pickerPage: Response, persona: PersonaId | 'cancel', tenant = DEMO_TENANT_ID): Promise<Response> {
  const html = await pickerPage.text();
  const transaction = /name="transaction" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const form = new URLSearchParams({ transaction });
  if (persona === 'cancel') form.set('cancel', '1');
  else form.set('persona', persona);
  return fetch(`${base}/${tenant}/login`, { method: 'POST', body: form, redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

export function tokenRequest(base: string, form: Record<string, string>, options: { tenant?: string; origin?: string | null; headers?: Record<string, string> } = {}): Promise<Response> {
  const origin = options.origin === undefined ? APP_ORIGIN : options.origin;
  return fetch(`${base}/${options.tenant ?? DEMO_TENANT_ID}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams(form),
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8', ...(origin === null ? {} : { origin }), ...options.headers },
  });
}

export interface SignIn {
  code: string;
  verifier: string;
  cookie: string;
  fragment: URLSearchParams;
}

/** Authorize with PKCE and pick `persona`: returns the code (not yet redeemed) and the session cookie. */
export async function signInForCode(base: string, persona: PersonaId, options: AuthorizeOptions = {}): Promise<SignIn> {
  const { verifier, challenge } = pkcePair();
  const page = await authorize(base, { ...options, challenge });
  const answer = await pickPersona(base, page, persona, options.tenant);
  const fragment = redirectParams(answer);
  const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { code: fragment.get('code') ?? '', verifier, cookie, fragment };
}

export function redeemCode(base: string, signIn: SignIn, scope = `${LA_SCOPE} openid profile offline_access`): Promise<Response> {
  return tokenRequest(base, {
    client_id: DEMO_SPA_CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    scope,
    code: signIn.code,
    code_verifier: signIn.verifier,
    grant_type: 'authorization_code',
    client_info: '1',
  });
}

/** A user's access token for `scope`, through the whole browser flow. */
export async function userToken(base: string, persona: PersonaId, scope = LA_SCOPE): Promise<string> {
  const signIn = await signInForCode(base, persona, { scope: `${scope} openid profile offline_access` });
  const response = await redeemCode(base, signIn, `${scope} openid profile offline_access`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** An app token through client credentials, for the demo app acting as `persona`. */
export async function appToken(base: string, persona: PersonaId, scope = LA_SCOPE): Promise<string> {
  const app = DEMO_APPS.find((candidate) => candidate.persona === persona)!;
  const response = await tokenRequest(
    base,
    { client_id: app.clientId, client_secret: app.clientSecret, scope, grant_type: 'client_credentials' },
    { tenant: app.tenantId, origin: null },
  );
  return ((await response.json()) as { access_token: string }).access_token;
}
