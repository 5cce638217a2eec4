// POST /{tenant}/oauth2/v2.0/token: authorization_code (with PKCE), refresh_token and client_credentials.
import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import type { RequestContext } from '../context.ts';
import { headerValue, readBody } from '../http/request.ts';
import { sendJson } from '../http/response.ts';
import { Aadsts, newErrorTrace, tokenErrorBody } from './aadsts.ts';
import type { AadstsError } from './aadsts.ts';
import { findClient, findPersona } from './directory.ts';
import type { Authority, ClientApp, ConfidentialClient, SpaClient } from './directory.ts';
import { identityHeaders } from './headers.ts';
import { APP_TOKEN_LIFETIME_SECONDS, clientInfo, defaultUserTokenLifetime, mintAppAccessToken, mintIdToken, mintUserAccessToken } from './mint.ts';
import { grantedScope, resolveScopes } from './resources.ts';
import type { RequestedResource } from './resources.ts';
import { tokenFault } from './signinFault.ts';
import type { RefreshGrant } from './state.ts';

const SPA_REFRESH_TOKEN_LIFETIME_SECONDS = 24 * 3600;

interface TokenRequest {
  ctx: RequestContext;
  params: URLSearchParams;
  authority: Authority;
  /** The caller's Origin: browsers send it on the cross-origin fetch MSAL makes. */
  origin: string | undefined;
  correlationId: string | undefined;
  headers: OutgoingHttpHeaders;
}

class TokenError extends Error {
  constructor(readonly aadsts: AadstsError) {
    super(aadsts.message);
  }
}

function fail(error: AadstsError): never {
  throw new TokenError(error);
}

export async function handleToken(ctx: RequestContext, authority: Authority | undefined, authoritySegment: string): Promise<void> {
  const origin = headerValue(ctx.req, 'origin');
  const headers = identityHeaders(origin);
  const params = new URLSearchParams(ctx.url.search);
  const correlationId = params.get('client-request-id') ?? headerValue(ctx.req, 'client-request-id');
  try {
    if (ctx.req.method !== 'POST') fail(Aadsts.endpointOnlyAcceptsPost(ctx.req.method ?? 'GET'));
    // MSAL puts some parameters in the query string and the rest in the form body; Entra reads both.
    for (const [name, value] of new URLSearchParams((await readBody(ctx.req)).toString('utf8'))) params.set(name, value);
    if (authority === undefined) fail(Aadsts.tenantNotFound(authoritySegment));
    const request: TokenRequest = { ctx, params, authority, origin, correlationId: params.get('client-request-id') ?? correlationId, headers };
    const body = issue(request);
    sendJson(ctx.res, 200, body, headers);
  } catch (error) {
    if (!(error instanceof TokenError)) throw error;
    const aadsts = error.aadsts;
    sendJson(ctx.res, aadsts.status ?? 400, tokenErrorBody(aadsts, newErrorTrace(ctx.now, correlationId)), headers);
  }
}

function issue(request: TokenRequest): Record<string, unknown> {
  const grantType = request.params.get('grant_type');
  if (grantType === null || grantType === '') fail(Aadsts.missingParameter('grant_type'));
  const credentials = clientCredentials(request);
  if (credentials.clientId === undefined) fail(Aadsts.missingParameter('client_id'));
  const client = findClient(credentials.clientId);
  if (client === undefined) fail(Aadsts.applicationNotFound(credentials.clientId, directoryName(request.authority)));
  switch (grantType) {
    case 'authorization_code':
      return redeemCode(request, requireSpa(request, client, credentials.clientSecret));
    case 'refresh_token':
      return redeemRefreshToken(request, requireSpa(request, client, credentials.clientSecret));
    case 'client_credentials':
      return issueForApp(request, client, credentials.clientSecret);
    default:
      return fail(Aadsts.unsupportedGrantType(grantType));
  }
}

function directoryName(authority: Authority): string {
  return authority.kind === 'tenant' ? authority.tenant.id : authority.segment;
}

