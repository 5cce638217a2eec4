// The loopback servers of a bench run: the bench pages with the fixtures, and a thin proxy in front of the emulator
// that answers the console's query with the fixture the harness chose (the network, not the console, is what the
// bench replaces) and forwards everything else (sign-in, ARM, metadata) to the emulator untouched.
import { readFile, stat } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_TYPES, listenOnLoopback, type StaticAppServer } from '../../e2e/harness/staticAppServer';

export type LoopbackServer = StaticAppServer;

function send(response: ServerResponse, status: number, type: string, body: Buffer, extra: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store', ...extra });
  response.end(body);
}

/** Serves the built bench pages, and /fixtures/<name>.json from memory (read once, so disk speed never shows). */
export async function startPagesServer(pagesDir: string, fixtures: ReadonlyMap<string, Buffer>): Promise<LoopbackServer> {
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://bench.invalid').pathname);
      const fixture = /^\/fixtures\/([\w-]+)\.json$/.exec(pathname);
      if (fixture) {
        const body = fixtures.get(fixture[1] as string);
        if (body) send(response, 200, CONTENT_TYPES['.json'] as string, body);
        else send(response, 404, 'text/plain', Buffer.from('no such fixture'));
        return;
      }
      const filePath = normalize(join(pagesDir, pathname));
      const info = filePath.startsWith(pagesDir + sep) ? await stat(filePath).catch(() => null) : null;
      if (info?.isFile()) send(response, 200, CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream', await readFile(filePath));
      else send(response, 404, 'text/plain', Buffer.from(`Not found: ${pathname}`));
    })().catch((error: unknown) => send(response, 500, 'text/plain', Buffer.from(String(error))));
  });
  return listenOnLoopback(server);
}

export interface QueryProxy extends LoopbackServer {
  /** The body the next queries are answered with; null forwards queries to the emulator too. */
  answerWith(body: Buffer | null): void;
}

const QUERY_PATH = /^\/v1\/workspaces\/[^/]+\/query$/;
// The emulator's (and the service's) CORS answer for the query API, so the console reads the body as it would.
const QUERY_CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Retry-After,Age,WWW-Authenticate,x-resource-identities,x-ms-status-location' };

export async function startQueryProxy(emulatorUrl: string): Promise<QueryProxy> {
  const upstream = new URL(emulatorUrl);
  let answer: Buffer | null = null;
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://proxy.invalid').pathname;
    if (answer && request.method === 'POST' && QUERY_PATH.test(pathname)) {
      const body = answer;
      request.resume();
      request.on('end', () => send(response, 200, CONTENT_TYPES['.json'] as string, body, QUERY_CORS));
      return;
    }
    forward(request, response, upstream);
  });
  const base = await listenOnLoopback(server);
  return { ...base, answerWith: (body) => (answer = body) };
}

/** The Host header goes through unchanged, so the emulator builds its URLs (sign-in pages, redirects) on the proxy. */
function forward(request: IncomingMessage, response: ServerResponse, upstream: URL): void {
  const outgoing = httpRequest(
    { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  outgoing.on('error', (error) => {
    if (!response.headersSent) send(response, 502, 'text/plain', Buffer.from(`emulator: ${error.message}`));
    else response.destroy();
  });
  request.pipe(outgoing);
}
