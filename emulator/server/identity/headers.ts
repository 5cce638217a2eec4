import type { OutgoingHttpHeaders } from 'node:http';
import { newGuid } from '../crypto/ids.ts';

/**
 * Headers on every identity response. `allowOrigin` is the CORS answer: '*' for the public discovery documents, the
 * caller's Origin for the token endpoint (Entra only answers CORS there for SPA redirect URIs), none for pages.
 */
export function identityHeaders(allowOrigin?: string): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'Cache-Control': 'no-store, no-cache',
    Pragma: 'no-cache',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'x-ms-request-id': newGuid(),
    'x-ms-ests-server': '2.1.emulator',
  };
  if (allowOrigin !== undefined) headers['Access-Control-Allow-Origin'] = allowOrigin;
  return headers;
}
