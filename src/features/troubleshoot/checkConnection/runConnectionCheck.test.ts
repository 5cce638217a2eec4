import { describe, expect, it, vi } from 'vitest';
import type { Connection } from '../../../auth/connection';
import { isBearerTokenUrlAllowed, CLOUDS } from '../../../domain/clouds';
import { diagnose } from '../../../domain/diagnosis/diagnose';
import { CLIENT_ID, EMULATOR, NOW, readerClaims, TENANT, WORKSPACE } from '../../../domain/diagnosis/testing/fixtures';
import { runConnectionCheck, type CheckProgress, type CheckSources } from './runConnectionCheck';

function jwtOf(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ typ: 'JWT', alg: 'RS256' })}.${part(claims)}.c2lnbmF0dXJl`;
}

const TOKEN = jwtOf(readerClaims());
const ANSWER = '{"tables":[{"name":"PrimaryResult","columns":[{"name":"CheckedAt","type":"datetime"}],"rows":[["2026-11-22T12:00:00Z"]]}]}';

function entraConnection(getToken: Connection['getToken'] = () => Promise.resolve(TOKEN)): Connection {
  return {
    identity: { mode: 'entra', name: 'Riley Reader', username: 'riley@contoso-demo.onmicrosoft.com', tenantId: TENANT },
    logAnalyticsEndpoint: CLOUDS.AzurePublic.logAnalytics.endpoint,
    resourceManagerEndpoint: CLOUDS.AzurePublic.resourceManager.endpoint,
    isTokenUrlAllowed: (url) => isBearerTokenUrlAllowed(CLOUDS.AzurePublic, url),
    getToken,
    signOut: () => Promise.resolve(),
  };
}

async function check(overrides: Partial<CheckSources>, fetchFn = vi.fn<typeof fetch>(() => Promise.resolve(new Response(ANSWER, { status: 200 })))) {
  const reports: CheckProgress[] = [];
  const sources: CheckSources = {
    config: { clientId: CLIENT_ID, tenantId: TENANT },
    connection: entraConnection(),
    cloud: 'AzurePublic',
    workspaceId: WORKSPACE,
    origin: 'https://logs.contoso.com',
    navigatorOnline: true,
    now: () => NOW,
    signal: new AbortController().signal,
    fetchFn,
    ...overrides,
  };
  await runConnectionCheck(sources, (progress) => reports.push(progress));
  const last = reports.at(-1);
  if (!last) throw new Error('no progress was reported');
  return { reports, last, fetchFn, statuses: last.results.map((result) => `${result.id}:${result.status}`) };
}

describe('runConnectionCheck', () => {
  it('passes every step with a reader token and a tiny real query, reporting after each step', async () => {
    const { reports, last, fetchFn, statuses } = await check({});
    expect(reports.map((progress) => progress.results.length)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(statuses).toEqual(['configuration:passed', 'endpoint:passed', 'token:passed', 'claims:passed', 'api:passed', 'workspace:passed']);
    expect(last.claims).toEqual(readerClaims());
    expect(last.diagnosisInput).toBeNull();

    expect(fetchFn).toHaveBeenCalledOnce();
    const [url, init] = fetchFn.mock.calls[0] ?? [];
    expect(url).toBe(`https://api.loganalytics.io/v1/workspaces/${WORKSPACE}/query`);
    expect(JSON.parse(String(init?.body))).toEqual({ query: 'print CheckedAt = now()', timespan: 'PT5M' });
    expect((init?.headers as Record<string, string>).Prefer).toMatch(/^wait=30,/);
    // The token went into the request, and nowhere into what the dialog shows.
    expect((init?.headers as Record<string, string>).Authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.stringify(reports)).not.toContain(TOKEN.split('.')[1]);
  });

  it('stops at the token when none can be obtained, and diagnoses the sign-in error', async () => {
    const mfa = { errorCode: 'invalid_grant', errorMessage: 'AADSTS50076: you must use multi-factor authentication to access the resource.' };
    const { last, fetchFn, statuses } = await check({ connection: entraConnection(() => Promise.reject(mfa)) });
    expect(statuses).toEqual(['configuration:passed', 'endpoint:passed', 'token:failed', 'claims:skipped', 'api:skipped', 'workspace:skipped']);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(last.claims).toBeNull();
    expect(last.diagnosisInput && diagnose(last.diagnosisInput).id).toBe('signin-mfa');
  });

  it("stops at the API when the service refuses the token, with the token's claims as evidence", async () => {
    const refused = () => Promise.resolve(new Response(EMULATOR.invalidToken('TokenExpired', 'The access token has expired.'), { status: 403 }));
    const { last, statuses } = await check({}, vi.fn<typeof fetch>(refused));
    expect(statuses).toEqual(['configuration:passed', 'endpoint:passed', 'token:passed', 'claims:passed', 'api:failed', 'workspace:skipped']);
    expect(last.diagnosisInput?.claims).toEqual(readerClaims());
    expect(last.diagnosisInput?.context).toMatchObject({ workspaceId: WORKSPACE, connectionMode: 'entra', queryText: 'print CheckedAt = now()' });
    expect(last.diagnosisInput && diagnose(last.diagnosisInput).title).toBe('The access token has expired');
  });

  it('stops at the configuration when nobody is signed in, asking nothing of the network', async () => {
    const { reports, fetchFn, statuses } = await check({ connection: null });
    expect(reports).toHaveLength(1);
    expect(statuses[0]).toBe('configuration:failed');
    expect(statuses.slice(1).every((status) => status.endsWith(':skipped'))).toBe(true);
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('reports nothing once aborted', async () => {
    const controller = new AbortController();
    const reports: CheckProgress[] = [];
    const getToken = () => {
      controller.abort();
      return Promise.resolve(TOKEN);
    };
    const fetchFn = vi.fn<typeof fetch>();
    await runConnectionCheck(
      { config: { clientId: CLIENT_ID, tenantId: TENANT }, connection: entraConnection(getToken), cloud: 'AzurePublic', workspaceId: WORKSPACE, origin: 'https://logs.contoso.com', navigatorOnline: true, now: () => NOW, signal: controller.signal, fetchFn },
      (progress) => reports.push(progress),
    );
    expect(reports.map((progress) => progress.results.length)).toEqual([1, 2]);
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
