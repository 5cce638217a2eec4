// Reading the claims of a bearer token an analyst pastes (or that a failure is explained with), and checking that it
// fits the cloud it will be used with. Only the payload is decoded: the signature is the service's business, and the
// console never trusts these claims for anything but explaining what the token is (DESIGN §8).
import { CLOUDS, type CloudDefinition, type CloudName } from './clouds';

export type Claims = Readonly<Record<string, unknown>>;

export type DecodedToken = { ok: true; claims: Claims } | { ok: false; error: string };

/** What the console shows about a token: who issued it, for what, for whom and until when. */
export interface TokenSummary {
  audience: string | null;
  tenantId: string | null;
  issuer: string | null;
  /**
   * The clouds whose token service may have issued it, from the `iss` host: one for most hosts, two for
   * sts.windows.net (public and US Government v1 tokens share it), none for an unknown host.
   */
  issuerClouds: CloudName[];
  /** Epoch milliseconds. */
  expiresAt: number | null;
  notBefore: number | null;
  /** Delegated permissions (`scp`, space separated in the token). */
  scopes: string[];
  /** Application permissions (`roles`), present on app-only tokens. */
  roles: string[];
  /** A person's display name, or the application id of an app-only token. */
  subjectName: string | null;
  username: string | null;
}

export interface TokenFitProblem {
  kind: 'audience' | 'expired' | 'not-yet-valid' | 'cloud' | 'no-permission';
  message: string;
}

// Hosts of the v1 (`sts.*`) and v2 (`login.*`) issuers per cloud; v1 is what Log Analytics and ARM tokens carry.
// UNCERTAIN: US Government v1 tokens are reported with sts.windows.net, so that host counts for both clouds.
const ISSUER_HOSTS: Readonly<Record<CloudName, readonly string[]>> = {
  AzurePublic: ['sts.windows.net', 'login.microsoftonline.com', 'login.windows.net'],
  AzureUSGovernment: ['sts.windows.net', 'login.microsoftonline.us', 'login.usgovcloudapi.net'],
  AzureChina: ['sts.chinacloudapi.cn', 'login.partner.microsoftonline.cn', 'login.chinacloudapi.cn'],
};

const MINUTE_MS = 60_000;

/**
 * Decodes the payload of a compact JWT (header.payload.signature, base64url). Accepts a leading "Bearer " and
 * surrounding white space, since that is how tokens are often copied. Never includes the token in an error message.
 */
export function decodeJwtPayload(text: string): DecodedToken {
  const token = text.trim().replace(/^bearer\s+/i, '');
  if (token === '') return { ok: false, error: 'No token was given.' };
  const parts = token.split('.');
  if (parts.length === 5) {
    return { ok: false, error: 'This is an encrypted token (JWE, five parts); its claims cannot be read, and Log Analytics does not accept it.' };
  }
  if (parts.length !== 3) {
    return { ok: false, error: `A JWT has three parts separated by dots (header.payload.signature); this text has ${parts.length}.` };
  }
  const [header, payload] = parts as [string, string, string];
  if (!isBase64Url(header) || !isBase64Url(payload)) {
    return { ok: false, error: 'The token holds characters that are not base64url; it may have been cut or wrapped when copied.' };
  }
  let json: string;
  try {
    json = decodeBase64UrlText(payload);
  } catch {
    return { ok: false, error: 'The token payload is not valid UTF-8 text.' };
  }
  let claims: unknown;
  try {
    claims = JSON.parse(json);
  } catch {
    return { ok: false, error: 'The token payload is not JSON; it may have been cut when copied.' };
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    return { ok: false, error: 'The token payload is not a JSON object of claims.' };
  }
  return { ok: true, claims: claims as Claims };
}

export function summarizeClaims(claims: Claims): TokenSummary {
  const issuer = stringClaim(claims, 'iss');
  return {
    audience: audienceOf(claims),
    tenantId: stringClaim(claims, 'tid'),
    issuer,
    issuerClouds: issuer === null ? [] : issuerCloudsOf(issuer),
    expiresAt: secondsClaimAsMs(claims, 'exp'),
    notBefore: secondsClaimAsMs(claims, 'nbf'),
    scopes: (stringClaim(claims, 'scp') ?? '').split(' ').filter((scope) => scope !== ''),
    roles: Array.isArray(claims.roles) ? claims.roles.filter((role): role is string => typeof role === 'string') : [],
    subjectName: stringClaim(claims, 'name') ?? stringClaim(claims, 'app_displayname') ?? stringClaim(claims, 'appid') ?? stringClaim(claims, 'azp'),
    username: stringClaim(claims, 'upn') ?? stringClaim(claims, 'unique_name') ?? stringClaim(claims, 'preferred_username'),
  };
}

