import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPS, DEMO_SPA_CLIENT_ID, DEMO_TENANT_ID, DEMO_WORKSPACES } from '../../config.ts';
import type { RunningEmulator } from '../index.ts';
import { STARTUP_TIMEOUT_MS, startTestEmulator } from '../testing/emulatorClient.ts';

let emulator: RunningEmulator;
let base: string;

beforeAll(async () => {
  emulator = await startTestEmulator({ now: new Date('2026-11-23T10:00:00Z'), preload: false });
  base = emulator.url;
}, STARTUP_TIMEOUT_MS);
afterAll(() => emulator.close());

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe('control endpoint', () => {
  it('reports health with the clock and the build state of each workspace', async () => {
    const body = await json(await fetch(`${base}/.emulator/health`));
    expect(body['status']).toBe('ready');
    expect(String(body['startedAt'])).toMatch(/^2026-11-23T10:00:0/);
    expect(body['workspaces']).toEqual({ 'contoso-sentinel-demo': 'pending', 'contoso-apps-large': 'pending', 'contoso-empty': 'pending' });
  });

  it('serves the demo identifiers on the host it was reached by', async () => {
    const body = await json(await fetch(`${base}/.emulator/info`, { headers: { 'x-forwarded-host': 'emulator.example', 'x-forwarded-proto': 'https' } }));
    expect(body).toMatchObject({ baseUrl: 'https://emulator.example', spaClientId: DEMO_SPA_CLIENT_ID, tenant: { id: DEMO_TENANT_ID } });
    expect(body['clientCredentialApps']).toEqual(DEMO_APPS.map((app) => ({ clientId: app.clientId, clientSecret: app.clientSecret, persona: app.persona, tenantId: app.tenantId })));
    expect((body['workspaces'] as { customerId: string }[]).map((workspace) => workspace.customerId)).toEqual(DEMO_WORKSPACES.map((workspace) => workspace.customerId));
  });

  it('turns faults on, lists them, turns them off and resets them', async () => {
    const on = await fetch(`${base}/.emulator/faults/partial-error`, { method: 'PUT', body: '{"rows":3}' });
    expect(await json(on)).toMatchObject({ name: 'partial-error', active: true, params: { rows: 3 } });
    await fetch(`${base}/.emulator/faults/drop-cors`, { method: 'PUT' });
    const listed = (await json(await fetch(`${base}/.emulator/faults`)))['faults'] as { name: string; active: boolean }[];
    expect(listed.filter((fault) => fault.active).map((fault) => fault.name)).toEqual(['partial-error', 'drop-cors']);
    expect(await json(await fetch(`${base}/.emulator/faults/partial-error`, { method: 'DELETE' }))).toMatchObject({ active: false });
    const reset = (await json(await fetch(`${base}/.emulator/faults`, { method: 'DELETE' })))['faults'] as { active: boolean }[];
    expect(reset.every((fault) => !fault.active)).toBe(true);
  });

  it('explains bad requests', async () => {
    const unknown = await fetch(`${base}/.emulator/faults/meteor-strike`, { method: 'PUT' });
    expect(unknown.status).toBe(404);
    expect(await json(unknown)).toEqual({ error: { code: 'NotFound', message: "Unknown fault 'meteor-strike'." } });
    const badParams = await fetch(`${base}/.emulator/faults/throttle`, { method: 'PUT', body: '{"seconds":"soon"}' });
    expect(badParams.status).toBe(400);
    expect(await json(badParams)).toEqual({ error: { code: 'BadRequest', message: "Parameter 'seconds' must be a non-negative number." } });
    const notJson = await fetch(`${base}/.emulator/settings`, { method: 'PUT', body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('reads and changes settings', async () => {
    expect(await json(await fetch(`${base}/.emulator/settings`))).toEqual({ workspacePageSize: 2, redirectUris: [] });
    const changed = await fetch(`${base}/.emulator/settings`, { method: 'PUT', body: '{"workspacePageSize":5}' });
    expect(await json(changed)).toEqual({ workspacePageSize: 5, redirectUris: [] });
  });

  it('answers 404 for paths nothing serves', async () => {
    const response = await fetch(`${base}/nothing/here`);
    expect(response.status).toBe(404);
    expect(await json(response)).toEqual({ error: { code: 'NotFound', message: 'Nothing is served at /nothing/here.' } });
  });
});
