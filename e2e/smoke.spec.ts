// The harness proof: the production build, with its production configuration, signs in through the real
// msal-browser (auth code + PKCE via the redirect bridge) and queries the public Log Analytics endpoint, all answered
// by the emulator through the browser's routing.
import { expect } from 'vitest';
import { DEMO_TENANT_ID, DEMO_WORKSPACES } from '../emulator/config';
import { test } from './harness/fixtures';

const demoWorkspace = DEMO_WORKSPACES.find((workspace) => workspace.kind === 'demo');

/** The decoded payload of a JWT (no signature check: the test only reads claims). */
function jwtClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

test('signs in with a popup and runs a query against api.loganalytics.io', async ({ session }) => {
  if (!demoWorkspace) throw new Error('emulator/config.ts has no demo workspace');
  const { context, page, appUrl } = session;

  await page.goto(appUrl);
  await page.getByRole('heading', { name: 'KQL Console' }).waitFor();

  const popupOpened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const popup = await popupOpened;
  await popup.getByRole('button', { name: 'Sign in as Riley Reader' }).click();
  await page.getByTestId('account-name').waitFor();
  expect(await page.getByTestId('account-name').textContent()).toBe('Riley Reader');

  await page.getByLabel('Workspace ID').fill(demoWorkspace.customerId);
  await page.getByLabel('Query').fill('SigninLogs | where TimeGenerated > ago(1d) | take 5');
  const queryUrl = `https://api.loganalytics.io/v1/workspaces/${demoWorkspace.customerId}/query`;
  const queryRequestSent = page.waitForRequest((request) => request.url() === queryUrl && request.method() === 'POST');
  await page.getByRole('button', { name: 'Run' }).click();
  const queryRequest = await queryRequestSent;

  await page.getByText('PrimaryResult: 5 rows', { exact: true }).waitFor();
  expect(await page.locator('.result-table tbody tr').count()).toBe(5);

  // Assertions on the token read only its claims, so a failure never prints the token itself.
  const authorization = (await queryRequest.allHeaders()).authorization ?? '';
  expect(authorization.startsWith('Bearer ')).toBe(true);
  const claims = jwtClaims(authorization.slice('Bearer '.length));
  expect(claims.aud).toBe('https://api.loganalytics.io');
  expect(claims.tid).toBe(DEMO_TENANT_ID);
  expect(JSON.parse(queryRequest.postData() ?? '{}')).toEqual({ query: 'SigninLogs | where TimeGenerated > ago(1d) | take 5' });
  expect(session.pageErrors).toEqual([]);
});
