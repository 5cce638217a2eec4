// The interactive part of the emulated Entra ID: authorize (persona picker, prompt=none), the picker's form post,
// and logout.
import { DEMO_SPA_CLIENT_ID, PERSONAS } from '../../config.ts';
import type { RequestContext } from '../context.ts';
import { readBody } from '../http/request.ts';
import { redirect, sendBody } from '../http/response.ts';
import { Aadsts, errorRedirectParams, newErrorTrace } from './aadsts.ts';
import type { AadstsError } from './aadsts.ts';
import { clearedSessionCookie, readSessionCookie, sessionCookie } from './cookie.ts';
import { findClient, findPersona, isRedirectUriRegistered, tenantById } from './directory.ts';
import type { Authority } from './directory.ts';
import { identityHeaders } from './headers.ts';
import { clientInfo } from './mint.ts';
import { personaPickerPage, sessionExpiredPage, signInErrorPage, signedOutPage } from './pages.ts';
import { resolveScopes } from './resources.ts';
import { authorizeFault } from './signinFault.ts';
import type { AuthorizeRequest, Session } from './state.ts';

const HTML = 'text/html; charset=utf-8';

function sendPage(ctx: RequestContext, html: string, extraHeaders: Record<string, string> = {}): void {
  sendBody(ctx.res, 200, html, { ...identityHeaders(), 'Content-Type': HTML, ...extraHeaders });
}

// Entra serves its error pages with HTTP 200 (UNCERTAIN); what matters to a client is that it does not redirect.
function sendErrorPage(ctx: RequestContext, error: AadstsError, correlationId: string | undefined): void {
  sendPage(ctx, signInErrorPage(error, newErrorTrace(ctx.now, correlationId)));
}

function redirectTo(request: Pick<AuthorizeRequest, 'redirectUri' | 'responseMode'>, params: URLSearchParams): string {
  if (request.responseMode === 'fragment') return `${request.redirectUri}#${params.toString()}`;
  const url = new URL(request.redirectUri);
  for (const [name, value] of params) url.searchParams.append(name, value);
  return url.toString();
}

function redirectWithError(ctx: RequestContext, request: Pick<AuthorizeRequest, 'redirectUri' | 'responseMode' | 'state' | 'correlationId'>, error: AadstsError): void {
  redirect(ctx.res, redirectTo(request, errorRedirectParams(error, newErrorTrace(ctx.now, request.correlationId), request.state)), identityHeaders());
}

async function authorizeParams(ctx: RequestContext): Promise<URLSearchParams> {
  const params = new URLSearchParams(ctx.url.search);
  if (ctx.req.method === 'POST') {
    for (const [name, value] of new URLSearchParams((await readBody(ctx.req)).toString('utf8'))) params.set(name, value);
  }
  return params;
}

/** GET (or POST) /{tenant}/oauth2/v2.0/authorize */
export async function handleAuthorize(ctx: RequestContext, authority: Authority | undefined, authoritySegment: string): Promise<void> {
  const params = await authorizeParams(ctx);
  const correlationId = params.get('client-request-id') ?? undefined;
  if (authority === undefined) return sendErrorPage(ctx, Aadsts.tenantNotFound(authoritySegment), correlationId);
  const clientId = params.get('client_id');
  if (clientId === null || clientId === '') return sendErrorPage(ctx, Aadsts.missingParameter('client_id'), correlationId);
  const client = findClient(clientId);
  const directory = authority.kind === 'tenant' ? authority.tenant.id : authority.segment;
  if (client === undefined) return sendErrorPage(ctx, Aadsts.applicationNotFound(clientId, directory), correlationId);
  const redirectUri = params.get('redirect_uri');
  if (redirectUri === null || redirectUri === '') return sendErrorPage(ctx, Aadsts.missingParameter('redirect_uri'), correlationId);
  if (!isRedirectUriRegistered(client, redirectUri, ctx.services.settings.redirectUris)) {
    return sendErrorPage(ctx, Aadsts.redirectUriMismatch(redirectUri, client.clientId), correlationId);
  }

  const responseModeParam = params.get('response_mode') ?? 'query';
  const responseMode = responseModeParam === 'fragment' ? 'fragment' : 'query';
  const state = params.get('state') ?? undefined;
  const replyTo = { redirectUri, responseMode, state, correlationId } as const;
  if (responseModeParam !== 'fragment' && responseModeParam !== 'query') return redirectWithError(ctx, replyTo, Aadsts.unsupportedResponseMode(responseModeParam));
  const responseType = params.get('response_type') ?? '';
  if (responseType !== 'code') return redirectWithError(ctx, replyTo, Aadsts.unsupportedResponseType(responseType));
  const codeChallengeMethod = params.get('code_challenge_method') ?? (params.has('code_challenge') ? 'plain' : undefined);
  if (codeChallengeMethod !== undefined && codeChallengeMethod !== 'S256' && codeChallengeMethod !== 'plain') {
    return redirectWithError(ctx, replyTo, Aadsts.invalidCodeChallengeMethod(codeChallengeMethod));
  }

  const scopes = (params.get('scope') ?? '').split(' ').filter((scope) => scope !== '');
  const request: AuthorizeRequest = {
    authoritySegment,
    clientId: client.clientId,
    redirectUri,
    responseMode,
    scopes,
    state,
    nonce: params.get('nonce') ?? undefined,
    codeChallenge: params.get('code_challenge') ?? undefined,
    codeChallengeMethod,
    wantsClientInfo: params.get('client_info') === '1',
    correlationId,
  };

  const silent = params.get('prompt') === 'none';
  const scopeResolution = resolveScopes(scopes);
  const fault = authorizeFault(ctx.faults, silent, {
    clientId: client.clientId,
    appName: client.displayName,
    redirectUri,
    directory,
    resource: scopeResolution.kind === 'resource' ? scopeResolution.requested.resource.identifier : '',
    origin: '',
  });
  if (fault?.kind === 'page') return sendErrorPage(ctx, fault.error, correlationId);
  if (fault?.kind === 'redirect') return redirectWithError(ctx, replyTo, fault.error);

  const session = ctx.services.identity.findSession(readSessionCookie(ctx.req));
  if (silent) {
    if (session === undefined) return redirectWithError(ctx, replyTo, Aadsts.silentSignInWithoutSession());
    if (!hintsMatch(session, params)) return redirectWithError(ctx, replyTo, Aadsts.accountSelectionRequired());
    return completeSignIn(ctx, request, session);
  }

  const transactionId = ctx.services.identity.beginTransaction(request, ctx.now.getTime());
  sendPage(
    ctx,
    personaPickerPage({
      formAction: `/${encodeURIComponent(authoritySegment)}/login`,
      transactionId,
      appName: client.displayName,
      personas: PERSONAS,
      tenantDomainOf: (persona) => tenantById(persona.tenantId)?.domain ?? persona.tenantId,
      signedInPersona: session === undefined ? undefined : findPersona(session.personaId),
    }),
  );
}

