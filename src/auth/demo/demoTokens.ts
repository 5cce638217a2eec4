// The emulator's token endpoint, spoken directly (MSAL refuses its http authority): redeeming the authorization code
// with its PKCE verifier, and the refresh token for another resource or a renewal. Tokens are returned to the caller,
// who keeps them in memory only; no error message ever contains one.
import { DemoSignInError } from './demoDirectory';

export interface DemoTokens {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  refreshToken: string | null;
  idToken: string | null;
}

export interface CodeRedemption {
  tokenUrl: string;
  clientId: string;
  code: string;
  verifier: string;
  redirectUri: string;
  scope: string;
}

export interface RefreshRedemption {
  tokenUrl: string;
  clientId: string;
  refreshToken: string;
  scope: string;
}

export function redeemCode(request: CodeRedemption, now: () => number = Date.now, fetchFn: typeof fetch = fetch): Promise<DemoTokens> {
  return postToken(
    request.tokenUrl,
    {
      grant_type: 'authorization_code',
      client_id: request.clientId,
      code: request.code,
      code_verifier: request.verifier,
      redirect_uri: request.redirectUri,
      scope: request.scope,
    },
    now,
    fetchFn,
  );
}

export function redeemRefreshToken(request: RefreshRedemption, now: () => number = Date.now, fetchFn: typeof fetch = fetch): Promise<DemoTokens> {
  return postToken(
    request.tokenUrl,
    { grant_type: 'refresh_token', client_id: request.clientId, refresh_token: request.refreshToken, scope: request.scope },
    now,
    fetchFn,
  );
}

async function postToken(tokenUrl: string, form: Record<string, string>, now: () => number, fetchFn: typeof fetch): Promise<DemoTokens> {
  const sentAt = now();
  let response: Response;
  try {
    response = await fetchFn(tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
      body: new URLSearchParams(form).toString(),
    });
  } catch {
    throw new DemoSignInError('emulator_unreachable', `The local emulator's token endpoint did not answer (${new URL(tokenUrl).origin}).`);
  }
  const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!response.ok || typeof body?.access_token !== 'string') throw tokenError(response.status, body);
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in);
  return {
    accessToken: body.access_token,
    expiresAt: sentAt + (Number.isFinite(expiresIn) ? expiresIn : 0) * 1000,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : null,
    idToken: typeof body.id_token === 'string' ? body.id_token : null,
  };
}

/** Entra's `error_description` is "AADSTS<n>: text" followed by trace lines; the first line is what explains it. */
function tokenError(status: number, body: Record<string, unknown> | undefined): DemoSignInError {
  const code = typeof body?.error === 'string' ? body.error : `http_${status}`;
  const description = typeof body?.error_description === 'string' ? (body.error_description.split(/\r?\n/)[0] ?? '') : '';
  return new DemoSignInError(code, description || `The token endpoint answered HTTP ${status}.`);
}
