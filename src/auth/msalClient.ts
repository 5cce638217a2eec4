// MSAL v5 setup for the console and token acquisition per resource. Tokens stay in MSAL's sessionStorage cache;
// this module hands them to the caller and never logs them.
import {
  AuthError,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { CloudDefinition } from '../domain/clouds';

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

export interface AuthClient {
  getAccount(): SignedInAccount | null;
  /** Interactive sign-in in a popup, consenting to `scopes` up front. */
  signIn(scopes: string[]): Promise<SignedInAccount>;
  /** An access token for `scopes`: from the cache or silently when possible, otherwise through a popup. */
  acquireToken(scopes: string[]): Promise<string>;
}

/** The redirect bridge page (redirect.html) relays popup and iframe responses back to this window. */
export function redirectUri(origin: string): string {
  return `${origin}/redirect.html`;
}

export async function createAuthClient(settings: MsalSettings): Promise<AuthClient> {
  const msal = await createStandardPublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: `https://${settings.cloud.loginHost}/${settings.tenantId}`,
      redirectUri: redirectUri(window.location.origin),
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  // A reload keeps the MSAL cache (sessionStorage) but not the active-account choice.
  if (!msal.getActiveAccount()) {
    const [firstAccount] = msal.getAllAccounts();
    if (firstAccount) msal.setActiveAccount(firstAccount);
  }
  return new MsalAuthClient(msal);
}

class MsalAuthClient implements AuthClient {
  constructor(private readonly msal: IPublicClientApplication) {}

  getAccount(): SignedInAccount | null {
    const account = this.msal.getActiveAccount();
    return account ? toSignedInAccount(account) : null;
  }

  async signIn(scopes: string[]): Promise<SignedInAccount> {
    const result = await this.msal.loginPopup({ scopes });
    this.msal.setActiveAccount(result.account);
    return toSignedInAccount(result.account);
  }

  async acquireToken(scopes: string[]): Promise<string> {
    const account = this.msal.getActiveAccount();
    if (!account) {
      const result = await this.msal.acquireTokenPopup({ scopes });
      this.msal.setActiveAccount(result.account);
      return result.accessToken;
    }
    try {
      return (await this.msal.acquireTokenSilent({ scopes, account })).accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
      return (await this.msal.acquireTokenPopup({ scopes, account })).accessToken;
    }
  }
}

function toSignedInAccount(account: AccountInfo): SignedInAccount {
  return { name: account.name || account.username, username: account.username, tenantId: account.tenantId };
}

/** MSAL v5 messages are only documentation links, so the error code is what identifies a sign-in failure. */
export function authErrorCode(error: unknown): string {
  if (error instanceof AuthError) return error.errorCode;
  if (error instanceof Error) return error.name;
  return 'unknown_error';
}