/** client_secret_post or client_secret_basic. */
function clientCredentials(request: TokenRequest): { clientId: string | undefined; clientSecret: string | undefined } {
  const authorization = headerValue(request.ctx.req, 'authorization');
  if (authorization !== undefined && /^basic /i.test(authorization)) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    if (separator > 0) {
      return { clientId: decodeURIComponent(decoded.slice(0, separator)), clientSecret: decodeURIComponent(decoded.slice(separator + 1)) };
    }
  }
  return { clientId: request.params.get('client_id') ?? undefined, clientSecret: request.params.get('client_secret') ?? undefined };
}

/** The user flows belong to the SPA registration: public, PKCE, redeemed only from a browser (cross-origin). */
function requireSpa(request: TokenRequest, client: ClientApp, clientSecret: string | undefined): SpaClient {
  if (client.kind !== 'spa') fail(Aadsts.unsupportedGrantType(request.params.get('grant_type') ?? ''));
  if (clientSecret !== undefined) fail(Aadsts.publicClientWithSecret());
  if (request.origin === undefined) fail(Aadsts.spaRequiresCrossOrigin());
  return client;
}

function requestedResource(request: TokenRequest, scopeText: string): RequestedResource {
  const resolution = resolveScopes(scopeText.split(' ').filter((scope) => scope !== ''));
  switch (resolution.kind) {
    case 'resource':
      return resolution.requested;
    case 'several-resources':
      return fail(Aadsts.moreThanOneResource());
    case 'invalid-scope':
      return fail(Aadsts.invalidScope(resolution.scope));
    case 'unknown-resource':
      return fail(Aadsts.resourceNotFound(resolution.identifier, directoryName(request.authority)));
  }
}

function accessTokenLifetime(request: TokenRequest, fallback: number): number {
  return request.ctx.faults.get('token-lifetime')?.['seconds'] ?? fallback;
}

function applySigninFault(request: TokenRequest, client: SpaClient, requested: RequestedResource): void {
  const error = tokenFault(request.ctx.faults, {
    clientId: client.clientId,
    appName: client.displayName,
    redirectUri: request.params.get('redirect_uri') ?? '',
    directory: directoryName(request.authority),
    resource: requested.resource.identifier,
    origin: request.origin ?? '',
  });
  if (error !== undefined) fail(error);
}

function redeemCode(request: TokenRequest, client: SpaClient): Record<string, unknown> {
  const { params, ctx } = request;
  const codeText = params.get('code');
  if (codeText === null || codeText === '') fail(Aadsts.missingParameter('code'));
  const code = ctx.services.identity.findCode(codeText);
  if (code === undefined || code.request.clientId !== client.clientId) fail(Aadsts.invalidCode());
  if (code.redeemed) fail(Aadsts.codeAlreadyRedeemed());
  if (code.expiresAt <= ctx.now.getTime()) fail(Aadsts.codeExpired());
  if (params.get('redirect_uri') !== code.request.redirectUri) fail(Aadsts.replyUriNotExpected());
  const { codeChallenge, codeChallengeMethod } = code.request;
  if (codeChallenge === undefined) fail(Aadsts.pkceRequired());
  const verifier = params.get('code_verifier');
  if (verifier === null || verifier === '') fail(Aadsts.missingParameter('code_verifier'));
  const expectedChallenge = codeChallengeMethod === 'plain' ? verifier : createHash('sha256').update(verifier).digest('base64url');
  if (expectedChallenge !== codeChallenge) fail(Aadsts.codeVerifierMismatch());

  const scopes = (params.get('scope') ?? code.request.scopes.join(' ')).split(' ').filter((scope) => scope !== '');
  const requested = requestedResource(request, scopes.join(' '));
  applySigninFault(request, client, requested);
  code.redeemed = true;
  const signedInAt = ctx.now;
  const refreshLifetime = ctx.faults.get('refresh-token-lifetime')?.['seconds'] ?? SPA_REFRESH_TOKEN_LIFETIME_SECONDS;
  const grant: RefreshGrant = {
    clientId: client.clientId,
    personaId: code.personaId,
    sid: code.sid,
    scopes: [...new Set([...code.request.scopes, ...scopes])],
    signedInAt,
    expiresAt: signedInAt.getTime() + refreshLifetime * 1000,
  };
  return userTokenResponse(request, client, requested, grant, code.request.nonce);
}

