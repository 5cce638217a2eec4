// The local demo's sign-in: an authorization-code + PKCE flow against the emulator's Entra stand-in, in a popup.
// The emulator shows its persona picker and sends the popup back to our static /demo-signin.html with the code in
// the fragment; that page runs no script, so this window reads the popup's location once it is same-origin again,
// checks `state`, and redeems the code itself.
import { decodeJwtPayload } from '../../domain/tokenClaims';
import type { SignedInIdentity } from '../../domain/identity';
import { DemoSignInError, fetchDemoDirectory, type DemoDirectory } from './demoDirectory';
import { redeemCode, type DemoTokens } from './demoTokens';
import { createPkcePair, randomUrlSafe } from './pkce';

export const DEMO_SIGNIN_PATH = '/demo-signin.html';
export const DEMO_SCOPES = {
  logAnalytics: 'https://api.loganalytics.io/.default',
  resourceManager: 'https://management.azure.com/.default',
} as const;
const SIGN_IN_SCOPES = `openid profile offline_access ${DEMO_SCOPES.logAnalytics}`;

const POLL_MS = 200;
/** The emulator's authorization codes live 10 minutes; a popup left open longer cannot succeed. */
const GIVE_UP_MS = 10 * 60_000;

export interface DemoSession {
  directory: DemoDirectory;
  identity: SignedInIdentity;
  logAnalytics: DemoTokens;
}

/**
 * Opens the sign-in window. Call it synchronously from the click handler, before any await, or the browser blocks
 * it; the window shows "Signing in…" until the flow navigates it to the emulator.
 */
export function openDemoSignInWindow(origin: string = window.location.origin): Window | null {
  return window.open(`${origin}${DEMO_SIGNIN_PATH}`, 'kql-console-demo-signin', 'popup,width=520,height=680');
}

export async function signInToDemo(emulatorUrl: string, popup: Window, origin: string = window.location.origin): Promise<DemoSession> {
  try {
    const directory = await fetchDemoDirectory(emulatorUrl);
    const pkce = await createPkcePair();
    const state = randomUrlSafe();
    const nonce = randomUrlSafe();
    const redirectUri = `${origin}${DEMO_SIGNIN_PATH}`;
    const authorize = new URL(`${emulatorUrl}/${directory.tenantId}/oauth2/v2.0/authorize`);
    authorize.search = new URLSearchParams({
      client_id: directory.clientId,
      response_type: 'code',
      response_mode: 'fragment',
      redirect_uri: redirectUri,
      scope: SIGN_IN_SCOPES,
      state,
      nonce,
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
      prompt: 'select_account',
    }).toString();
    popup.location.href = authorize.href;

    const answer = await waitForAnswer(popup, origin, state);
    const error = answer.get('error');
    if (error !== null) {
      const description = (answer.get('error_description') ?? '').split(/\r?\n/)[0] ?? '';
      throw error === 'access_denied'
        ? new DemoSignInError('cancelled', 'Sign-in was cancelled on the sign-in page.')
        : new DemoSignInError(error, description || `The sign-in page answered ${error}.`);
    }
    const code = answer.get('code');
    if (code === null) throw new DemoSignInError('invalid_response', 'The sign-in page came back without an authorization code.');
    const tokenUrl = `${emulatorUrl}/${directory.tenantId}/oauth2/v2.0/token`;
    const logAnalytics = await redeemCode({ tokenUrl, clientId: directory.clientId, code, verifier: pkce.verifier, redirectUri, scope: SIGN_IN_SCOPES });
    return { directory, identity: identityFromIdToken(logAnalytics.idToken, nonce), logAnalytics };
  } finally {
    popup.close();
  }
}

/** The fragment parameters once the popup is back on our page with this request's state. */
function waitForAnswer(popup: Window, origin: string, state: string): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const timer = setInterval(() => {
      const finish = (outcome: () => void) => {
        clearInterval(timer);
        outcome();
      };
      if (popup.closed) return finish(() => reject(new DemoSignInError('cancelled', 'The sign-in window was closed before sign-in finished.')));
      if (Date.now() - startedAt > GIVE_UP_MS) return finish(() => reject(new DemoSignInError('timed_out', 'Sign-in took longer than 10 minutes; try again.')));
      const params = answerIn(popup, origin);
      if (params === null) return;
      if (params.get('state') !== state) {
        return finish(() => reject(new DemoSignInError('state_mismatch', 'The sign-in answer does not belong to this sign-in request (state mismatch); try again.')));
      }
      finish(() => resolve(params));
    }, POLL_MS);
  });
}

/** The popup's fragment parameters when it shows our sign-in page with an answer; null while it is elsewhere. */
function answerIn(popup: Window, origin: string): URLSearchParams | null {
  let location: Location;
  try {
    location = popup.location;
    // Reading any property of a cross-origin location throws; that is the normal state while the emulator shows.
    if (location.origin !== origin || location.pathname !== DEMO_SIGNIN_PATH) return null;
  } catch {
    return null;
  }
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  return params.has('state') ? params : null;
}

function identityFromIdToken(idToken: string | null, nonce: string): SignedInIdentity {
  const decoded = idToken === null ? null : decodeJwtPayload(idToken);
  if (!decoded?.ok) throw new DemoSignInError('invalid_response', 'The emulator returned no readable id token.');
  const { claims } = decoded;
  if (claims.nonce !== nonce) throw new DemoSignInError('nonce_mismatch', 'The id token does not carry this sign-in request\'s nonce; try again.');
  const text = (name: string) => (typeof claims[name] === 'string' ? (claims[name] as string) : '');
  const username = text('preferred_username');
  return { mode: 'demo', name: text('name') || username, username, tenantId: text('tid') };
}
