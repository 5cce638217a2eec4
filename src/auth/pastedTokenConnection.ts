// A connection made of a bearer token the analyst pasted (e.g. from `az account get-access-token`). The token lives in
// this closure only: never in the store, storage, the URL or a log (DESIGN §6). It is a Log Analytics token, so it
// goes only to the cloud's Log Analytics hosts, and workspaces cannot be listed with it.
import { isBearerTokenUrlAllowed, type CloudDefinition } from '../domain/clouds';
import type { TokenSummary } from '../domain/tokenClaims';
import type { Connection } from './connection';

export class PastedTokenCannotListError extends Error {
  constructor() {
    super('A pasted Log Analytics token cannot list workspaces in Azure Resource Manager; enter the workspace ID instead.');
    this.name = 'PastedTokenCannotListError';
  }
}

export function createPastedTokenConnection(token: string, summary: TokenSummary, cloud: CloudDefinition): Connection {
  const armHost = new URL(cloud.resourceManager.endpoint).hostname;
  const bearer = token.trim().replace(/^bearer\s+/i, '');
  return {
    identity: {
      mode: 'pastedToken',
      name: summary.subjectName ?? summary.username ?? 'Pasted token',
      username: summary.username ?? '',
      tenantId: summary.tenantId ?? '',
    },
    logAnalyticsEndpoint: cloud.logAnalytics.endpoint,
    resourceManagerEndpoint: null,
    isTokenUrlAllowed: (url) => isBearerTokenUrlAllowed(cloud, url) && new URL(url).hostname !== armHost,
    getToken: (resource) => (resource === 'logAnalytics' ? Promise.resolve(bearer) : Promise.reject(new PastedTokenCannotListError())),
    signOut: () => Promise.resolve(),
  };
}
