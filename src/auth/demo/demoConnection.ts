// The local demo's connection: the emulator answers both the query API (/v1) and ARM (/subscriptions) on one origin,
// and tokens go to that exact origin only. Tokens live in this closure; a resource's token is renewed with the
// refresh token when it is about to expire (the emulator rotates refresh tokens, so the newest one is kept).
import type { Connection, TokenResource } from '../connection';
import { DEMO_SCOPES, type DemoSession } from './demoSignIn';
import { redeemRefreshToken, type DemoTokens } from './demoTokens';

/** Renew this long before expiry, so a token never expires on its way to the service. */
const RENEW_BEFORE_MS = 2 * 60_000;

export function createDemoConnection(emulatorUrl: string, session: DemoSession, now: () => number = Date.now, fetchFn: typeof fetch = fetch): Connection {
  const origin = new URL(emulatorUrl).origin;
  const tokenUrl = `${origin}/${session.directory.tenantId}/oauth2/v2.0/token`;
  const tokens = new Map<TokenResource, DemoTokens>([['logAnalytics', session.logAnalytics]]);
  const renewals = new Map<TokenResource, Promise<string>>();
  let refreshToken = session.logAnalytics.refreshToken;

  const renew = async (resource: TokenResource): Promise<string> => {
    if (refreshToken === null) throw new Error('The demo session has no refresh token; sign in to the local demo again.');
    const renewed = await redeemRefreshToken({ tokenUrl, clientId: session.directory.clientId, refreshToken, scope: `${DEMO_SCOPES[resource]} offline_access` }, now, fetchFn);
    refreshToken = renewed.refreshToken ?? refreshToken;
    tokens.set(resource, renewed);
    return renewed.accessToken;
  };

  return {
    identity: session.identity,
    logAnalyticsEndpoint: origin,
    resourceManagerEndpoint: origin,
    isTokenUrlAllowed: (url) => URL.canParse(url) && new URL(url).origin === origin,
    getToken: (resource) => {
      const current = tokens.get(resource);
      if (current && current.expiresAt - now() > RENEW_BEFORE_MS) return Promise.resolve(current.accessToken);
      // Concurrent callers share one renewal instead of spending the refresh token twice.
      const pending = renewals.get(resource) ?? renew(resource).finally(() => renewals.delete(resource));
      renewals.set(resource, pending);
      return pending;
    },
    signOut: () => {
      tokens.clear();
      refreshToken = null;
      return Promise.resolve();
    },
  };
}
