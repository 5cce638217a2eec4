// An Azure SDK transport that sends what the SDK addresses to the public Azure hosts to the emulator instead, with
// X-Forwarded-Host/-Proto: the same mapping the browser suite does with Playwright routes. The SDK keeps its
// production https endpoint, which its bearer-token policy insists on (it refuses any http:// URL).
import type { TokenCredential } from '@azure/core-auth';
import { createHttpHeaders } from '@azure/core-rest-pipeline';
import type { HttpClient } from '@azure/core-rest-pipeline';
import type { PersonaId } from '../../config.ts';
import { appToken, decodeJwt } from './emulatorClient.ts';

export function forwardingHttpClient(emulatorUrl: string): HttpClient {
  return {
    async sendRequest(request) {
      const target = new URL(request.url);
      const headers = new Headers(Object.fromEntries(request.headers));
      headers.set('x-forwarded-host', target.host);
      headers.set('x-forwarded-proto', 'https');
      const response = await fetch(`${emulatorUrl}${target.pathname}${target.search}`, {
        method: request.method,
        headers,
        body: typeof request.body === 'string' ? request.body : undefined,
      });
      return { request, status: response.status, headers: createHttpHeaders(Object.fromEntries(response.headers)), bodyAsText: await response.text() };
    },
  };
}

/** A TokenCredential backed by the emulator's client-credentials grant for the demo app acting as `persona`. */
export function emulatorCredential(emulatorUrl: string, persona: PersonaId): TokenCredential {
  return {
    async getToken(scopes) {
      const scope = Array.isArray(scopes) ? scopes[0]! : scopes;
      const token = await appToken(emulatorUrl, persona, scope);
      return { token, expiresOnTimestamp: Number(decodeJwt(token).claims['exp']) * 1000 };
    },
  };
}