/** A silent request may name the account it expects (login_hint, sid); it must be the one signed in. */
function hintsMatch(session: Session, params: URLSearchParams): boolean {
  const persona = findPersona(session.personaId)!;
  const sid = params.get('sid');
  if (sid !== null && sid !== session.sid) return false;
  const loginHint = params.get('login_hint');
  if (loginHint === null) return true;
  return loginHint.toLowerCase() === persona.upn || decodesToUpn(loginHint, persona.upn);
}

/** MSAL may send back the opaque `login_hint` claim of the id token, which the emulator mints as base64url JSON. */
function decodesToUpn(loginHint: string, upn: string): boolean {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(loginHint, 'base64url').toString('utf8'));
    return typeof decoded === 'object' && decoded !== null && (decoded as { upn?: unknown }).upn === upn;
  } catch {
    return false;
  }
}

function completeSignIn(ctx: RequestContext, request: AuthorizeRequest, session: Session, extraHeaders: Record<string, string> = {}): void {
  const persona = findPersona(session.personaId)!;
  const code = ctx.services.identity.issueCode(request, session, ctx.now.getTime());
  const params = new URLSearchParams({ code });
  if (request.wantsClientInfo) params.set('client_info', clientInfo(persona));
  if (request.state !== undefined) params.set('state', request.state);
  params.set('session_state', session.sessionState);
  redirect(ctx.res, redirectTo(request, params), { ...identityHeaders(), ...extraHeaders });
}

/** POST /{tenant}/login: the persona picker's answer. */
export async function handlePickerAnswer(ctx: RequestContext): Promise<void> {
  const form = new URLSearchParams((await readBody(ctx.req)).toString('utf8'));
  const request = ctx.services.identity.takeTransaction(form.get('transaction') ?? '', ctx.now.getTime());
  if (request === undefined) return sendPage(ctx, sessionExpiredPage());
  if (form.has('cancel')) return redirectWithError(ctx, request, Aadsts.userCancelled());
  const persona = findPersona(form.get('persona') ?? '');
  if (persona === undefined) return sendPage(ctx, sessionExpiredPage());
  const identity = ctx.services.identity;
  identity.endSession(readSessionCookie(ctx.req));
  const session = identity.startSession(persona.id);
  completeSignIn(ctx, request, session, { 'Set-Cookie': sessionCookie(ctx.req, session.id) });
}

/** GET /{tenant}/oauth2/v2.0/logout: ends the session and goes back to the app when its URI is registered. */
export function handleLogout(ctx: RequestContext): void {
  ctx.services.identity.endSession(readSessionCookie(ctx.req));
  const cookie = { 'Set-Cookie': clearedSessionCookie(ctx.req) };
  const target = ctx.url.searchParams.get('post_logout_redirect_uri');
  const client = findClient(ctx.url.searchParams.get('client_id') ?? DEMO_SPA_CLIENT_ID);
  if (target !== null && client !== undefined && isRedirectUriRegistered(client, target, ctx.services.settings.redirectUris)) {
    const url = new URL(target);
    const state = ctx.url.searchParams.get('state');
    if (state !== null) url.searchParams.set('state', state);
    return redirect(ctx.res, url.toString(), { ...identityHeaders(), ...cookie });
  }
  sendPage(ctx, signedOutPage(), cookie);
}
