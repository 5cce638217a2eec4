// Routing for /subscriptions...: the Azure Resource Manager calls the console makes (list subscriptions, list and
// read Log Analytics workspaces), with ARM's token checks, errors and nextLink paging.
import type { OutgoingHttpHeaders } from 'node:http';
import { DEMO_SUBSCRIPTIONS, DEMO_TENANT_ID, DEMO_WORKSPACES } from '../../config.ts';
import type { DemoWorkspace } from '../../config.ts';
import { checkBearer } from '../auth/bearer.ts';
import type { Principal } from '../auth/bearer.ts';
import type { RequestContext } from '../context.ts';
import { newGuid } from '../crypto/ids.ts';
import { headerValue, publicHost } from '../http/request.ts';
import { sendEmpty, sendJson } from '../http/response.ts';
import { findWorkspaceByResource } from '../workspaces.ts';
import { armTokenRejected, authorizationFailed, missingApiVersion, routeNotEmulated, subscriptionNotFound, workspaceNotFound, wrongTenant } from './errors.ts';
import type { ArmError } from './errors.ts';
import { subscriptionResource, workspaceResource } from './resources.ts';

const WORKSPACES_PROVIDER = ['providers', 'microsoft.operationalinsights', 'workspaces'];

// ARM's CORS answer was never recorded (UNCERTAIN): the emulator echoes the caller's origin.
function armHeaders(ctx: RequestContext): OutgoingHttpHeaders {
  const requestId = newGuid();
  return {
    'Cache-Control': 'no-cache',
    Pragma: 'no-cache',
    Expires: '-1',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'x-ms-request-id': requestId,
    'x-ms-correlation-request-id': headerValue(ctx.req, 'x-ms-correlation-request-id') ?? requestId,
    'x-ms-ratelimit-remaining-tenant-reads': '11999',
    'Access-Control-Allow-Origin': headerValue(ctx.req, 'origin') ?? '*',
    'Access-Control-Expose-Headers': 'x-ms-request-id,x-ms-correlation-request-id,x-ms-ratelimit-remaining-tenant-reads,Retry-After,WWW-Authenticate',
  };
}

function sendArmError(ctx: RequestContext, error: ArmError): void {
  sendJson(ctx.res, error.status, { error: { code: error.code, message: error.message } }, { ...armHeaders(ctx), ...error.headers });
}

/** The audiences ARM accepts: the public cloud's two, or a sovereign cloud's when reached through its host. */
function acceptedAudiences(host: string): string[] {
  const lower = host.toLowerCase();
  const hosts = lower === 'management.usgovcloudapi.net' || lower === 'management.chinacloudapi.cn' ? [lower] : ['management.core.windows.net', 'management.azure.com'];
  return hosts.flatMap((candidate) => [`https://${candidate}/`, `https://${candidate}`]);
}

