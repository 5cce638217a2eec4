// What the token's claims say, checked against the request: audience, issuing cloud, tenant, lifetime, permissions
// and the application it was issued to. Shared by every rule about tokens and access.
import { CLOUD_NAMES, CLOUDS, type CloudDefinition, type CloudName } from '../clouds';
import { isGuid } from '../identifiers';
import { describeExpiry } from '../tokenClaims';
import type { ServiceName } from './endpointCheck';
import type { Facts } from './facts';
import { utcText } from './text';
import type { Evidence } from './types';

/** Entra ID and the services allow about this much clock difference when checking exp and nbf. */
export const CLOCK_SKEW_MS = 5 * 60_000;

// ARM also accepts its older audience, management.core.*, in each cloud.
const ARM_LEGACY_AUDIENCES: Readonly<Record<CloudName, string>> = {
  AzurePublic: 'https://management.core.windows.net',
  AzureUSGovernment: 'https://management.core.usgovcloudapi.net',
  AzureChina: 'https://management.core.chinacloudapi.cn',
};

function trimSlash(text: string): string {
  return text.replace(/\/+$/, '');
}

function resourceOf(scope: string): string {
  return trimSlash(scope.replace(/\/\.default$/, ''));
}

/** The audiences `service` accepts in `cloud`, main one first, without trailing slashes. */
export function expectedAudiences(cloud: CloudDefinition, service: ServiceName): string[] {
  return service === 'logAnalytics' ? [resourceOf(cloud.logAnalytics.scope)] : [resourceOf(cloud.resourceManager.scope), ARM_LEGACY_AUDIENCES[cloud.name]];
}

/** The cloud whose Log Analytics or ARM audience `audience` is, or null. */
function cloudOfAudience(audience: string): CloudName | null {
  const wanted = trimSlash(audience);
  return CLOUD_NAMES.find((name) => [...expectedAudiences(CLOUDS[name], 'logAnalytics'), ...expectedAudiences(CLOUDS[name], 'resourceManager')].includes(wanted)) ?? null;
}

/**
 * The cloud the token belongs to: by its audience when that names a cloud's service, else by its issuer when only
 * one cloud uses that issuer host (sts.windows.net is shared by the public and US Government clouds).
 */
export function tokenCloud(facts: Facts): CloudName | null {
  const { token } = facts;
  if (token === null) return null;
  const byAudience = token.audience === null ? null : cloudOfAudience(token.audience);
  if (byAudience !== null) return byAudience;
  return token.issuerClouds.length === 1 ? (token.issuerClouds[0] ?? null) : null;
}

export type TokenProblem = 'cloud' | 'audience' | 'expired' | 'not-yet-valid';

/** The most decisive thing wrong with the token for this request, as far as its claims show; null when none. */
export function tokenProblem(facts: Facts): TokenProblem | null {
  const { token, now } = facts;
  if (token === null) return null;
  const cloud = tokenCloud(facts);
  if (cloud !== null && cloud !== facts.cloud.name) return 'cloud';
  if (token.audience === null || !expectedAudiences(facts.cloud, facts.service).includes(trimSlash(token.audience))) return 'audience';
  if (token.expiresAt !== null && token.expiresAt <= now) return 'expired';
  if (token.notBefore !== null && token.notBefore > now) return 'not-yet-valid';
  return null;
}

function audienceEvidence(facts: Facts): Evidence {
  const expected = expectedAudiences(facts.cloud, facts.service);
  const audience = facts.token?.audience ?? null;
  if (audience === null) return { label: 'Token audience (aud)', value: `missing; expected ${expected[0] ?? ''}`, status: 'problem' };
  const ok = expected.includes(trimSlash(audience));
  return { label: 'Token audience (aud)', value: ok ? audience : `${audience}; expected ${expected[0] ?? ''}`, status: ok ? 'ok' : 'problem' };
}

function issuerEvidence(facts: Facts): Evidence {
  const { token } = facts;
  const label = 'Token issuer (iss)';
  if (token?.issuer == null) return { label, value: 'missing', status: 'unknown' };
  const cloud = tokenCloud(facts);
  if (cloud === null) {
    const known = token.issuerClouds.map((name) => CLOUDS[name].displayName);
    const value = known.length > 0 ? `${token.issuer} (${known.join(' or ')})` : `${token.issuer} (not a token service of any Azure cloud)`;
    return { label, value, status: known.includes(facts.cloud.displayName) ? 'ok' : known.length > 0 ? 'problem' : 'unknown' };
  }
  const ok = cloud === facts.cloud.name;
  return {
    label,
    value: ok ? `${token.issuer} (${CLOUDS[cloud].displayName})` : `${token.issuer}: a token of ${CLOUDS[cloud].displayName}, but the console is set to ${facts.cloud.displayName}`,
    status: ok ? 'ok' : 'problem',
  };
}

