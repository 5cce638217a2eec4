// Starts what every e2e spec shares: the emulator, the built app on a static server with the production
// configuration, and one Chromium. Their addresses reach the specs through vitest's provide/inject.
import { createWriteStream } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEMO_SPA_CLIENT_ID, DEMO_TENANT_ID } from '../../emulator/config';
import { startEmulator } from '../../emulator/server/index';
import { launchChromiumServer } from './browser';
import { ARTIFACTS_DIR } from './paths';
import { startStaticAppServer } from './staticAppServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The emulator's own loopback address, e.g. http://127.0.0.1:41234. */
    emulatorUrl: string;
    /** The built app, e.g. http://127.0.0.1:41235. */
    appUrl: string;
    browserWsEndpoint: string;
  }
}

// KQL_E2E_DIST lets parallel work build and test its own copy without overwriting dist/ under another run.
const DIST_DIR = resolve(process.env.KQL_E2E_DIST ?? resolve(import.meta.dirname, '../../dist'));

/** What a real deployment's config.json holds; the browser routes the Azure hosts to the emulator. */
const PRODUCTION_RUNTIME_CONFIG = {
  clientId: DEMO_SPA_CLIENT_ID,
  tenantId: DEMO_TENANT_ID,
  cloud: 'AzurePublic',
  emulatorUrl: '',
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await access(join(DIST_DIR, 'index.html')).catch(() => {
    throw new Error(`${DIST_DIR} has no build: run "npx vite build" first ("npm run test:e2e" and "npm test" build before the e2e tests).`);
  });
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const emulatorLog = createWriteStream(join(ARTIFACTS_DIR, 'emulator.log'));
  const stops: (() => Promise<unknown>)[] = [];
  const teardown = async () => {
    const results = await Promise.allSettled(stops.reverse().map((stop) => stop()));
    emulatorLog.end();
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  };
  try {
    const emulator = await startEmulator({ port: 0, host: '127.0.0.1', log: (line) => emulatorLog.write(`${line}\n`) });
    stops.push(() => emulator.close());
    const app = await startStaticAppServer({ rootDir: DIST_DIR, runtimeConfig: PRODUCTION_RUNTIME_CONFIG });
    stops.push(() => app.close());
    const browserServer = await launchChromiumServer();
    stops.push(() => browserServer.close());
    project.provide('emulatorUrl', emulator.url);
    project.provide('appUrl', app.url);
    project.provide('browserWsEndpoint', browserServer.wsEndpoint());
  } catch (error) {
    await teardown().catch(() => undefined);
    throw error;
  }
  return teardown;
}
