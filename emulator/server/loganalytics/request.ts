// Reads what a query request asks for, from the URL (GET) or the JSON body (POST).
import type { RequestContext } from '../context.ts';
import { headerValue, readBody } from '../http/request.ts';
import { invalidArgument, invalidJsonBody } from './errors.ts';
import type { ApiError } from './errors.ts';

export interface QueryParameters {
  query: string;
  /** Timespans given in the URL and/or the body; the service intersects them. */
  timespans: string[];
  /** Additional workspaces of a cross-workspace query. */
  workspaces: string[];
}

export type QueryInput = { kind: 'ok'; parameters: QueryParameters } | { kind: 'error'; error: ApiError } | { kind: 'no-json-body' };

export async function readQueryInput(ctx: RequestContext): Promise<QueryInput> {
  const search = ctx.url.searchParams;
  const timespans = search.has('timespan') ? [search.get('timespan')!] : [];
  if (ctx.req.method === 'GET') {
    return withQuery(search.get('query'), timespans, splitList(search.get('workspaces') ?? ''));
  }
  // Documented: a POST without a JSON body or without Content-Type application/json gets 200 with an empty body.
  const contentType = (headerValue(ctx.req, 'content-type') ?? '').toLowerCase();
  const text = (await readBody(ctx.req)).toString('utf8');
  if (!contentType.startsWith('application/json') || text.trim() === '') return { kind: 'no-json-body' };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { kind: 'error', error: invalidJsonBody((error as Error).message) };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { kind: 'error', error: invalidJsonBody('The request body must be a JSON object.') };
  const fields = body as Record<string, unknown>;
  if (typeof fields['timespan'] === 'string') timespans.push(fields['timespan']);
  const workspaces = Array.isArray(fields['workspaces']) ? fields['workspaces'].map(String) : [];
  return withQuery(typeof fields['query'] === 'string' ? fields['query'] : null, timespans, workspaces);
}

function withQuery(query: string | null, timespans: string[], workspaces: string[]): QueryInput {
  if (query === null || query.trim() === '') {
    return { kind: 'error', error: invalidArgument('MissingQuery', "The request must contain a non-empty 'query'.", 'query') };
  }
  return { kind: 'ok', parameters: { query, timespans, workspaces } };
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
