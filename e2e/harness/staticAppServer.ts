// Serves the production build (dist/) the way a static host would, with the deployment's /config.json supplied by
// the harness, so the e2e tests run the exact bundle that ships.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface StaticAppServer {
  url: string;
  close(): Promise<void>;
}

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startStaticAppServer(options: { rootDir: string; runtimeConfig: object }): Promise<StaticAppServer> {
  const configBody = JSON.stringify(options.runtimeConfig);
  const server = createServer((request, response) => {
    serve(options.rootDir, configBody, request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    });
  });
  return listenOnLoopback(server);
}

/** Listens on a free loopback port; close() also ends kept-alive connections, so a run never hangs on shutdown. */
export async function listenOnLoopback(server: Server): Promise<StaticAppServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(rootDir: string, configBody: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://app.invalid').pathname);
  if (pathname === '/config.json') {
    send(response, request, 200, CONTENT_TYPES['.json'], Buffer.from(configBody));
    return;
  }
  const filePath = await resolveFile(rootDir, pathname);
  if (filePath) {
    send(response, request, 200, CONTENT_TYPES[extname(filePath)] ?? 'application/octet-stream', await readFile(filePath));
  } else if (extname(pathname) === '') {
    // Client-side routes (deep links) get the app shell.
    send(response, request, 200, CONTENT_TYPES['.html'], await readFile(join(rootDir, 'index.html')));
  } else {
    send(response, request, 404, 'text/plain; charset=utf-8', Buffer.from(`Not found: ${pathname}`));
  }
}

/** The file under rootDir for a URL path, or null; paths that climb out of rootDir are refused. */
async function resolveFile(rootDir: string, pathname: string): Promise<string | null> {
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const filePath = normalize(join(rootDir, relative));
  if (!filePath.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep)) return null;
  const info = await stat(filePath).catch(() => null);
  return info?.isFile() ? filePath : null;
}

function send(response: ServerResponse, request: IncomingMessage, status: number, contentType: string | undefined, body: Buffer): void {
  response.writeHead(status, { 'content-type': contentType ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : body);
}
