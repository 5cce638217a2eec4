// The Content-Security-Policy the built console ships with (DESIGN §6): scripts only from our own origin, no inline
// script, and network access only to our origin and the hosts of the clouds table, so even injected markup could
// neither run code nor send a token elsewhere. Built from the clouds table so the two cannot drift apart.
import { CLOUD_NAMES, CLOUDS } from './clouds';

export interface CspOptions {
  /** Extra origins the console may call, e.g. a local emulator in a demo deployment. */
  extraConnectOrigins?: readonly string[];
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const clouds = CLOUD_NAMES.map((name) => CLOUDS[name]);
  const loginHosts = unique(clouds.flatMap((cloud) => [cloud.loginHost, cloud.idTokenIssuerHost]));
  const apiHosts = unique(clouds.flatMap((cloud) => cloud.bearerTokenHosts));
  const https = (hosts: readonly string[]) => hosts.map((host) => `https://${host}`);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    // Monaco positions its widgets with style attributes and injects its theme as a <style> element.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['worker-src', ["'self'", 'blob:']],
    ['connect-src', ["'self'", ...https(loginHosts), ...https(apiHosts), ...(options.extraConnectOrigins ?? [])]],
    // MSAL renews tokens silently in a hidden iframe on the sign-in host.
    ['frame-src', ["'self'", ...https(loginHosts)]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
