// Builds the JWTs Entra issues: v2 id tokens and v1 access tokens, with Entra's claim names and shapes.
import { createHash } from 'node:crypto';
import type { Persona } from '../../config.ts';
import { epochSeconds } from '../clock.ts';
import { base64UrlJson, randomToken } from '../crypto/ids.ts';
import type { SigningKey } from '../crypto/jwt.ts';
import type { ConfidentialClient } from './directory.ts';
import type { Resource } from './resources.ts';

/** The issuer of v1 access tokens. */
export function v1Issuer(tenantId: string): string {
  return `https://sts.windows.net/${tenantId}/`;
}

/** The issuer of v2 id tokens (and of the v2 discovery document). */
export function v2Issuer(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}/v2.0`;
}

/** MSAL's client_info: base64url of {"uid","utid"}. */
export function clientInfo(persona: Persona): string {
  return base64UrlJson({ uid: persona.objectId, utid: persona.tenantId });
}

/** Entra's `sub` is pairwise: stable for one user and one app, different across apps. */
function pairwiseSubject(objectId: string, clientId: string): string {
  return createHash('sha256').update(`${objectId}:${clientId}`).digest('base64url');
}

/** Claims Entra adds for its own bookkeeping; their values are opaque to clients. */
function opaqueClaims(): { aio: string; rh: string; uti: string } {
  return { aio: randomToken(48), rh: `1.A${randomToken(40)}.`, uti: randomToken(16) };
}

function lifetimeClaims(now: Date, lifetimeSeconds: number): { iat: number; nbf: number; exp: number } {
  const issuedAt = epochSeconds(now);
  return { iat: issuedAt, nbf: issuedAt, exp: issuedAt + lifetimeSeconds };
}

export interface UserTokenInput {
  persona: Persona;
  clientId: string;
  resource: Resource;
  sid: string;
  now: Date;
  lifetimeSeconds: number;
}

export function mintUserAccessToken(key: SigningKey, input: UserTokenInput): string {
  const { persona } = input;
  const [givenName = persona.displayName, ...familyNames] = persona.displayName.split(' ');
  const { aio, rh, uti } = opaqueClaims();
  return key.sign(
    {
      aud: input.resource.audience,
      iss: v1Issuer(persona.tenantId),
      ...lifetimeClaims(input.now, input.lifetimeSeconds),
      acr: '1',
      aio,
      amr: ['pwd'],
      appid: input.clientId,
      appidacr: '0',
      family_name: familyNames.join(' '),
      given_name: givenName,
      idtyp: 'user',
      ipaddr: '127.0.0.1',
      name: persona.displayName,
      oid: persona.objectId,
      rh,
      scp: input.resource.delegatedPermission,
      sid: input.sid,
      sub: pairwiseSubject(persona.objectId, input.clientId),
      tid: persona.tenantId,
      unique_name: persona.upn,
      upn: persona.upn,
      uti,
      ver: '1.0',
    },
    { x5t: key.kid },
  );
}

export function mintAppAccessToken(key: SigningKey, app: ConfidentialClient, resource: Resource, now: Date, lifetimeSeconds: number): string {
  const { aio, rh, uti } = opaqueClaims();
  const claims: Record<string, unknown> = {
    aud: resource.audience,
    iss: v1Issuer(app.tenantId),
    ...lifetimeClaims(now, lifetimeSeconds),
    aio,
    appid: app.clientId,
    appidacr: '1',
    idp: v1Issuer(app.tenantId),
    idtyp: 'app',
    oid: app.objectId,
    rh,
  };
  if (resource.appRoles.length > 0) claims['roles'] = resource.appRoles;
  Object.assign(claims, { sub: app.objectId, tid: app.tenantId, uti, ver: '1.0' });
  return key.sign(claims, { x5t: key.kid });
}

export interface IdTokenInput {
  persona: Persona;
  clientId: string;
  nonce: string | undefined;
  sid: string;
  now: Date;
}

export function mintIdToken(key: SigningKey, input: IdTokenInput): string {
  const { persona } = input;
  const { aio, rh, uti } = opaqueClaims();
  const claims: Record<string, unknown> = {
    aud: input.clientId,
    iss: v2Issuer(persona.tenantId),
    ...lifetimeClaims(input.now, 3600),
    aio,
    login_hint: base64UrlJson({ upn: persona.upn, tid: persona.tenantId, oid: persona.objectId }),
    name: persona.displayName,
  };
  if (input.nonce !== undefined) claims['nonce'] = input.nonce;
  Object.assign(claims, {
    oid: persona.objectId,
    preferred_username: persona.upn,
    rh,
    sid: input.sid,
    sub: pairwiseSubject(persona.objectId, input.clientId),
    tid: persona.tenantId,
    uti,
    ver: '2.0',
  });
  return key.sign(claims);
}

/** Entra gives user access tokens a randomized lifetime of 60–75 minutes. */
export function defaultUserTokenLifetime(): number {
  return 3600 + Math.floor(Math.random() * 900);
}

export const APP_TOKEN_LIFETIME_SECONDS = 3599;
