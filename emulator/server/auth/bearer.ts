// Validates the bearer tokens that Log Analytics and ARM receive, as a resource server does: signature against the
// emulator's key, audience, lifetime; then who the caller is. Each API turns a failure into its own error body.
import type { IncomingMessage } from 'node:http';
import type { Persona } from '../../config.ts';
import { epochSeconds } from '../clock.ts';
import { verifyJwt } from '../crypto/jwt.ts';
import type { JwtClaims, SigningKey } from '../crypto/jwt.ts';
import type { FaultSet } from '../faults/faultSet.ts';
import { headerValue } from '../http/request.ts';
import { findClient } from '../identity/directory.ts';
import { PERSONAS } from '../../config.ts';

export interface Principal {
  /** The persona whose rights apply: the user's, or the one a demo app acts as. */
  persona: Persona | undefined;
  objectId: string;
  tenantId: string;
  kind: 'user' | 'app';
  /** `scp` split on spaces for users, `roles` for apps. */
  permissions: string[];
}

export type TokenProblem = 'missing' | 'malformed' | 'bad-signature' | 'expired' | 'not-yet-valid' | 'wrong-audience';

export type BearerCheck = { kind: 'ok'; principal: Principal; claims: JwtClaims } | { kind: 'problem'; problem: TokenProblem; claims?: JwtClaims };

export interface BearerPolicy {
  key: SigningKey;
  faults: FaultSet;
  now: Date;
  acceptedAudiences: readonly string[];
}

export function checkBearer(req: IncomingMessage, policy: BearerPolicy): BearerCheck {
  const authorization = headerValue(req, 'authorization');
  if (authorization === undefined || authorization.trim() === '') return { kind: 'problem', problem: 'missing' };
  const match = /^bearer\s+(.*)$/i.exec(authorization.trim());
  if (match === null) return { kind: 'problem', problem: 'missing' };
  const { faults } = policy;
  if (faults.has('malformed-token')) return { kind: 'problem', problem: 'malformed' };
  const check = verifyJwt(match[1]!.trim(), policy.key.publicKey);
  if (check.kind === 'malformed') return { kind: 'problem', problem: 'malformed' };
  if (check.kind === 'bad-signature') return { kind: 'problem', problem: 'bad-signature', claims: check.claims };
  const { claims } = check;
  if (faults.has('wrong-audience') || !policy.acceptedAudiences.includes(String(claims['aud']))) {
    return { kind: 'problem', problem: 'wrong-audience', claims };
  }
  // No clock-skew allowance: the emulator mints and checks on the same clock, and tests need expiry to be exact.
  const nowSeconds = epochSeconds(policy.now);
  if (faults.has('expired-token') || typeof claims['exp'] !== 'number' || claims['exp'] <= nowSeconds) return { kind: 'problem', problem: 'expired', claims };
  if (typeof claims['nbf'] === 'number' && claims['nbf'] > nowSeconds) return { kind: 'problem', problem: 'not-yet-valid', claims };
  return { kind: 'ok', principal: principalOf(claims), claims };
}

function principalOf(claims: JwtClaims): Principal {
  const objectId = String(claims['oid'] ?? '');
  const tenantId = String(claims['tid'] ?? '');
  if (claims['idtyp'] === 'app') {
    const app = findClient(String(claims['appid'] ?? ''));
    const roles = Array.isArray(claims['roles']) ? claims['roles'].map(String) : [];
    return { persona: app?.kind === 'confidential' ? app.persona : undefined, objectId, tenantId, kind: 'app', permissions: roles };
  }
  const scopes = typeof claims['scp'] === 'string' ? claims['scp'].split(' ') : [];
  return { persona: PERSONAS.find((persona) => persona.objectId === objectId), objectId, tenantId, kind: 'user', permissions: scopes };
}
