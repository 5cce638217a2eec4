// The emulator's HTTP server: one node:http listener serving Entra ID (/{tenant}/..., /common/...), ARM
// (/subscriptions...), the Log Analytics query API (/v1/...) and its own control endpoint (/.emulator/...).
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { warmUp } from '../engine/index.ts';
import { routeArm } from './arm/routes.ts';
import { startClock } from './clock.ts';
import type { EmulatorServices, RequestContext } from './context.ts';
import { routeControl } from './control/routes.ts';
import { createSigningKey } from './crypto/jwt.ts';
import { FaultBoard } from './faults/faultSet.ts';
import { BodyTooLargeError, headerValue, publicOrigin } from './http/request.ts';
import { sendJson } from './http/response.ts';
import { routeIdentity } from './identity/routes.ts';
import { IdentityState } from './identity/state.ts';
import { routeLogAnalytics } from './loganalytics/routes.ts';
import { ConcurrencyGate } from './loganalytics/throttle.ts';
import { defaultSettings } from './settings.ts';
import { WorkspaceStore } from './workspaces.ts';

export interface EmulatorOptions {
  /** 0 = any free port; default 5178. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where the emulator's clock starts (it then advances in real time); the sample data is relative to it. */
  now?: Date;
  log?: (line: string) => void;
  /**
   * When to build the 1M-row 'large' workspace: on the first request that needs it (the default, which keeps tests
   * fast), or in the background right after the emulator is ready.
   */
  largeWorkspace?: 'on-first-use' | 'in-background';
  /**
   * Whether to warm the KQL engine and build the demo and empty workspaces before resolving (the default). With
   * false both happen on first use, which keeps tests of the identity and ARM parts quick to start.
   */
  preload?: boolean;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:5178 */
  url: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 5178;

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const log = options.log ?? (() => undefined);
  const clock = startClock(options.now);
  let baseUrl = '';
  const services: EmulatorServices = {
    clock,
    key: createSigningKey(),
    faults: new FaultBoard(),
    settings: defaultSettings(),
    identity: new IdentityState(),
    workspaces: new WorkspaceStore(clock, log),
    queryGate: new ConcurrencyGate(),
    ownBaseUrl: () => baseUrl,
    startedAt: clock.now(),
    log,
  };
  const server = createServer((req, res) => void dispatch(services, req, res));
  const host = options.host ?? '127.0.0.1';
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const preloading = options.preload === false ? [] : [services.workspaces.prepare('demo'), services.workspaces.prepare('empty')];
  await Promise.all([listening, ...preloading]);
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // Kusto.Language's cold start (2–3 s) is paid right after start-up rather than before it, so the emulator answers
  // within a few seconds; a query that arrives meanwhile waits for the same load. The 1M-row workspace comes last.
  if (options.preload !== false) {
    void warmUp().then(() => (options.largeWorkspace === 'in-background' ? services.workspaces.prepare('large') : undefined));
  } else if (options.largeWorkspace === 'in-background') {
    void services.workspaces.prepare('large');
  }
  return {
    url: baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function dispatch(services: EmulatorServices, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  // Paths only, never query strings: those carry codes and, for GET queries, the query text.
  res.once('finish', () => services.log(`${req.method} ${url.pathname} ${res.statusCode} ${Math.round(performance.now() - started)} ms`));
  const segments = url.pathname.split('/').filter((segment) => segment !== '').map(decodeSegment);
  const ctx: RequestContext = {
    req,
    res,
    url,
    segments,
    now: services.clock.now(),
    faults: services.faults.forRequest(headerValue(req, 'x-emulator-fault')),
    origin: publicOrigin(req, services.ownBaseUrl()),
    services,
  };
  try {
    const area = segments[0]?.toLowerCase();
    if (area === 'v1') await routeLogAnalytics(ctx);
    else if (area === 'subscriptions') routeArm(ctx);
    else if (area === '.emulator') await routeControl(ctx);
    else if (!(await routeIdentity(ctx))) sendJson(res, 404, { error: { code: 'NotFound', message: `Nothing is served at ${url.pathname}.` } });
  } catch (error) {
    const tooLarge = error instanceof BodyTooLargeError;
    services.log(`${req.method} ${url.pathname} failed: ${(error as Error).stack ?? String(error)}`);
    if (res.headersSent) res.destroy();
    else sendJson(res, tooLarge ? 413 : 500, { error: { code: tooLarge ? 'RequestTooLarge' : 'InternalServerError', message: (error as Error).message } });
  }
}
