import type { IncomingMessage } from 'node:http';
import { headerValue, isForwardedHttps } from '../http/request.ts';

const SESSION_COOKIE = 'emulator_session';

export function readSessionCookie(req: IncomingMessage): string | undefined {
  for (const part of (headerValue(req, 'cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * Over (forwarded) https the cookie is `SameSite=None; Secure`, so that MSAL's hidden iframe (prompt=none) sends it
 * from the app's page; over plain http browsers reject that combination, so it falls back to Lax.
 */
function attributes(req: IncomingMessage): string {
  return isForwardedHttps(req) ? 'Path=/; HttpOnly; SameSite=None; Secure' : 'Path=/; HttpOnly; SameSite=Lax';
}

export function sessionCookie(req: IncomingMessage, sessionId: string): string {
  return `${SESSION_COOKIE}=${sessionId}; ${attributes(req)}`;
}

export function clearedSessionCookie(req: IncomingMessage): string {
  return `${SESSION_COOKIE}=; Max-Age=0; ${attributes(req)}`;
}
