import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSigningKey, verifyJwt } from './jwt.ts';

const key = createSigningKey();

function decode(segment: string): unknown {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
}

describe('signing key', () => {
  it('signs RS256 JWTs whose header names the key', () => {
    const token = key.sign({ aud: 'x', n: 1 }, { x5t: key.kid });
    const [header, claims] = token.split('.');
    expect(decode(header!)).toEqual({ typ: 'JWT', alg: 'RS256', x5t: key.kid, kid: key.kid });
    expect(decode(claims!)).toEqual({ aud: 'x', n: 1 });
  });

  it('publishes a JWK that verifies its tokens (as a relying party would use it)', () => {
    const token = key.sign({ sub: 'a' });
    const publicKey = createPublicKey({ key: { kty: 'RSA', n: key.publicJwk.n, e: key.publicJwk.e }, format: 'jwk' });
    expect(verifyJwt(token, publicKey)).toEqual({ kind: 'valid', header: { typ: 'JWT', alg: 'RS256', kid: key.kid }, claims: { sub: 'a' } });
    expect(key.publicJwk).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', kid: key.kid, e: 'AQAB' });
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{27}$/);
  });

  it('rejects a token signed by another key or altered', () => {
    const other = createSigningKey().sign({ sub: 'a' });
    expect(verifyJwt(other, key.publicKey)).toEqual({ kind: 'bad-signature', claims: { sub: 'a' } });
    const [header, , signature] = key.sign({ sub: 'a' }).split('.');
    const altered = `${header}.${Buffer.from('{"sub":"b"}').toString('base64url')}.${signature}`;
    expect(verifyJwt(altered, key.publicKey)).toEqual({ kind: 'bad-signature', claims: { sub: 'b' } });
  });

  it('calls anything that is not three base64url JSON segments malformed', () => {
    expect(verifyJwt('abc', key.publicKey)).toEqual({ kind: 'malformed' });
    expect(verifyJwt('a.b.c', key.publicKey)).toEqual({ kind: 'malformed' });
    expect(verifyJwt(`${Buffer.from('[1]').toString('base64url')}.${Buffer.from('{}').toString('base64url')}.x`, key.publicKey)).toEqual({ kind: 'malformed' });
  });
});
