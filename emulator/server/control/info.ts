// The demo identifiers, as GET /.emulator/info serves them and `npm run emulator` prints them.
import { DEMO_APPS, DEMO_SPA_CLIENT_ID, DEMO_SUBSCRIPTIONS, DEMO_TENANT_DOMAIN, DEMO_TENANT_ID, DEMO_WORKSPACES, OTHER_TENANT_ID, PERSONAS } from '../../config.ts';
import { armWorkspaceId } from '../arm/resources.ts';

export function demoInfo(baseUrl: string): Record<string, unknown> {
  return {
    baseUrl,
    tenant: { id: DEMO_TENANT_ID, domain: DEMO_TENANT_DOMAIN },
    otherTenant: { id: OTHER_TENANT_ID },
    spaClientId: DEMO_SPA_CLIENT_ID,
    personas: PERSONAS.map((persona) => ({ id: persona.id, displayName: persona.displayName, upn: persona.upn, objectId: persona.objectId, tenantId: persona.tenantId, description: persona.description })),
    clientCredentialApps: DEMO_APPS.map((app) => ({ clientId: app.clientId, clientSecret: app.clientSecret, persona: app.persona, tenantId: app.tenantId })),
    subscriptions: DEMO_SUBSCRIPTIONS.map((subscription) => ({ ...subscription })),
    workspaces: DEMO_WORKSPACES.map((workspace) => ({ kind: workspace.kind, name: workspace.name, customerId: workspace.customerId, resourceId: armWorkspaceId(workspace), location: workspace.location })),
    endpoints: {
      authority: `${baseUrl}/${DEMO_TENANT_ID}`,
      token: `${baseUrl}/${DEMO_TENANT_ID}/oauth2/v2.0/token`,
      arm: baseUrl,
      logAnalytics: `${baseUrl}/v1`,
      control: `${baseUrl}/.emulator`,
    },
  };
}

/** The human-readable form printed at startup, after the "ready at" line. */
export function demoInfoLines(baseUrl: string): string[] {
  const lines = [
    `  Tenant:        ${DEMO_TENANT_ID} (${DEMO_TENANT_DOMAIN}); other tenant ${OTHER_TENANT_ID}`,
    `  SPA client id: ${DEMO_SPA_CLIENT_ID} (redirect URIs: http://localhost:<any port>/..., http://127.0.0.1:<any port>/...)`,
    '  Personas (pick one on the sign-in page):',
    ...PERSONAS.map((persona) => `    ${persona.displayName.padEnd(16)} ${persona.upn} oid ${persona.objectId}: ${persona.description}`),
    '  Client-credential apps (client id / secret):',
    ...DEMO_APPS.map((app) => `    ${app.clientId} / ${app.clientSecret} (acts as ${app.persona}, tenant ${app.tenantId})`),
    '  Subscriptions:',
    ...DEMO_SUBSCRIPTIONS.map((subscription) => `    ${subscription.subscriptionId} ${subscription.displayName}`),
    '  Workspaces (workspace id = ARM customerId):',
    ...DEMO_WORKSPACES.map((workspace) => `    ${workspace.customerId} ${workspace.name} (${workspace.kind})`),
    `  Token endpoint: ${baseUrl}/${DEMO_TENANT_ID}/oauth2/v2.0/token`,
    `  Query API:      ${baseUrl}/v1/workspaces/<workspace id>/query`,
    `  Control:        ${baseUrl}/.emulator/faults, ${baseUrl}/.emulator/settings, ${baseUrl}/.emulator/health, ${baseUrl}/.emulator/info`,
  ];
  return lines;
}
