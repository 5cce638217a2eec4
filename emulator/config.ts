// The demo directory: one tenant with subscriptions, workspaces, personas and client applications.
// Everything here is public on purpose: it is what the README tells a newcomer to use.

export const DEMO_TENANT_ID = '72f988bf-0000-4000-8000-00000000d3e0';
export const OTHER_TENANT_ID = '4e1c7a3b-0000-4000-8000-0000000f0e1d';
export const DEMO_TENANT_DOMAIN = 'contoso-demo.onmicrosoft.com';

/** The SPA registration the console uses against the emulator (public client, PKCE). */
export const DEMO_SPA_CLIENT_ID = '5a1c0f3e-0000-4000-8000-00000000c0de';

export type PersonaId = 'reader' | 'norole' | 'othertenant';

export interface Persona {
  id: PersonaId;
  displayName: string;
  upn: string;
  objectId: string;
  tenantId: string;
  /** Workspaces (customerId) this persona may read; '*' means every demo workspace. */
  workspaceAccess: '*' | string[];
  /** Whether ARM lists subscriptions and workspaces for this persona. */
  armRead: boolean;
  description: string;
}

export const PERSONAS: readonly Persona[] = [
  {
    id: 'reader',
    displayName: 'Riley Reader',
    upn: 'riley@contoso-demo.onmicrosoft.com',
    objectId: '8c58d4c1-0000-4000-8000-00000000a001',
    tenantId: DEMO_TENANT_ID,
    workspaceAccess: '*',
    armRead: true,
    description: 'Log Analytics Reader (Data.Read) on every demo workspace.',
  },
  {
    id: 'norole',
    displayName: 'Nico Norole',
    upn: 'nico@contoso-demo.onmicrosoft.com',
    objectId: '8c58d4c1-0000-4000-8000-00000000a002',
    tenantId: DEMO_TENANT_ID,
    workspaceAccess: [],
    armRead: false,
    description: 'Signed in to the demo tenant but holds no role: queries get 403 InsufficientAccessError.',
  },
  {
    id: 'othertenant',
    displayName: 'Olivia Outsider',
    upn: 'olivia@fabrikam-demo.onmicrosoft.com',
    objectId: '8c58d4c1-0000-4000-8000-00000000a003',
    tenantId: OTHER_TENANT_ID,
    workspaceAccess: [],
    armRead: false,
    description: 'A user of another tenant: her tokens are issued by a tenant that does not own the workspaces.',
  },
];

/** Confidential demo apps for client_credentials, one per persona (the app acts with that persona's rights). */
export const DEMO_APPS: readonly { clientId: string; clientSecret: string; persona: PersonaId; tenantId: string }[] = [
  { clientId: 'a11ce000-0000-4000-8000-0000000000a1', clientSecret: 'demo-reader-secret', persona: 'reader', tenantId: DEMO_TENANT_ID },
  { clientId: 'a11ce000-0000-4000-8000-0000000000a2', clientSecret: 'demo-norole-secret', persona: 'norole', tenantId: DEMO_TENANT_ID },
  { clientId: 'a11ce000-0000-4000-8000-0000000000a3', clientSecret: 'demo-othertenant-secret', persona: 'othertenant', tenantId: OTHER_TENANT_ID },
];

export type WorkspaceKind = 'demo' | 'large' | 'empty';

export interface DemoWorkspace {
  kind: WorkspaceKind;
  name: string;
  /** The GUID the query API uses (ARM properties.customerId). */
  customerId: string;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
}

export const DEMO_SUBSCRIPTIONS = [
  { subscriptionId: 'd3b7f5a0-0000-4000-8000-00000000500b', displayName: 'Contoso Security (demo)' },
  { subscriptionId: 'd3b7f5a0-0000-4000-8000-00000000500c', displayName: 'Contoso Operations (demo)' },
] as const;

export const DEMO_WORKSPACES: readonly DemoWorkspace[] = [
  {
    kind: 'demo',
    name: 'contoso-sentinel-demo',
    customerId: 'b5a3e4c2-0000-4000-8000-0000000d3001',
    subscriptionId: DEMO_SUBSCRIPTIONS[0].subscriptionId,
    resourceGroup: 'rg-security-demo',
    location: 'westeurope',
  },
  {
    kind: 'large',
    name: 'contoso-apps-large',
    customerId: 'b5a3e4c2-0000-4000-8000-000000001a29',
    subscriptionId: DEMO_SUBSCRIPTIONS[1].subscriptionId,
    resourceGroup: 'rg-apps-demo',
    location: 'eastus',
  },
  {
    kind: 'empty',
    name: 'contoso-empty',
    customerId: 'b5a3e4c2-0000-4000-8000-00000000e397',
    subscriptionId: DEMO_SUBSCRIPTIONS[1].subscriptionId,
    resourceGroup: 'rg-apps-demo',
    location: 'eastus',
  },
];

export function workspaceResourceId(ws: DemoWorkspace): string {
  return `/subscriptions/${ws.subscriptionId}/resourceGroups/${ws.resourceGroup}/providers/Microsoft.OperationalInsights/workspaces/${ws.name}`;
}
