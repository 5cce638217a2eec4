// A token that expires while the analyst works (DESIGN §7): with the emulator issuing short-lived access tokens, MSAL
// renews them silently and the next query just works; when renewal needs the analyst (the refresh token and the sign-in
// session are gone), the run stops at the sign-in diagnosis, and Sign in again signs in and runs the query by itself.
import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { test, type BrowserSession } from './harness/fixtures';
import { QUERY_URL, results, setQuery } from './helpers/results';
import { chooseDemoWorkspace, signInAsReader } from './helpers/signIn';

const LIFETIME_SECONDS = 5;

/** Switches emulator faults on for `work`, and always off again. */
async function withFaults<T>(emulatorUrl: string, names: string[], work: () => Promise<T>): Promise<T> {
  try {
    for (const name of names) {
      const answer = await fetch(`${emulatorUrl}/.emulator/faults/${name}`, { method: 'PUT', body: JSON.stringify({ seconds: LIFETIME_SECONDS }) });
      expect(answer.ok).toBe(true);
    }
    return await work();
  } finally {
    await clearFaults(emulatorUrl, names);
  }
}

async function clearFaults(emulatorUrl: string, names: string[]): Promise<void> {
  for (const name of names) await fetch(`${emulatorUrl}/.emulator/faults/${name}`, { method: 'DELETE' });
}

/** The bearer tokens the page sent to the query API, in order. */
function recordQueryTokens(page: Page): string[] {
  const tokens: string[] = [];
  page.on('request', (request) => {
    const authorization = request.headers().authorization;
    if (request.url() === QUERY_URL && request.method() === 'POST' && authorization) tokens.push(authorization.replace(/^Bearer /, ''));
  });
  return tokens;
}

function claimsOf(token: string): { exp: number; iat: number } {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp: number; iat: number };
}

/** Waits until the token's `exp` has passed by a second, by the test's clock (the emulator's runs in real time too). */
async function waitPastExpiry(page: Page, token: string): Promise<void> {
  const remaining = claimsOf(token).exp * 1000 - Date.now();
  await page.waitForTimeout(Math.max(0, remaining) + 1_000);
}

function isRefreshRedemption(request: Request): boolean {
  return request.method() === 'POST' && /\/oauth2\/v2\.0\/token$/.test(new URL(request.url()).pathname) && /grant_type=refresh_token/.test(request.postData() ?? '');
}

const run = (page: Page) => page.getByRole('toolbar', { name: 'Query actions' }).getByRole('button', { name: 'Run', exact: true }).click();
const signInDiagnosis = (page: Page) => results(page).getByRole('alert', { name: 'Sign in again to continue' });

/** Signs in with short-lived access and refresh tokens, runs once, then lets both expire and ends the sign-in session. */
async function loseTheSession(session: BrowserSession, query: string): Promise<string[]> {
  const { page, context, emulatorUrl } = session;
  const tokens = recordQueryTokens(page);
  await withFaults(emulatorUrl, ['token-lifetime', 'refresh-token-lifetime'], async () => {
    await signInAsReader(session);
    await chooseDemoWorkspace(page);
    await setQuery(page, query);
    await run(page);
    await results(page).getByRole('gridcell', { name: 'first' }).waitFor();
    await waitPastExpiry(page, tokens[0] ?? '');
  });
  // The emulator's sign-in cookie is what lets MSAL's hidden iframe sign in silently; without it Entra asks the user.
  await context.clearCookies();
  return tokens;
}

test('an access token that expires while the analyst works is renewed silently and the next query just works', async ({ session }) => {
  const { page, context, emulatorUrl } = session;
  const tokens = recordQueryTokens(page);
  const renewals: Request[] = [];
  page.on('request', (request) => {
    if (isRefreshRedemption(request)) renewals.push(request);
  });
  let windowsOpened = 0;
  await withFaults(emulatorUrl, ['token-lifetime'], async () => {
    await signInAsReader(session);
    await chooseDemoWorkspace(page);
    context.on('page', () => windowsOpened++);
    await setQuery(page, 'print Step = "first"');
    await run(page);
    await results(page).getByRole('gridcell', { name: 'first' }).waitFor();
    const [first] = tokens;
    expect(first).toBeDefined();
    expect(claimsOf(first ?? '').exp - claimsOf(first ?? '').iat).toBe(LIFETIME_SECONDS);

    await waitPastExpiry(page, first ?? '');
    const renewalsBefore = renewals.length;
    await setQuery(page, 'print Step = "after expiry"');
    await run(page);
    await results(page).getByRole('gridcell', { name: 'after expiry' }).waitFor();
    expect(tokens).toHaveLength(2);
    const second = tokens[1] ?? '';
    expect(second).not.toBe(first);
    expect(claimsOf(second).exp * 1000).toBeGreaterThan(Date.now() - 1_000);
    // Renewed with the refresh token, from the page itself: no window, no redirect, no diagnosis.
    expect(renewals.length).toBeGreaterThan(renewalsBefore);
  });
  expect(windowsOpened).toBe(0);
  expect(new URL(page.url()).pathname).toBe('/');
  expect(await results(page).getByRole('alert').count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
});

test('when renewal needs the analyst, the run shows the sign-in diagnosis, and Sign in again re-runs the pending query', async ({ session }) => {
  const { page, context } = session;
  const tokens = await loseTheSession(session, 'print Step = "first"');
  expect(tokens).toHaveLength(1);

  await setQuery(page, 'print Step = "pending"');
  let windowsOpened = 0;
  context.on('page', () => windowsOpened++);
  await run(page);
  const diagnosis = signInDiagnosis(page);
  await diagnosis.waitFor();
  await diagnosis.getByRole('listitem').filter({ hasText: 'Sign-in error: ' }).waitFor();
  // The run asked for a token without opening a window behind the analyst's back, and sent nothing without one.
  expect(windowsOpened).toBe(0);
  expect(tokens).toHaveLength(1);

  const sent = page.waitForRequest((request) => request.url() === QUERY_URL && request.method() === 'POST');
  const popupOpened = context.waitForEvent('page');
  await diagnosis.getByRole('button', { name: 'Sign in again' }).click();
  await (await popupOpened).getByRole('button', { name: 'Sign in as Riley Reader' }).click();
  expect(JSON.parse((await sent).postData() ?? '{}').query).toContain('print Step = "pending"');
  await results(page).getByRole('gridcell', { name: 'pending' }).waitFor();
  expect(await signInDiagnosis(page).count()).toBe(0);
  expect(tokens).toHaveLength(2);
  expect(session.pageErrors).toEqual([]);
});

test('after Sign in again, a query the analyst has changed meanwhile waits for Run', async ({ session }) => {
  const { page, context } = session;
  const tokens = await loseTheSession(session, 'print Step = "first"');
  await setQuery(page, 'print Step = "pending"');
  await run(page);
  const diagnosis = signInDiagnosis(page);
  await diagnosis.waitFor();

  await setQuery(page, 'print Step = "edited"');
  const popupOpened = context.waitForEvent('page');
  await diagnosis.getByRole('button', { name: 'Sign in again' }).click();
  await (await popupOpened).getByRole('button', { name: 'Sign in as Riley Reader' }).click();
  await diagnosis.getByRole('status').filter({ hasText: 'Signed in again. Run the query again.' }).waitFor();
  expect(tokens).toHaveLength(1);

  await run(page);
  await results(page).getByRole('gridcell', { name: 'edited' }).waitFor();
  expect(tokens).toHaveLength(2);
  expect(session.pageErrors).toEqual([]);
});
