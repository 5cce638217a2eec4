// Who may query which workspace: token audience per cloud, then tenant, permission and the persona's workspaces.
import { DEMO_TENANT_ID } from '../../config.ts';
import type { DemoWorkspace } from '../../config.ts';
import type { Principal } from '../auth/bearer.ts';

const SOVEREIGN_HOSTS = new Set(['api.loganalytics.us', 'api.loganalytics.azure.cn', 'api.loganalytics.cn']);

/**
 * The audiences this endpoint accepts. Reached as a sovereign cloud's host (through forwarding), it wants that
 * cloud's audience; otherwise the public cloud's, whichever host name (api.loganalytics.io or .azure.com) was used.
 */
export function acceptedAudiences(host: string): string[] {
  const lower = host.toLowerCase();
  if (SOVEREIGN_HOSTS.has(lower)) return [`https://${lower}`, `https://${lower}/`];
  return ['https://api.loganalytics.io', 'https://api.loganalytics.io/'];
}

/** Whether the caller may read the workspace; a token of another tenant never may. */
export function mayRead(principal: Principal, workspace: DemoWorkspace): boolean {
  const { persona } = principal;
  if (persona === undefined || principal.tenantId !== DEMO_TENANT_ID) return false;
  if (!principal.permissions.includes('Data.Read')) return false;
  return persona.workspaceAccess === '*' || persona.workspaceAccess.includes(workspace.customerId);
}
