// Routing for /.emulator/...: health, demo identifiers, faults and settings. Not part of any Azure API.
import type { OutgoingHttpHeaders } from 'node:http';
import { DEMO_WORKSPACES } from '../../config.ts';
import type { RequestContext } from '../context.ts';
import { findFault } from '../faults/catalog.ts';
import { headerValue, readBody } from '../http/request.ts';
import { sendEmpty, sendJson } from '../http/response.ts';
import { updateSettings } from '../settings.ts';
import { demoInfo } from './info.ts';

const CORS: OutgoingHttpHeaders = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };

function sendProblem(ctx: RequestContext, status: number, message: string): void {
  sendJson(ctx.res, status, { error: { code: status === 404 ? 'NotFound' : 'BadRequest', message } }, CORS);
}

async function readJsonObject(ctx: RequestContext): Promise<Record<string, unknown> | string> {
  const text = (await readBody(ctx.req)).toString('utf8').trim();
  if (text === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : 'The body must be a JSON object.';
  } catch (error) {
    return `The body is not JSON: ${(error as Error).message}`;
  }
}

export async function routeControl(ctx: RequestContext): Promise<void> {
  const [, resource, name, ...extra] = ctx.segments;
  const method = ctx.req.method ?? 'GET';
  const { services } = ctx;
  if (method === 'OPTIONS') {
    return sendEmpty(ctx.res, 204, {
      ...CORS,
      'Access-Control-Allow-Methods': 'GET, PUT, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': headerValue(ctx.req, 'access-control-request-headers') ?? '',
    });
  }
  if (extra.length > 0) return sendProblem(ctx, 404, `No control endpoint at ${ctx.url.pathname}.`);

  if (resource === 'health' && method === 'GET' && name === undefined) {
    const workspaces = Object.fromEntries(DEMO_WORKSPACES.map((workspace) => [workspace.name, services.workspaces.status(workspace.kind)]));
    return sendJson(ctx.res, 200, { status: 'ready', startedAt: services.startedAt.toISOString(), now: ctx.now.toISOString(), workspaces }, CORS);
  }
  if (resource === 'info' && method === 'GET' && name === undefined) return sendJson(ctx.res, 200, demoInfo(ctx.origin), CORS);

  if (resource === 'settings' && name === undefined) {
    if (method === 'PUT') {
      const patch = await readJsonObject(ctx);
      const problem = typeof patch === 'string' ? patch : updateSettings(services.settings, patch);
      if (problem !== undefined) return sendProblem(ctx, 400, problem);
    } else if (method !== 'GET') {
      return sendProblem(ctx, 404, `No ${method} on /.emulator/settings.`);
    }
    return sendJson(ctx.res, 200, services.settings, CORS);
  }

  if (resource === 'faults') {
    if (name === undefined) {
      if (method === 'DELETE') services.faults.reset();
      else if (method !== 'GET') return sendProblem(ctx, 404, `No ${method} on /.emulator/faults.`);
      return sendJson(ctx.res, 200, { faults: services.faults.list() }, CORS);
    }
    const definition = findFault(name);
    if (definition === undefined) return sendProblem(ctx, 404, `Unknown fault '${name}'.`);
    if (method === 'GET') return sendJson(ctx.res, 200, services.faults.state(definition.name), CORS);
    if (method === 'DELETE') return sendJson(ctx.res, 200, services.faults.disable(definition.name), CORS);
    if (method === 'PUT') {
      const params = await readJsonObject(ctx);
      const state = typeof params === 'string' ? params : services.faults.enable(definition.name, params);
      if (typeof state === 'string') return sendProblem(ctx, 400, state);
      services.log(`fault '${definition.name}' on ${JSON.stringify(state.params)}`);
      return sendJson(ctx.res, 200, state, CORS);
    }
  }
  sendProblem(ctx, 404, `No control endpoint for ${method} ${ctx.url.pathname}.`);
}
