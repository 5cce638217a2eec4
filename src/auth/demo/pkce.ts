// PKCE (RFC 7636, S256) and the random values of an authorization request, from the Web Crypto API.

export interface PkcePair {
  verifier: string;
  challenge: string;
}

/** 32 random bytes as base64url: 43 characters, the shortest verifier RFC 7636 allows. */
export function randomUrlSafe(byteCount = 32): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

export async function createPkcePair(): Promise<PkcePair> {
  const verifier = randomUrlSafe();
  return { verifier, challenge: await s256Challenge(verifier) };
}

export async function s256Challenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return toBase64Url(new Uint8Array(digest));
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
