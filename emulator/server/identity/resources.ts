// The resources the emulated Entra ID issues access tokens for, chosen by the requested scopes.

export interface Resource {
  /** The scope prefix as requested, e.g. "https://api.loganalytics.io". */
  identifier: string;
  /** The `aud` of its access tokens. */
  audience: string;
  /** Delegated permission granted to users (`scp`). */
  delegatedPermission: string;
  /** App roles granted to client-credential apps (`roles`); empty for resources that use RBAC instead. */
  appRoles: string[];
}

interface ResourceFamily {
  hosts: readonly string[];
  audienceFor(host: string): string;
  delegatedPermission: string;
  appRoles: string[];
}

const FAMILIES: readonly ResourceFamily[] = [
  {
    // api.loganalytics.azure.com is a new host name for the same resource: its tokens keep aud api.loganalytics.io.
    // The sovereign hosts are distinct resources, so a token for them carries their own audience (wrong-cloud tests).
    hosts: ['api.loganalytics.io', 'api.loganalytics.azure.com', 'api.loganalytics.us', 'api.loganalytics.azure.cn', 'api.loganalytics.cn'],
    audienceFor: (host) => (host === 'api.loganalytics.azure.com' ? 'https://api.loganalytics.io' : `https://${host}`),
    delegatedPermission: 'Data.Read',
    appRoles: ['Data.Read'],
  },
  {
    hosts: ['management.azure.com', 'management.core.windows.net', 'management.usgovcloudapi.net', 'management.chinacloudapi.cn'],
    audienceFor: (host) => `https://${host}/`,
    delegatedPermission: 'user_impersonation',
    appRoles: [],
  },
  {
    hosts: ['graph.microsoft.com'],
    audienceFor: () => 'https://graph.microsoft.com',
    delegatedPermission: 'User.Read',
    appRoles: [],
  },
];

const OIDC_SCOPES: ReadonlySet<string> = new Set(['openid', 'profile', 'offline_access', 'email']);

export interface RequestedResource {
  resource: Resource;
  /** The permission part of each requested scope of this resource, e.g. ".default" or "Data.Read". */
  permissions: string[];
}

export type ScopeResolution =
  | { kind: 'resource'; requested: RequestedResource }
  | { kind: 'unknown-resource'; identifier: string }
  | { kind: 'invalid-scope'; scope: string }
  | { kind: 'several-resources' };

const GRAPH_DEFAULT: RequestedResource = {
  resource: { identifier: 'https://graph.microsoft.com', audience: 'https://graph.microsoft.com', delegatedPermission: 'User.Read', appRoles: [] },
  permissions: ['User.Read'],
};

/**
 * Maps a `scope` parameter to the one resource it asks for. A request for only the OpenID scopes gets a Microsoft
 * Graph token, as Entra does for a plain sign-in.
 */
export function resolveScopes(scopes: readonly string[]): ScopeResolution {
  const byIdentifier = new Map<string, RequestedResource>();
  for (const scope of scopes) {
    if (OIDC_SCOPES.has(scope)) continue;
    const separator = scope.lastIndexOf('/');
    if (separator <= 0) {
      if (scope === 'User.Read') continue;
      return { kind: 'invalid-scope', scope };
    }
    const identifier = scope.slice(0, separator).replace(/\/+$/, '');
    const permission = scope.slice(separator + 1);
    if (!URL.canParse(identifier)) return { kind: 'invalid-scope', scope };
    const host = new URL(identifier).host.toLowerCase();
    const family = FAMILIES.find((candidate) => candidate.hosts.includes(host));
    if (family === undefined) return { kind: 'unknown-resource', identifier };
    if (permission !== '.default' && permission !== family.delegatedPermission) return { kind: 'invalid-scope', scope };
    const entry = byIdentifier.get(identifier) ?? {
      resource: { identifier, audience: family.audienceFor(host), delegatedPermission: family.delegatedPermission, appRoles: family.appRoles },
      permissions: [],
    };
    entry.permissions.push(permission);
    byIdentifier.set(identifier, entry);
  }
  if (byIdentifier.size > 1) return { kind: 'several-resources' };
  const [requested] = byIdentifier.values();
  return { kind: 'resource', requested: requested ?? GRAPH_DEFAULT };
}

/** The `scope` of a token response: the granted permission, plus `.default` when that is what was asked for. */
export function grantedScope(requested: RequestedResource): string {
  const granted = [`${requested.resource.identifier}/${requested.resource.delegatedPermission}`];
  if (requested.permissions.includes('.default')) granted.push(`${requested.resource.identifier}/.default`);
  return granted.join(' ');
}
