import type { IncomingMessage } from 'node:http';

/** The first value of a request header, or undefined. */
export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage, maxBytes = 16 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new BodyTooLargeError(`Request body larger than ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The origin that clients see for this service. Tests and the browser suite forward the public Azure hosts to the
 * emulator with X-Forwarded-Host/-Proto; links the emulator emits must point back at those public hosts then.
 */
export function publicOrigin(req: IncomingMessage, ownBaseUrl: string): string {
  const forwardedHost = headerValue(req, 'x-forwarded-host');
  if (forwardedHost !== undefined && forwardedHost !== '') {
    const proto = headerValue(req, 'x-forwarded-proto') ?? 'https';
    return `${proto}://${forwardedHost.split(',')[0]!.trim()}`;
  }
  const host = headerValue(req, 'host');
  return host === undefined ? ownBaseUrl : `http://${host}`;
}

/** The host part of `publicOrigin`, e.g. "api.loganalytics.io" or "127.0.0.1:5178". */
export function publicHost(req: IncomingMessage, ownBaseUrl: string): string {
  return new URL(publicOrigin(req, ownBaseUrl)).host;
}

/** Whether the client reached the emulator over (forwarded) TLS: decides the session cookie's attributes. */
export function isForwardedHttps(req: IncomingMessage): boolean {
  return headerValue(req, 'x-forwarded-proto') === 'https';
}
