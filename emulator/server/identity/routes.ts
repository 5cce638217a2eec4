// Routing for everything under /{tenant}/... and /common/...: the emulated Entra ID.
import type { RequestContext } from '../context.ts';
import { headerValue } from '../http/request.ts';
import { sendEmpty, sendJson } from '../http/response.ts';
import { Aadsts, newErrorTrace, tokenErrorBody } from './aadsts.ts';
import { handleAuthorize, handleLogout, handlePickerAnswer } from './authorize.ts';
import { resolveAuthority } from './directory.ts';
import { openIdConfiguration, serveInstanceDiscovery, serveKeys } from './discovery.ts';
import { identityHeaders } from './headers.ts';
import { handleToken } from './token.ts';

/** Handles the request when its path belongs to identity; returns false otherwise. */
export async function routeIdentity(ctx: RequestContext): Promise<boolean> {
  const [segment, ...rest] = ctx.segments;
  if (segment === undefined) return false;
  const path = rest.join('/').toLowerCase();
  const method = ctx.req.method ?? 'GET';
  const authority = resolveAuthority(segment);

  if (method === 'OPTIONS') {
    answerPreflight(ctx);
    return true;
  }
  switch (path) {
    case 'v2.0/.well-known/openid-configuration':
      if (authority === undefined) {
        sendJson(ctx.res, 400, tokenErrorBody(Aadsts.tenantNotFound(segment, 'invalid_tenant'), newErrorTrace(ctx.now)), identityHeaders('*'));
      } else {
        sendJson(ctx.res, 200, openIdConfiguration(ctx, authority), identityHeaders('*'));
      }
      return true;
    case 'discovery/instance':
      serveInstanceDiscovery(ctx);
      return true;
    case 'discovery/v2.0/keys':
    case 'discovery/keys':
      if (authority === undefined) {
        sendJson(ctx.res, 400, tokenErrorBody(Aadsts.tenantNotFound(segment, 'invalid_tenant'), newErrorTrace(ctx.now)), identityHeaders('*'));
      } else {
        serveKeys(ctx, authority);
      }
      return true;
    case 'oauth2/v2.0/authorize':
      await handleAuthorize(ctx, authority, segment);
      return true;
    case 'login':
      if (method !== 'POST') return false;
      await handlePickerAnswer(ctx);
      return true;
    case 'oauth2/v2.0/token':
      await handleToken(ctx, authority, segment);
      return true;
    case 'oauth2/v2.0/logout':
      handleLogout(ctx);
      return true;
    default:
      return false;
  }
}

/** CORS preflight: MSAL's token request may carry headers such as X-AnchorMailbox, so any requested header is allowed. */
function answerPreflight(ctx: RequestContext): void {
  const origin = headerValue(ctx.req, 'origin') ?? '*';
  sendEmpty(ctx.res, 204, {
    ...identityHeaders(origin),
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': headerValue(ctx.req, 'access-control-request-headers') ?? '',
    'Access-Control-Max-Age': '86400',
  });
}
