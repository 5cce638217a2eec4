// The Entra ID connection: endpoints of the configured cloud, tokens from MSAL per resource, and a bearer token only
// ever sent to that cloud's allow-listed hosts (DESIGN §6).
import { isBearerTokenUrlAllowed, type CloudDefinition } from '../domain/clouds';
import type { Connection, TokenResource } from './connection';
import type { AuthClient, SignedInAccount } from './msalClient';

export function createEntraConnection(auth: AuthClient, account: SignedInAccount, cloud: CloudDefinition): Connection {
  return {
    identity: { mode: 'entra', name: account.name, username: account.username, tenantId: account.tenantId },
    logAnalyticsEndpoint: cloud.logAnalytics.endpoint,
    resourceManagerEndpoint: cloud.resourceManager.endpoint,
    isTokenUrlAllowed: (url) => isBearerTokenUrlAllowed(cloud, url),
    getToken: (resource: TokenResource) => auth.acquireToken([scopeOf(cloud, resource)]),
    signOut: () => auth.signOut(),
  };
}

function scopeOf(cloud: CloudDefinition, resource: TokenResource): string {
  return resource === 'logAnalytics' ? cloud.logAnalytics.scope : cloud.resourceManager.scope;
}