function tenantEvidence(facts: Facts): Evidence {
  const label = 'Token tenant (tid)';
  const tenant = facts.token?.tenantId ?? null;
  if (tenant === null) return { label, value: 'missing', status: 'unknown' };
  const workspaceTenant = facts.context.workspaceTenantId ?? null;
  if (workspaceTenant !== null) {
    const ok = workspaceTenant.toLowerCase() === tenant.toLowerCase();
    return { label, value: ok ? `${tenant} (the workspace's tenant)` : `${tenant}; the workspace belongs to tenant ${workspaceTenant}`, status: ok ? 'ok' : 'problem' };
  }
  const configured = facts.context.tenantId;
  if (facts.context.connectionMode === 'entra' && configured !== null && isGuid(configured)) {
    const ok = configured.toLowerCase() === tenant.toLowerCase();
    return { label, value: ok ? `${tenant} (the configured tenant)` : `${tenant}; the console is configured for tenant ${configured}`, status: ok ? 'ok' : 'problem' };
  }
  return { label, value: `${tenant} (the workspace's tenant is not known here)`, status: 'unknown' };
}

function expiryEvidence(facts: Facts): Evidence {
  const expiresAt = facts.token?.expiresAt ?? null;
  if (expiresAt === null) return { label: 'Token expiry (exp)', value: 'missing', status: 'unknown' };
  const expired = expiresAt <= facts.now;
  return { label: 'Token expiry (exp)', value: `${utcText(expiresAt)}: ${describeExpiry(expiresAt, facts.now)} by this computer's clock`, status: expired ? 'problem' : 'ok' };
}

function notBeforeEvidence(facts: Facts): Evidence | null {
  const notBefore = facts.token?.notBefore ?? null;
  if (notBefore === null || notBefore <= facts.now) return null;
  return { label: 'Token valid from (nbf)', value: `${utcText(notBefore)}: in the future by this computer's clock`, status: 'problem' };
}

function permissionEvidence(facts: Facts): Evidence {
  const scopes = facts.token?.scopes ?? [];
  const roles = facts.token?.roles ?? [];
  const granted = [...scopes.map((scope) => `scp ${scope}`), ...roles.map((role) => `role ${role}`)];
  const value = granted.length > 0 ? granted.join(', ') : 'none (no scp or roles claim)';
  if (facts.service === 'resourceManager') return { label: 'Permissions', value, status: scopes.includes('user_impersonation') ? 'ok' : 'unknown' };
  const ok = scopes.includes('Data.Read') || roles.includes('Data.Read');
  return { label: 'Permissions', value: ok ? value : `${value}; Log Analytics needs Data.Read`, status: ok ? 'ok' : 'problem' };
}

function applicationEvidence(facts: Facts): Evidence | null {
  const claims = facts.claims ?? {};
  const appId = typeof claims.appid === 'string' ? claims.appid : typeof claims.azp === 'string' ? claims.azp : null;
  if (appId === null) return null;
  const configured = facts.context.clientId;
  if (facts.context.connectionMode !== 'entra' || configured === null) return { label: 'Issued to application (appid)', value: appId, status: 'unknown' };
  const ok = configured.toLowerCase() === appId.toLowerCase();
  return { label: 'Issued to application (appid)', value: ok ? `${appId} (this console)` : `${appId}; the console's client id is ${configured}`, status: ok ? 'ok' : 'problem' };
}

/** Every claim check; a single "not available" entry when the request's claims are unknown. */
export function tokenEvidence(facts: Facts): Evidence[] {
  if (facts.token === null) {
    return [{ label: 'Token claims', value: 'not available for this request, so the token could not be checked here', status: 'unknown' }];
  }
  return [
    audienceEvidence(facts),
    issuerEvidence(facts),
    tenantEvidence(facts),
    expiryEvidence(facts),
    notBeforeEvidence(facts),
    permissionEvidence(facts),
    applicationEvidence(facts),
  ].filter((entry): entry is Evidence => entry !== null);
}

/** Who the token speaks for, for role assignments: name, user name and object id, as far as known. */
export function identityEvidence(facts: Facts): Evidence | null {
  const claims = facts.claims;
  if (claims === null || facts.token === null) return null;
  const oid = typeof claims.oid === 'string' ? claims.oid : null;
  const who = [facts.token.subjectName, facts.token.username].filter((part): part is string => part !== null);
  if (who.length === 0 && oid === null) return null;
  const value = [who.length > 0 ? who.join(', ') : null, oid !== null ? `object id ${oid}` : null].filter((part) => part !== null).join('; ');
  return { label: 'Signed-in identity', value, status: 'unknown' };
}
