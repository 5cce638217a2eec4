// Writes Log Analytics responses with the service's headers: CORS on every response (errors included), HSTS, nosniff,
// Vary and Via; gzip when the client accepts it, as the service does; and the transport faults.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { RequestContext } from '../context.ts';
import { randomToken } from '../crypto/ids.ts';
import { headerValue } from '../http/request.ts';
import { JSON_CONTENT_TYPE } from '../http/response.ts';
import type { ApiError } from './errors.ts';

const EXPOSED_HEADERS = 'Retry-After,Age,WWW-Authenticate,x-resource-identities,x-ms-status-location';
const ALLOWED_REQUEST_HEADERS = 'Authorization, Content-Type, Prefer, x-ms-client-request-id, x-ms-useragent, x-ms-app, Cache-Control, x-emulator-fault';

/** The recorded gateway id looks like "1.1 draft-oms-65975698db-vbh2h"; the emulator keeps one per process. */
const VIA = `1.1 draft-oms-emulator-${randomToken(4).toLowerCase()}`;

/** A body smaller than this is sent whole with Content-Length, as the service does for uncompressed responses. */
const WHOLE_BODY_LIMIT = 1024 * 1024;

function serviceHeaders(dropCors: boolean): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  if (!dropCors) {
    headers['Access-Control-Allow-Origin'] = '*';
    headers['Access-Control-Expose-Headers'] = EXPOSED_HEADERS;
  }
  headers['Strict-Transport-Security'] = 'max-age=15724800; includeSubDomains';
  headers['Vary'] = 'Accept-Encoding';
  headers['Via'] = VIA;
  headers['X-Content-Type-Options'] = 'nosniff';
  return headers;
}

export function answerPreflight(ctx: RequestContext): void {
  ctx.res.writeHead(200, {
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS,
    'Access-Control-Max-Age': '3600',
    'Content-Length': '0',
    // Preflights pass even under drop-cors: the fault is about the actual response, as with a gateway error page.
    ...serviceHeaders(false),
  });
  ctx.res.end();
}

function acceptsGzip(ctx: RequestContext): boolean {
  const accepted = (headerValue(ctx.req, 'accept-encoding') ?? '').toLowerCase();
  return accepted.split(',').some((entry) => {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim());
    return coding === 'gzip' && !parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter));
  });
}

/** The slow-first-byte fault holds every response back just before its headers, after the work is done. */
async function delayFirstByte(ctx: RequestContext): Promise<void> {
  const delayMs = ctx.faults.get('slow-first-byte')?.['ms'];
  if (delayMs !== undefined) await sleep(delayMs);
}

/** Sends a JSON body given as text chunks (see body.ts). */
export async function sendJsonChunks(ctx: RequestContext, status: number, chunks: Iterable<string>, extraHeaders: OutgoingHttpHeaders = {}): Promise<void> {
  await delayFirstByte(ctx);
  const headers = { ...serviceHeaders(ctx.faults.has('drop-cors')), 'Content-Type': JSON_CONTENT_TYPE, ...extraHeaders };
  const { res } = ctx;
  if (ctx.faults.has('connection-reset')) return resetMidBody(res, status, headers, chunks);
  if (acceptsGzip(ctx)) {
    res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip' });
    const gzip = createGzip({ level: 1 });
    gzip.pipe(res);
    await writeAll(gzip, chunks[Symbol.iterator](), res);
    gzip.end();
    await once(res, 'finish').catch(() => undefined);
    return;
  }
  const iterator = chunks[Symbol.iterator]();
  const head: string[] = [];
  let size = 0;
  for (let next = iterator.next(); ; next = iterator.next()) {
    if (next.done === true) {
      const body = Buffer.from(head.join(''), 'utf8');
      res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
      res.end(body);
      return;
    }
    head.push(next.value);
    size += next.value.length;
    if (size >= WHOLE_BODY_LIMIT) break;
  }
  res.writeHead(status, headers);
  await writeAll(res, head[Symbol.iterator](), res);
  await writeAll(res, iterator, res);
  res.end();
}

/** Writes the chunks with backpressure; stops when the client goes away. */
async function writeAll(target: Writable, chunks: Iterator<string>, res: ServerResponse): Promise<void> {
  for (let next = chunks.next(); next.done !== true; next = chunks.next()) {
    if (res.destroyed) return;
    if (!target.write(next.value)) await drainedOrClosed(target, res);
  }
}

function drainedOrClosed(target: Writable, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      target.off('drain', done);
      res.off('close', done);
      resolve();
    };
    target.once('drain', done);
    res.once('close', done);
  });
}

/** The connection-reset fault: announce the whole body, send half of it, then drop the connection. */
function resetMidBody(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, chunks: Iterable<string>): void {
  const body = Buffer.from([...chunks].join(''), 'utf8');
  res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
}

export function sendApiError(ctx: RequestContext, error: ApiError, extraHeaders: OutgoingHttpHeaders = {}): Promise<void> {
  return sendJsonChunks(ctx, error.status, [JSON.stringify(error.body)], { ...error.headers, ...extraHeaders });
}

export async function sendNoContent(ctx: RequestContext, status: 200 | 204, extraHeaders: OutgoingHttpHeaders = {}): Promise<void> {
  await delayFirstByte(ctx);
  ctx.res.writeHead(status, { ...serviceHeaders(ctx.faults.has('drop-cors')), ...extraHeaders, ...(status === 200 ? { 'Content-Length': '0' } : {}) });
  ctx.res.end();
}
