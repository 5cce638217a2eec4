// Is the endpoint a host of the selected cloud? Checked against every cloud's known hosts, because the usual mistakes
// are a sovereign cloud's host guessed by analogy (api.loganalytics.azure.us does not exist: US Government uses
// api.loganalytics.us; China uses api.loganalytics.azure.cn) or a public-cloud URL used with a sovereign cloud.
import { CLOUD_NAMES, CLOUDS, type CloudName } from '../clouds';
import type { Evidence } from './types';

export type ServiceName = 'logAnalytics' | 'resourceManager';

export interface EndpointCheck {
  /** Host name in lower case, without the port. */
  host: string;
  /** The cloud and service whose known host this is, or null for a host no cloud uses. */
  owner: { cloud: CloudName; service: ServiceName } | null;
  /** What is wrong with the URL itself (scheme, port, path), whatever the host. */
  urlProblems: string[];
  /** For an unknown host: the cloud its top-level domain suggests (.us, .cn), else the public cloud. */
  likelyCloud: CloudName | null;
  /** For an unknown host or one of another service: the host that was probably meant. */
  suggestedHost: string | null;
}

function hostOfUrl(url: string): string {
  return new URL(url).hostname;
}

/** The known hosts of one service in one cloud, its main endpoint first. */
export function serviceHosts(cloud: CloudName, service: ServiceName): string[] {
  const definition = CLOUDS[cloud];
  const armHost = hostOfUrl(definition.resourceManager.endpoint);
  if (service === 'resourceManager') return [armHost];
  const main = hostOfUrl(definition.logAnalytics.endpoint);
  return [main, ...definition.bearerTokenHosts.filter((host) => host !== main && host !== armHost)];
}

function ownerOf(host: string): EndpointCheck['owner'] {
  for (const cloud of CLOUD_NAMES) {
    for (const service of ['logAnalytics', 'resourceManager'] as const) {
      if (serviceHosts(cloud, service).includes(host)) return { cloud, service };
    }
  }
  return null;
}

function cloudByTopLevelDomain(host: string): CloudName {
  if (host.endsWith('.us')) return 'AzureUSGovernment';
  if (host.endsWith('.cn')) return 'AzureChina';
  return 'AzurePublic';
}

/** Null when `endpoint` is not a URL at all. */
export function checkEndpoint(endpoint: string, service: ServiceName): EndpointCheck | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  const urlProblems: string[] = [];
  if (url.protocol !== 'https:') urlProblems.push(`it uses ${url.protocol.replace(':', '')}, not https`);
  if (url.port !== '') urlProblems.push(`it names port ${url.port}; Azure's APIs use the default https port`);
  if (url.username !== '' || url.password !== '') urlProblems.push('it holds a user name or password');
  const owner = ownerOf(host);
  const likelyCloud = owner === null ? cloudByTopLevelDomain(host) : null;
  const wrongService = owner !== null && owner.service !== service;
  const suggestedHost = likelyCloud !== null ? (serviceHosts(likelyCloud, service)[0] ?? null) : wrongService ? (serviceHosts(owner.cloud, service)[0] ?? null) : null;
  return { host, owner, urlProblems, likelyCloud, suggestedHost };
}

const SERVICE_NAMES: Record<ServiceName, string> = { logAnalytics: 'Log Analytics', resourceManager: 'Azure Resource Manager' };

/**
 * The endpoint as evidence: ok when it is a host of `cloud` for `service` over plain https; the local emulator is
 * always ok (it is what a demo connection talks to).
 */
export function endpointEvidence(endpoint: string, cloud: CloudName, service: ServiceName, isEmulator: boolean): Evidence {
  const label = `${SERVICE_NAMES[service]} endpoint`;
  if (isEmulator) return { label, value: `${endpoint} (the local emulator)`, status: 'ok' };
  const check = checkEndpoint(endpoint, service);
  if (check === null) return { label, value: `"${endpoint}" is not a URL`, status: 'problem' };
  const { host, owner, urlProblems, suggestedHost } = check;
  const urlNote = urlProblems.length > 0 ? `; ${urlProblems.join('; ')}` : '';
  if (owner === null) {
    return { label, value: `${host} is not a host of any Azure cloud${suggestedHost ? ` (did you mean ${suggestedHost}?)` : ''}${urlNote}`, status: 'problem' };
  }
  if (owner.service !== service) {
    return { label, value: `${host} is the ${SERVICE_NAMES[owner.service]} host, not ${SERVICE_NAMES[service]}'s${urlNote}`, status: 'problem' };
  }
  if (owner.cloud !== cloud) {
    return { label, value: `${host} belongs to ${CLOUDS[owner.cloud].displayName}, but the console is set to ${CLOUDS[cloud].displayName}${urlNote}`, status: 'problem' };
  }
  return { label, value: `${host} (${CLOUDS[cloud].displayName})${urlNote}`, status: urlProblems.length > 0 ? 'problem' : 'ok' };
}
