// Loads the runtime configuration once at startup: build-time VITE_* values, overridden by the deployed
// /config.json, so one build can be pointed at any tenant or cloud without rebuilding, and last by the sign-in
// settings the analyst saved in Settings (this browser only).
import { readConnectionOverrides } from '../auth/connectionOverrides';
import { readConfigFile, resolveRuntimeConfig, type RuntimeConfigResult, type RuntimeConfigSettings } from '../domain/runtimeConfig';

const CONFIG_FILE_URL = '/config.json';

export async function loadRuntimeConfig(fetchFile: typeof fetch = fetch): Promise<RuntimeConfigResult> {
  const buildTime: RuntimeConfigSettings = {
    clientId: import.meta.env.VITE_CLIENT_ID,
    tenantId: import.meta.env.VITE_TENANT_ID,
    cloud: import.meta.env.VITE_CLOUD,
    emulatorUrl: import.meta.env.VITE_EMULATOR_URL,
  };
  const file = await fetchConfigFile(fetchFile);
  if (file.errors.length > 0) return { ok: false, errors: file.errors };
  return resolveRuntimeConfig(buildTime, file.settings, readConnectionOverrides());
}

async function fetchConfigFile(fetchFile: typeof fetch): Promise<{ settings: RuntimeConfigSettings; errors: string[] }> {
  let response: Response;
  try {
    response = await fetchFile(CONFIG_FILE_URL, { cache: 'no-store' });
  } catch (error) {
    return { settings: {}, errors: [`Could not load ${CONFIG_FILE_URL}: ${String(error)}.`] };
  }
  // A deployment without the file runs on its build-time values.
  if (response.status === 404) return { settings: {}, errors: [] };
  if (!response.ok) {
    return { settings: {}, errors: [`Could not load ${CONFIG_FILE_URL}: HTTP ${response.status}.`] };
  }
  let content: unknown;
  try {
    content = await response.json();
  } catch {
    return { settings: {}, errors: [`${CONFIG_FILE_URL} is not valid JSON.`] };
  }
  return readConfigFile(content);
}