function redeemRefreshToken(request: TokenRequest, client: SpaClient): Record<string, unknown> {
  const { params, ctx } = request;
  const tokenText = params.get('refresh_token');
  if (tokenText === null || tokenText === '') fail(Aadsts.missingParameter('refresh_token'));
  const grant = ctx.services.identity.findRefreshToken(tokenText);
  if (grant === undefined) fail(Aadsts.invalidRefreshToken());
  if (grant.clientId !== client.clientId) fail(Aadsts.refreshTokenForOtherClient());
  if (grant.expiresAt <= ctx.now.getTime()) {
    fail(Aadsts.spaRefreshTokenExpired(grant.signedInAt, formatLifetime((grant.expiresAt - grant.signedInAt.getTime()) / 1000)));
  }
  const requested = requestedResource(request, params.get('scope') ?? grant.scopes.join(' '));
  applySigninFault(request, client, requested);
  // Rotation: every redemption returns a new refresh token; the SPA lifetime still counts from the original sign-in.
  return userTokenResponse(request, client, requested, grant);
}

/** .NET TimeSpan text, as in Entra's AADSTS700084 message ("1.00:00:00"). */
function formatLifetime(seconds: number): string {
  const whole = Math.round(seconds);
  const days = Math.floor(whole / 86400);
  const clock = [Math.floor(whole / 3600) % 24, Math.floor(whole / 60) % 60, whole % 60].map((part) => String(part).padStart(2, '0')).join(':');
  return days > 0 ? `${days}.${clock}` : clock;
}

/** `nonce` is the authorize request's, echoed in the id token of a code redemption only (not of a refresh). */
function userTokenResponse(request: TokenRequest, client: SpaClient, requested: RequestedResource, grant: RefreshGrant, nonce?: string): Record<string, unknown> {
  const { ctx, params } = request;
  const persona = findPersona(grant.personaId)!;
  const lifetime = accessTokenLifetime(request, defaultUserTokenLifetime());
  const key = ctx.services.key;
  const response: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: grantedScope(requested),
    expires_in: lifetime,
    ext_expires_in: lifetime,
    access_token: mintUserAccessToken(key, { persona, clientId: client.clientId, resource: requested.resource, sid: grant.sid, now: ctx.now, lifetimeSeconds: lifetime }),
  };
  if (grant.scopes.includes('offline_access')) {
    response['refresh_token'] = ctx.services.identity.issueRefreshToken({ ...grant }, ctx.now.getTime());
  }
  if (grant.scopes.includes('openid')) {
    response['id_token'] = mintIdToken(key, { persona, clientId: client.clientId, nonce, sid: grant.sid, now: ctx.now });
  }
  if (params.get('client_info') === '1') response['client_info'] = clientInfo(persona);
  return response;
}

function issueForApp(request: TokenRequest, client: ClientApp, clientSecret: string | undefined): Record<string, unknown> {
  if (client.kind !== 'confidential' || clientSecret === undefined) fail(Aadsts.missingClientSecret());
  const app: ConfidentialClient = client;
  if (clientSecret !== app.clientSecret) fail(Aadsts.invalidClientSecret(app.clientId));
  const { authority } = request;
  if (authority.kind !== 'tenant') fail(Aadsts.noTenantInformation());
  if (authority.tenant.id !== app.tenantId) fail(Aadsts.applicationNotFound(app.clientId, authority.tenant.id));
  const scope = request.params.get('scope');
  if (scope === null || scope === '') fail(Aadsts.missingParameter('scope'));
  const scopes = scope.split(' ').filter((entry) => entry !== '');
  const notDefault = scopes.find((entry) => !entry.endsWith('/.default'));
  if (notDefault !== undefined) fail(Aadsts.clientCredentialsNeedDefault(notDefault));
  const requested = requestedResource(request, scope);
  const lifetime = accessTokenLifetime(request, APP_TOKEN_LIFETIME_SECONDS);
  return {
    token_type: 'Bearer',
    expires_in: lifetime,
    ext_expires_in: lifetime,
    access_token: mintAppAccessToken(request.ctx.services.key, app, requested.resource, request.ctx.now, lifetime),
  };
}
