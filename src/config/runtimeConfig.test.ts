import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRuntimeConfig } from './runtimeConfig';

const CLIENT_ID = '5a1c0f3e-0000-4000-8000-00000000c0de';

function serving(response: Response | Error): typeof fetch {
  return vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
}

describe('loadRuntimeConfig', () => {
  beforeEach(() => {
    vi.stubEnv('VITE_CLIENT_ID', '');
    vi.stubEnv('VITE_TENANT_ID', '');
    vi.stubEnv('VITE_CLOUD', '');
    vi.stubEnv('VITE_EMULATOR_URL', 'http://localhost:5178');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('merges config.json over the build-time values and asks for a fresh copy', async () => {
    const fetchFile = serving(Response.json({ clientId: CLIENT_ID, tenantId: '', cloud: 'AzureChina', emulatorUrl: '' }));
    expect(await loadRuntimeConfig(fetchFile)).toEqual({
      ok: true,
      config: { clientId: CLIENT_ID, tenantId: 'organizations', cloud: 'AzureChina', emulatorUrl: 'http://localhost:5178' },
    });
    expect(fetchFile).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });

  it('runs on the build-time values when the file is absent', async () => {
    expect(await loadRuntimeConfig(serving(new Response('not found', { status: 404 })))).toEqual({
      ok: true,
      config: { clientId: null, tenantId: 'organizations', cloud: 'AzurePublic', emulatorUrl: 'http://localhost:5178' },
    });
  });

  it('reports a server error, a network error and invalid JSON', async () => {
    expect(await loadRuntimeConfig(serving(new Response('', { status: 500 })))).toEqual({
      ok: false,
      errors: ['Could not load /config.json: HTTP 500.'],
    });
    expect(await loadRuntimeConfig(serving(new TypeError('Failed to fetch')))).toEqual({
      ok: false,
      errors: ['Could not load /config.json: TypeError: Failed to fetch.'],
    });
    expect(await loadRuntimeConfig(serving(new Response('{"clientId":', { status: 200 })))).toEqual({
      ok: false,
      errors: ['/config.json is not valid JSON.'],
    });
  });

  it('reports invalid settings from the file', async () => {
    expect(await loadRuntimeConfig(serving(Response.json({ cloud: 'Mars' })))).toEqual({
      ok: false,
      errors: ['cloud must be one of AzurePublic, AzureUSGovernment, AzureChina; got "Mars".'],
    });
  });
});
