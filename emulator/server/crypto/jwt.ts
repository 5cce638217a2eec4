import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

export type JwtClaims = Record<string, unknown>;

export interface PublicJwk {
  kty: 'RSA';
  use: 'sig';
  kid: string;
  x5t: string;
  n: string;
  e: string;
  alg: 'RS256';
}

/** The emulator's one token-signing key: generated at startup, published through the JWKS endpoints. */
export interface SigningKey {
  kid: string;
  publicJwk: PublicJwk;
  publicKey: KeyObject;
  sign(claims: JwtClaims, headerExtras?: Record<string, string>): string;
}

export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // Entra's kid is the base64url SHA-1 thumbprint of the signing certificate; the emulator has no certificate,
  // so it thumbprints the public key instead, which gives an identifier of the same form.
  const kid = createHash('sha1').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64url');
  const jwk = publicKey.export({ format: 'jwk' });
  const publicJwk: PublicJwk = { kty: 'RSA', use: 'sig', kid, x5t: kid, n: String(jwk.n), e: String(jwk.e), alg: 'RS256' };
  return {
    kid,
    publicJwk,
    publicKey,
    sign(claims, headerExtras = {}) {
      const header = { typ: 'JWT', alg: 'RS256', ...headerExtras, kid };
      const signingInput = `${encodeSegment(header)}.${encodeSegment(claims)}`;
      const signature = sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url');
      return `${signingInput}.${signature}`;
    },
  };
}

function encodeSegment(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export type JwtCheck =
  | { kind: 'valid'; header: JwtClaims; claims: JwtClaims }
  | { kind: 'malformed' }
  | { kind: 'bad-signature'; claims: JwtClaims };

/** Parses a compact JWS and checks its RS256 signature against `publicKey`. */
export function verifyJwt(token: string, publicKey: KeyObject): JwtCheck {
  const segments = token.split('.');
  if (segments.length !== 3) return { kind: 'malformed' };
  const [headerText, claimsText, signatureText] = segments as [string, string, string];
  const header = decodeSegment(headerText);
  const claims = decodeSegment(claimsText);
  if (header === null || claims === null) return { kind: 'malformed' };
  if (header['alg'] !== 'RS256') return { kind: 'bad-signature', claims };
  const signature = Buffer.from(signatureText, 'base64url');
  const signedBytes = Buffer.from(`${headerText}.${claimsText}`);
  return verify('sha256', signedBytes, publicKey, signature) ? { kind: 'valid', header, claims } : { kind: 'bad-signature', claims };
}

function decodeSegment(segment: string): JwtClaims | null {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JwtClaims) : null;
  } catch {
    return null;
  }
}

