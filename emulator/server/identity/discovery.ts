// Entra's discovery documents: OpenID configuration, instance discovery and the signing keys.
import type { RequestContext } from '../context.ts';
import { publicHost } from '../http/request.ts';
import { Aadsts, newErrorTrace, tokenErrorBody } from './aadsts.ts';
import type { Authority } from './directory.ts';
import { v2Issuer } from './mint.ts';
import { identityHeaders } from './headers.ts';
import { sendJson } from '../http/response.ts';

export function openIdConfiguration(ctx: RequestContext, authority: Authority): Record<string, unknown> {
  const segment = authority.kind === 'tenant' ? authority.tenant.id : authority.segment;
  const base = `${ctx.origin}/${segment}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: authority.kind === 'tenant' ? v2Issuer(authority.tenant.id) : v2Issuer('{tenantid}'),
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: authority.kind === 'tenant' ? 'NA' : null,
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

const KNOWN_CLOUDS = [
  { preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'] },
  { preferred_network: 'login.partner.microsoftonline.cn', preferred_cache: 'login.partner.microsoftonline.cn', aliases: ['login.partner.microsoftonline.cn', 'login.chinacloudapi.cn'] },
  { preferred_network: 'login.microsoftonline.de', preferred_cache: 'login.microsoftonline.de', aliases: ['login.microsoftonline.de'] },
  { preferred_network: 'login.microsoftonline.us', preferred_cache: 'login.microsoftonline.us', aliases: ['login.microsoftonline.us', 'login.usgovcloudapi.net'] },
  { preferred_network: 'login-us.microsoftonline.com', preferred_cache: 'login-us.microsoftonline.com', aliases: ['login-us.microsoftonline.com'] },
];

/** GET /common/discovery/instance: MSAL's cloud discovery. The emulator's own host counts as a known cloud. */
export function serveInstanceDiscovery(ctx: RequestContext): void {
  const ownHost = publicHost(ctx.req, ctx.services.ownBaseUrl());
  const clouds = KNOWN_CLOUDS.some((cloud) => cloud.aliases.includes(ownHost))
    ? KNOWN_CLOUDS
    : [...KNOWN_CLOUDS, { preferred_network: ownHost, preferred_cache: ownHost, aliases: [ownHost] }];
  const authorizationEndpoint = ctx.url.searchParams.get('authorization_endpoint');
  const requestedHost = authorizationEndpoint !== null && URL.canParse(authorizationEndpoint) ? new URL(authorizationEndpoint).host : ownHost;
  if (!clouds.some((cloud) => cloud.aliases.includes(requestedHost))) {
    sendJson(ctx.res, 400, tokenErrorBody(Aadsts.unknownInstance(), newErrorTrace(ctx.now)), identityHeaders('*'));
    return;
  }
  sendJson(
    ctx.res,
    200,
    {
      tenant_discovery_endpoint: `https://${requestedHost}/{tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: clouds,
    },
    identityHeaders('*'),
  );
}

export function serveKeys(ctx: RequestContext, authority: Authority): void {
  const issuer = v2Issuer(authority.kind === 'tenant' ? authority.tenant.id : '{tenantid}');
  sendJson(ctx.res, 200, { keys: [{ ...ctx.services.key.publicJwk, issuer }] }, identityHeaders('*'));
}
