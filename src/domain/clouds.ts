// The one table of Azure clouds: where to sign in, where to query, which token audience to ask for, and the only
// hosts a bearer token may ever be sent to (DESIGN §6). Values follow reference/log-analytics-api.md §6.

export type CloudName = 'AzurePublic' | 'AzureUSGovernment' | 'AzureChina';

export interface ServiceEndpoint {
  /** Base URL without a trailing slash. */
  endpoint: string;
  /** The scope to request from Entra ID for this service. */
  scope: string;
}

export interface CloudDefinition {
  name: CloudName;
  displayName: string;
  /** Host of the Entra ID authority MSAL signs in with. */
  loginHost: string;
  /** Host that appears in the `iss` claim of v2 id tokens issued by this cloud. */
  idTokenIssuerHost: string;
  logAnalytics: ServiceEndpoint;
  resourceManager: ServiceEndpoint;
  /** Every host that may receive an `Authorization: Bearer` header from the console in this cloud. */
  bearerTokenHosts: readonly string[];
}

export const CLOUDS: Readonly<Record<CloudName, CloudDefinition>> = {
  AzurePublic: {
    name: 'AzurePublic',
    displayName: 'Azure (public)',
    loginHost: 'login.microsoftonline.com',
    idTokenIssuerHost: 'login.microsoftonline.com',
    logAnalytics: { endpoint: 'https://api.loganalytics.io', scope: 'https://api.loganalytics.io/.default' },
    resourceManager: { endpoint: 'https://management.azure.com', scope: 'https://management.azure.com/.default' },
    // api.loganalytics.azure.com is the newer alias of the same service and accepts the same audience.
    bearerTokenHosts: ['api.loganalytics.io', 'api.loganalytics.azure.com', 'management.azure.com'],
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    displayName: 'Azure US Government',
    loginHost: 'login.microsoftonline.us',
    idTokenIssuerHost: 'login.microsoftonline.us',
    logAnalytics: { endpoint: 'https://api.loganalytics.us', scope: 'https://api.loganalytics.us/.default' },
    resourceManager: {
      endpoint: 'https://management.usgovcloudapi.net',
      scope: 'https://management.usgovcloudapi.net/.default',
    },
    bearerTokenHosts: ['api.loganalytics.us', 'management.usgovcloudapi.net'],
  },
  AzureChina: {
    name: 'AzureChina',
    displayName: 'Azure China (21Vianet)',
    loginHost: 'login.chinacloudapi.cn',
    idTokenIssuerHost: 'login.partner.microsoftonline.cn',
    logAnalytics: { endpoint: 'https://api.loganalytics.azure.cn', scope: 'https://api.loganalytics.azure.cn/.default' },
    resourceManager: {
      endpoint: 'https://management.chinacloudapi.cn',
      scope: 'https://management.chinacloudapi.cn/.default',
    },
    bearerTokenHosts: ['api.loganalytics.azure.cn', 'management.chinacloudapi.cn'],
  },
};

export const CLOUD_NAMES: readonly CloudName[] = Object.keys(CLOUDS) as CloudName[];

export function isCloudName(value: string): value is CloudName {
  return Object.hasOwn(CLOUDS, value);
}

/**
 * Whether `url` may carry a bearer token of `cloud`: only https, the default port, no credentials in the URL, and a
 * host on the cloud's allow-list. Anything unparsable is refused.
 */
export function isBearerTokenUrlAllowed(cloud: CloudDefinition, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') {
    return false;
  }
  return cloud.bearerTokenHosts.includes(parsed.hostname);
}
