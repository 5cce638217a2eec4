// Routing for /v1/...: the Log Analytics query API (workspace and resource-centric query and metadata).
import type { DemoWorkspace } from '../../config.ts';
import { checkBearer } from '../auth/bearer.ts';
import type { Principal } from '../auth/bearer.ts';
import type { RequestContext } from '../context.ts';
import { isGuid } from '../crypto/ids.ts';
import { publicHost } from '../http/request.ts';
import { findWorkspaceById, findWorkspaceByResource } from '../workspaces.ts';
import { acceptedAudiences, mayRead } from './access.ts';
import { insufficientAccess, pathNotFound, throttled, tokenRejected, workspaceNotFound } from './errors.ts';
import type { ApiError } from './errors.ts';
import { workspaceMetadata } from './metadata.ts';
import { answerQuery } from './query.ts';
import { readQueryInput } from './request.ts';
import { answerPreflight, sendApiError, sendJsonChunks, sendNoContent } from './send.ts';

type Operation = 'query' | 'metadata';

/** What the path addresses: a workspace (maybe unknown) and an operation, or nothing the API serves. */
type Target = { kind: 'workspace'; workspace: DemoWorkspace | undefined; requestedId: string; operation: Operation } | { kind: 'none' };

function resolveTarget(segments: string[]): Target {
  const [version, ...rest] = segments.map((segment) => segment.toLowerCase());
  const operation = rest.at(-1);
  if (version !== 'v1' || (operation !== 'query' && operation !== 'metadata')) return { kind: 'none' };
  const original = segments.slice(1);
  if (rest.length === 3 && rest[0] === 'workspaces') {
    const id = original[1]!;
    // A workspace name instead of its GUID is a path the service does not know.
    return isGuid(id) ? { kind: 'workspace', workspace: findWorkspaceById(id), requestedId: id, operation } : { kind: 'none' };
  }
  const resourcePath = rest.slice(0, -1);
  if (resourcePath.length === 8 && resourcePath[0] === 'subscriptions' && resourcePath[2] === 'resourcegroups' && resourcePath[4] === 'providers' && resourcePath[5] === 'microsoft.operationalinsights' && resourcePath[6] === 'workspaces') {
    const workspace = findWorkspaceByResource(original[1]!, original[3]!, original[7]!);
    return { kind: 'workspace', workspace, requestedId: `/${original.slice(0, 8).join('/')}`, operation };
  }
  return { kind: 'none' };
}

export async function routeLogAnalytics(ctx: RequestContext): Promise<void> {
  const method = ctx.req.method ?? 'GET';
  if (method === 'OPTIONS') return answerPreflight(ctx);

  const target = resolveTarget(ctx.segments);
  if (target.kind === 'none' || (method !== 'GET' && method !== 'POST')) return sendApiError(ctx, pathNotFound());
  const access = authorize(ctx, target.workspace);
  if (access.kind === 'rejected') return sendApiError(ctx, access.error);
  const throttle = ctx.faults.get('throttle');
  if (throttle !== undefined) return sendApiError(ctx, throttled(throttle['seconds'] ?? 10, 'The emulator throttle fault is on.'));
  if (target.workspace === undefined) return sendApiError(ctx, workspaceNotFound(target.requestedId));
  const workspace = target.workspace;

  if (target.operation === 'metadata') {
    const database = await ctx.services.workspaces.database(workspace);
    return sendJsonChunks(ctx, 200, [JSON.stringify(workspaceMetadata(workspace, database))]);
  }
  const input = await readQueryInput(ctx);
  if (input.kind === 'no-json-body') return sendNoContent(ctx, 200);
  if (input.kind === 'error') return sendApiError(ctx, input.error);
  const release = ctx.services.queryGate.tryEnter(access.principal.objectId);
  if (release === undefined) return sendApiError(ctx, throttled(10, 'Too many concurrent queries for this user (limit 5).'));
  try {
    await answerQuery(ctx, workspace, input.parameters);
  } finally {
    release();
  }
}

type Access = { kind: 'granted'; principal: Principal } | { kind: 'rejected'; error: ApiError };

/**
 * Authentication, then authorization. For an unknown workspace there are no rights to check; any authenticated
 * demo principal learns that it does not exist.
 */
function authorize(ctx: RequestContext, workspace: DemoWorkspace | undefined): Access {
  const check = checkBearer(ctx.req, {
    key: ctx.services.key,
    faults: ctx.faults,
    now: ctx.now,
    acceptedAudiences: acceptedAudiences(publicHost(ctx.req, ctx.services.ownBaseUrl())),
  });
  if (check.kind === 'problem') return { kind: 'rejected', error: tokenRejected(check.problem) };
  const { principal } = check;
  const allowed = workspace === undefined ? principal.persona !== undefined : mayRead(principal, workspace);
  return allowed ? { kind: 'granted', principal } : { kind: 'rejected', error: insufficientAccess() };
}
