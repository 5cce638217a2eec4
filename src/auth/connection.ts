// A signed-in connection: where requests go and how a token for them is obtained. Three kinds implement it: Entra ID
// through MSAL, the local demo against the emulator, and a pasted bearer token held in memory only. Callers never see
// how tokens are stored; they ask for one per request and it is attached only to an allow-listed host (DESIGN §6).
import type { SignedInIdentity } from '../domain/identity';

export type TokenResource = 'logAnalytics' | 'resourceManager';

export interface Connection {
  readonly identity: SignedInIdentity;
  /** Base URL of the Log Analytics query API for this connection. */
  readonly logAnalyticsEndpoint: string;
  /** Base URL of ARM, or null when the connection cannot list workspaces (a pasted token). */
  readonly resourceManagerEndpoint: string | null;
  /** Whether a bearer token of this connection may be sent to `url`. */
  isTokenUrlAllowed(url: string): boolean;
  /** A current access token for the resource, renewed silently when possible. */
  getToken(resource: TokenResource): Promise<string>;
  signOut(): Promise<void>;
}
