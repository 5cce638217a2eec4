// Who exists in the emulated Entra ID: tenants, client applications and their redirect URIs.
import { DEMO_APPS, DEMO_SPA_CLIENT_ID, DEMO_TENANT_DOMAIN, DEMO_TENANT_ID, OTHER_TENANT_ID, PERSONAS } from '../../config.ts';
import type { Persona, PersonaId } from '../../config.ts';
import { deterministicGuid } from '../crypto/ids.ts';

export interface Tenant {
  id: string;
  domain: string;
  displayName: string;
}

const TENANTS: readonly Tenant[] = [
  { id: DEMO_TENANT_ID, domain: DEMO_TENANT_DOMAIN, displayName: 'Contoso (demo)' },
  { id: OTHER_TENANT_ID, domain: 'fabrikam-demo.onmicrosoft.com', displayName: 'Fabrikam (demo)' },
];

/** The tenant segment of an authority URL: a tenant (by GUID or domain), or one of the multi-tenant aliases. */
export type Authority = { kind: 'tenant'; tenant: Tenant; segment: string } | { kind: 'common' | 'organizations'; segment: string };

export function resolveAuthority(segment: string): Authority | undefined {
  const lower = segment.toLowerCase();
  if (lower === 'common' || lower === 'organizations') return { kind: lower, segment };
  const tenant = TENANTS.find((candidate) => candidate.id === lower || candidate.domain === lower);
  return tenant === undefined ? undefined : { kind: 'tenant', tenant, segment };
}

export interface SpaClient {
  kind: 'spa';
  clientId: string;
  displayName: string;
}

export interface ConfidentialClient {
  kind: 'confidential';
  clientId: string;
  displayName: string;
  clientSecret: string;
  persona: Persona;
  tenantId: string;
  /** The object id of the app's service principal: the `oid` of its tokens. */
  objectId: string;
}

export type ClientApp = SpaClient | ConfidentialClient;

const CLIENTS: readonly ClientApp[] = [
  { kind: 'spa', clientId: DEMO_SPA_CLIENT_ID, displayName: 'KQL Console (demo)' },
  ...DEMO_APPS.map(
    (app): ConfidentialClient => ({
      kind: 'confidential',
      clientId: app.clientId,
      displayName: `Demo app acting as ${app.persona}`,
      clientSecret: app.clientSecret,
      persona: personaById(app.persona),
      tenantId: app.tenantId,
      objectId: deterministicGuid(`service-principal:${app.clientId}`),
    }),
  ),
];

export function findClient(clientId: string): ClientApp | undefined {
  const lower = clientId.toLowerCase();
  return CLIENTS.find((client) => client.clientId === lower);
}

function personaById(id: PersonaId): Persona {
  return PERSONAS.find((persona) => persona.id === id)!;
}

export function findPersona(id: string): Persona | undefined {
  return PERSONAS.find((persona) => persona.id === id);
}

export function tenantById(id: string): Tenant | undefined {
  return TENANTS.find((tenant) => tenant.id === id);
}

/**
 * Whether `redirectUri` is registered for `client`. The demo SPA accepts any port on http://localhost and
 * http://127.0.0.1 (as Entra treats loopback redirect URIs) plus whatever the control endpoint added; confidential
 * apps have no redirect URIs, since they only use client credentials.
 */
export function isRedirectUriRegistered(client: ClientApp, redirectUri: string, extraRedirectUris: readonly string[]): boolean {
  if (client.kind !== 'spa') return false;
  if (extraRedirectUris.includes(redirectUri)) return true;
  if (!URL.canParse(redirectUri)) return false;
  const url = new URL(redirectUri);
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1') && url.hash === '';
}