export function routeArm(ctx: RequestContext): void {
  if (ctx.req.method === 'OPTIONS') {
    return sendEmpty(ctx.res, 200, {
      ...armHeaders(ctx),
      'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': headerValue(ctx.req, 'access-control-request-headers') ?? '',
      'Access-Control-Max-Age': '3600',
      'Content-Length': '0',
    });
  }
  const check = checkBearer(ctx.req, {
    key: ctx.services.key,
    faults: ctx.faults,
    now: ctx.now,
    acceptedAudiences: acceptedAudiences(publicHost(ctx.req, ctx.services.ownBaseUrl())),
  });
  if (check.kind === 'problem') return sendArmError(ctx, armTokenRejected(check.problem, check.claims, ctx.now));
  const apiVersion = ctx.url.searchParams.get('api-version');
  if (apiVersion === null || apiVersion === '') return sendArmError(ctx, missingApiVersion());
  if (ctx.req.method !== 'GET') return sendArmError(ctx, routeNotEmulated(ctx.url.pathname));

  const principal = check.principal;
  const path = ctx.segments.map((segment) => segment.toLowerCase());
  if (path.length === 1) return listSubscriptions(ctx, principal);

  const subscriptionId = path[1]!;
  const subscription = DEMO_SUBSCRIPTIONS.find((candidate) => candidate.subscriptionId === subscriptionId);
  if (subscription === undefined) return sendArmError(ctx, subscriptionNotFound(ctx.segments[1]!));
  if (principal.tenantId !== DEMO_TENANT_ID) return sendArmError(ctx, wrongTenant(principal.tenantId));
  const scope = `/subscriptions/${subscription.subscriptionId}`;
  if (principal.persona?.armRead !== true) {
    const action = path.length === 2 ? 'Microsoft.Resources/subscriptions/read' : 'Microsoft.OperationalInsights/workspaces/read';
    return sendArmError(ctx, authorizationFailed(principal.persona?.upn ?? principal.objectId, principal.objectId, action, scope));
  }

  const rest = path.slice(2);
  if (rest.length === 0) return sendJson(ctx.res, 200, subscriptionResource(subscription), armHeaders(ctx));
  if (matches(rest, WORKSPACES_PROVIDER)) {
    return listWorkspaces(ctx, DEMO_WORKSPACES.filter((workspace) => workspace.subscriptionId === subscription.subscriptionId), apiVersion);
  }
  if (rest[0] === 'resourcegroups' && rest.length >= 2 && matches(rest.slice(2, 5), WORKSPACES_PROVIDER)) {
    const resourceGroup = ctx.segments[3]!;
    if (rest.length === 5) {
      const inGroup = DEMO_WORKSPACES.filter((workspace) => workspace.subscriptionId === subscription.subscriptionId && workspace.resourceGroup.toLowerCase() === resourceGroup.toLowerCase());
      return listWorkspaces(ctx, inGroup, apiVersion);
    }
    if (rest.length === 6) {
      const workspace = findWorkspaceByResource(subscription.subscriptionId, resourceGroup, ctx.segments[7]!);
      if (workspace === undefined) return sendArmError(ctx, workspaceNotFound(resourceGroup, ctx.segments[7]!));
      return sendJson(ctx.res, 200, workspaceResource(workspace, ctx.now), armHeaders(ctx));
    }
  }
  sendArmError(ctx, routeNotEmulated(ctx.url.pathname));
}

function matches(segments: string[], expected: string[]): boolean {
  return segments.length === expected.length && segments.every((segment, index) => segment === expected[index]);
}

/** GET /subscriptions lists what the caller may see, which is nothing for a principal without ARM rights (not a 403). */
function listSubscriptions(ctx: RequestContext, principal: Principal): void {
  const visible = principal.tenantId === DEMO_TENANT_ID && principal.persona?.armRead === true ? DEMO_SUBSCRIPTIONS : [];
  sendJson(ctx.res, 200, { value: visible.map(subscriptionResource), count: { type: 'Total', value: visible.length } }, armHeaders(ctx));
}

/** One page of workspaces, with a nextLink (same URL, $skiptoken = offset) while more remain. */
function listWorkspaces(ctx: RequestContext, workspaces: DemoWorkspace[], apiVersion: string): void {
  const pageSize = ctx.services.settings.workspacePageSize;
  const skip = Number.parseInt(ctx.url.searchParams.get('$skiptoken') ?? '0', 10);
  const offset = Number.isInteger(skip) && skip > 0 ? skip : 0;
  const page = workspaces.slice(offset, offset + pageSize);
  const body: Record<string, unknown> = { value: page.map((workspace) => workspaceResource(workspace, ctx.now)) };
  if (offset + pageSize < workspaces.length) {
    body['nextLink'] = `${ctx.origin}${ctx.url.pathname}?api-version=${encodeURIComponent(apiVersion)}&$skiptoken=${offset + pageSize}`;
  }
  sendJson(ctx.res, 200, body, armHeaders(ctx));
}
