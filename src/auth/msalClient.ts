// MSAL v5 setup for the console and token acquisition per resource. Tokens stay in MSAL's sessionStorage cache;
// this module hands them to the caller and never logs them. Interaction happens only when the analyst asks for it, in a
// popup; when the browser blocks it, the same step continues as a full-page redirect (the store has already persisted the
// analyst's work).
import {
  createStandardPublicClientApplication,
  EventType,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { CloudDefinition } from '../domain/clouds';
import type { SignInError } from '../domain/diagnosis/types';
import { isPopupBlocked, PopupWatch } from './popupWatch';
import { authErrorCode, toSignInError } from './signInErrors';

export interface MsalSettings {
  clientId: string;
  tenantId: string;
  cloud: CloudDefinition;
}

export interface SignedInAccount {
  /** Display name, or the user name when the directory has none. */
  name: string;
  username: string;
  tenantId: string;
}

export type SignInOutcome = { kind: 'signed-in'; account: SignedInAccount } | { kind: 'redirecting' };

export interface AuthClient {
  getAccount(): SignedInAccount | null;
  /**
   * The error a redirect sign-in came back with (e.g. the analyst cancelled on the sign-in page, or Entra ID refused
   * it); null when the page did not come back from one or it succeeded.
   */
  readonly redirectError: SignInError | null;
  /** Interactive sign-in consenting to `scopes`: a popup, or a redirect when popups are blocked. */
  signIn(scopes: string[]): Promise<SignInOutcome>;
  /** An access token for `scopes`, obtained silently; rejects (interaction_required...) when Entra ID needs the analyst. */
  acquireToken(scopes: string[]): Promise<string>;
  /** Ends the session: the cache is cleared at once, then Entra ID is told in a popup (or by a redirect). */
  signOut(): Promise<void>;
}

/** The redirect bridge page (redirect.html) relays popup, iframe and redirect responses back to the console. */
export function redirectUri(origin: string): string {
  return `${origin}/redirect.html`;
}

export async function createAuthClient(settings: MsalSettings): Promise<AuthClient> {
  const msal = await createStandardPublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: `https://${settings.cloud.loginHost}/${settings.tenantId}`,
      redirectUri: redirectUri(window.location.origin),
      postLogoutRedirectUri: redirectUri(window.location.origin),
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const popups = new PopupWatch();
  msal.addEventCallback((event) => {
    if (event.eventType === EventType.POPUP_OPENED) popups.opened((event.payload as { popupWindow: Window }).popupWindow);
  });
  let redirectError: SignInError | null = null;
  try {
    // Completes a redirect sign-in (or sign-out) that brought the page back here; null on an ordinary load.
    const result = await msal.handleRedirectPromise();
    if (result?.account) msal.setActiveAccount(result.account);
  } catch (error) {
    redirectError = toSignInError(error);
  }
  // A reload keeps the MSAL cache (sessionStorage) but not the active-account choice.
  if (!msal.getActiveAccount()) {
    const [firstAccount] = msal.getAllAccounts();
    if (firstAccount) msal.setActiveAccount(firstAccount);
  }
  return new MsalAuthClient(msal, popups, redirectError);
}

class MsalAuthClient implements AuthClient {
  constructor(
    private readonly msal: IPublicClientApplication,
    private readonly popups: PopupWatch,
    readonly redirectError: SignInError | null,
  ) {}

  getAccount(): SignedInAccount | null {
    const account = this.msal.getActiveAccount();
    return account ? toSignedInAccount(account) : null;
  }

  // loginPopup must be called before any await, inside the click's user activation, or the browser blocks the popup.
  async signIn(scopes: string[]): Promise<SignInOutcome> {
    // A popup the analyst closed leaves MSAL waiting for its answer; a new attempt supersedes that wait.
    const login = this.msal.loginPopup({ scopes, overrideInteractionInProgress: true, prompt: 'select_account' });
    try {
      const result = await this.popups.unlessClosed(login);
      this.msal.setActiveAccount(result.account);
      return { kind: 'signed-in', account: toSignedInAccount(result.account) };
    } catch (error) {
      if (!isPopupBlocked(authErrorCode(error))) throw error;
      await this.msal.loginRedirect({ scopes, prompt: 'select_account' });
      return { kind: 'redirecting' };
    }
  }

  // Silent only: MSAL renews from its cache, with the refresh token, or in a hidden iframe with the sign-in session.
  // When Entra ID needs the analyst, the InteractionRequiredAuthError reaches the caller, whose diagnosis offers Sign in
  // again: a window opened by a click is not blocked, and a redirect never takes the page away in the middle of a run.
  async acquireToken(scopes: string[]): Promise<string> {
    return (await this.msal.acquireTokenSilent({ scopes })).accessToken;
  }

  async signOut(): Promise<void> {
    const account = this.msal.getActiveAccount();
    this.msal.setActiveAccount(null);
    if (!account) return;
    try {
      await this.msal.logoutPopup({ account });
    } catch (error) {
      if (!isPopupBlocked(authErrorCode(error))) throw error;
      await this.msal.logoutRedirect({ account });
    }
  }
}

function toSignedInAccount(account: AccountInfo): SignedInAccount {
  return { name: account.name || account.username, username: account.username, tenantId: account.tenantId };
}