/** The clouds whose token service an `iss` URL names; empty for an unknown host or unparsable text. */
export function issuerCloudsOf(issuer: string): CloudName[] {
  let host: string;
  try {
    host = new URL(issuer).hostname.toLowerCase();
  } catch {
    return [];
  }
  return (Object.keys(ISSUER_HOSTS) as CloudName[]).filter((cloud) => ISSUER_HOSTS[cloud].includes(host));
}

/** The audience a Log Analytics token of `cloud` carries: its scope without `/.default`. */
export function logAnalyticsAudience(cloud: CloudDefinition): string {
  return resourceOfScope(cloud.logAnalytics.scope);
}

/** "expires in 42 min", "expires in 1 h 5 min", "expired 3 min ago", "expired 2 d ago". */
export function describeExpiry(expiresAt: number, now: number): string {
  const remaining = expiresAt - now;
  if (remaining > 0) return `expires in ${formatSpan(remaining, 'up')}`;
  return `expired ${formatSpan(-remaining, 'down')} ago`;
}

/**
 * Everything that stops the token from working with `cloud`'s Log Analytics API, most decisive first. An empty list
 * means nothing visible in the claims is wrong (the service may still refuse it, e.g. for missing access rights).
 */
export function logAnalyticsFitProblems(summary: TokenSummary, cloud: CloudDefinition, now: number): TokenFitProblem[] {
  const problems: TokenFitProblem[] = [];
  const expected = logAnalyticsAudience(cloud);
  if (summary.audience === null) {
    problems.push({ kind: 'audience', message: `The token has no audience (aud); Log Analytics in ${cloud.displayName} needs ${expected}.` });
  } else if (trimSlash(summary.audience) !== expected) {
    problems.push({ kind: 'audience', message: audienceMismatchMessage(summary.audience, cloud, expected) });
  }
  if (summary.expiresAt !== null && summary.expiresAt <= now) {
    problems.push({ kind: 'expired', message: `The token ${describeExpiry(summary.expiresAt, now)}; get a new one.` });
  }
  if (summary.notBefore !== null && summary.notBefore > now + 5 * MINUTE_MS) {
    problems.push({ kind: 'not-yet-valid', message: 'The token is not valid yet (nbf is in the future); check this computer\'s clock.' });
  }
  if (summary.issuerClouds.length > 0 && !summary.issuerClouds.includes(cloud.name)) {
    problems.push({
      kind: 'cloud',
      message: `The token was issued by the ${summary.issuerClouds.map((name) => CLOUDS[name].displayName).join(' or ')} token service, but the console is set to ${cloud.displayName}; change the cloud in Settings or get a token from that cloud.`,
    });
  }
  if (summary.scopes.length === 0 && summary.roles.length === 0) {
    problems.push({ kind: 'no-permission', message: 'The token grants no permission (neither scp nor roles); Log Analytics needs Data.Read.' });
  }
  return problems;
}

function audienceMismatchMessage(audience: string, cloud: CloudDefinition, expected: string): string {
  const armAudience = resourceOfScope(cloud.resourceManager.scope);
  if (trimSlash(audience) === armAudience) {
    return `This token is for Azure Resource Manager (${audience}), not Log Analytics. Ask for one with --resource ${expected}.`;
  }
  return `The token's audience is ${audience}, but Log Analytics in ${cloud.displayName} accepts only ${expected}. Ask for one with --resource ${expected}.`;
}

function resourceOfScope(scope: string): string {
  return trimSlash(scope.replace(/\/\.default$/, ''));
}

function trimSlash(text: string): string {
  return text.replace(/\/+$/, '');
}

function audienceOf(claims: Claims): string | null {
  const aud = claims.aud;
  if (typeof aud === 'string') return aud;
  if (Array.isArray(aud) && typeof aud[0] === 'string') return aud[0];
  return null;
}

function stringClaim(claims: Claims, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

function secondsClaimAsMs(claims: Claims, name: string): number | null {
  const value = claims[name];
  return typeof value === 'number' && Number.isFinite(value) ? value * 1000 : null;
}

/** Minutes under two hours, then hours and minutes, then days; rounded so a fresh token reads "60 min", not "59". */
function formatSpan(ms: number, rounding: 'up' | 'down'): string {
  if (ms < MINUTE_MS) return 'less than a minute';
  const minutes = rounding === 'up' ? Math.ceil(ms / MINUTE_MS) : Math.floor(ms / MINUTE_MS);
  if (minutes < 120) return `${minutes} min`;
  if (minutes < 48 * 60) {
    const rest = minutes % 60;
    return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
  }
  return `${Math.floor(minutes / (24 * 60))} d`;
}

function isBase64Url(text: string): boolean {
  return text !== '' && /^[A-Za-z0-9_-]+={0,2}$/.test(text);
}

function decodeBase64UrlText(text: string): string {
  const base64 = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
