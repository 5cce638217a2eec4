// The harness proof: the production build, with its production configuration, signs in through the real
// msal-browser (auth code + PKCE via the redirect bridge) and queries the public Log Analytics endpoint, all answered
// by the emulator through the browser's routing.
import { expect } from 'vitest';
import { DEMO_TENANT_ID } from '../emulator/config';
import { test } from './harness/fixtures';
import { QUERY_URL, results, setQuery } from './helpers/results';
import { chooseDemoWorkspace, signInAsReader } from './helpers/signIn';

/** The decoded payload of a JWT (no signature check: the test only reads claims). */
function jwtClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

test('signs in with a popup and runs a query against api.loganalytics.io', async ({ session }) => {
  const { page } = session;
  await signInAsReader(session);
  await chooseDemoWorkspace(page);
  await setQuery(page, 'SigninLogs | where TimeGenerated > ago(1d) | take 5');

  const queryRequestSent = page.waitForRequest((request) => request.url() === QUERY_URL && request.method() === 'POST');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const queryRequest = await queryRequestSent;
  await results(page).getByRole('tab', { name: /PrimaryResult \(5 rows\)/ }).waitFor();
  // Header row plus the five data rows.
  expect(await results(page).getByRole('grid').getAttribute('aria-rowcount')).toBe('6');

  // Assertions on the token read only its claims, so a failure never prints the token itself.
  const authorization = (await queryRequest.allHeaders()).authorization ?? '';
  expect(authorization.startsWith('Bearer ')).toBe(true);
  const claims = jwtClaims(authorization.slice('Bearer '.length));
  expect(claims.aud).toBe('https://api.loganalytics.io');
  expect(claims.tid).toBe(DEMO_TENANT_ID);
  expect(JSON.parse(queryRequest.postData() ?? '{}')).toEqual({ query: 'SigninLogs | where TimeGenerated > ago(1d) | take 5', timespan: 'P1D' });
  expect(session.pageErrors).toEqual([]);
});
