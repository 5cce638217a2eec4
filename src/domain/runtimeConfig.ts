// Validation of the runtime configuration (public/config.json merged over build-time VITE_* values), so one build
// can be deployed anywhere and a wrong value is named precisely instead of failing later inside MSAL.
import { CLOUD_NAMES, isCloudName, type CloudName } from './clouds';
import { isGuid } from './identifiers';

export interface RuntimeConfig {
  /** The SPA's application (client) id; null when sign-in with Entra ID is not configured. */
  clientId: string | null;
  /** Directory (tenant) id, a verified domain, or 'organizations' / 'common'. */
  tenantId: string;
  cloud: CloudName;
  /** Origin of the local emulator for the offline demo; null outside of it. */
  emulatorUrl: string | null;
}

export type RuntimeConfigSettings = Partial<Record<keyof RuntimeConfig, string>>;

export type RuntimeConfigResult = { ok: true; config: RuntimeConfig } | { ok: false; errors: string[] };

const SETTING_NAMES: readonly (keyof RuntimeConfig)[] = ['clientId', 'tenantId', 'cloud', 'emulatorUrl'];

/** Without a tenant, any work or school account may sign in; its home tenant is then used. */
const DEFAULT_TENANT = 'organizations';
const DEFAULT_CLOUD: CloudName = 'AzurePublic';
const MULTI_TENANT_ALIASES = ['organizations', 'common'];
const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * Reads the settings object of config.json. An empty string means "not set here", so a build-time value stays in
 * force when the deployed file leaves that setting blank.
 */
export function readConfigFile(content: unknown): { settings: RuntimeConfigSettings; errors: string[] } {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    return { settings: {}, errors: ['config.json must hold a JSON object such as {"clientId": "", "tenantId": ""}.'] };
  }
  const settings: RuntimeConfigSettings = {};
  const errors: string[] = [];
  for (const [key, value] of Object.entries(content)) {
    if (!isSettingName(key)) {
      errors.push(`config.json has an unknown setting "${key}"; the known settings are ${SETTING_NAMES.join(', ')}.`);
    } else if (typeof value !== 'string') {
      errors.push(`config.json setting "${key}" must be a string; got ${JSON.stringify(value)}.`);
    } else if (value.trim() !== '') {
      settings[key] = value.trim();
    }
  }
  return { settings, errors };
}

/** Merges the layers (later ones win) and validates the result. */
export function resolveRuntimeConfig(...layers: RuntimeConfigSettings[]): RuntimeConfigResult {
  const merged: RuntimeConfigSettings = {};
  for (const layer of layers) {
    for (const name of SETTING_NAMES) {
      const value = layer[name]?.trim();
      if (value) merged[name] = value;
    }
  }
  const errors: string[] = [];
  const clientId = merged.clientId ?? null;
  if (clientId !== null && !isGuid(clientId)) {
    errors.push(`clientId must be the application (client) ID of the app registration, a GUID such as 00000000-0000-0000-0000-000000000000; got "${clientId}".`);
  }
  const tenantId = merged.tenantId ?? DEFAULT_TENANT;
  if (!isGuid(tenantId) && !MULTI_TENANT_ALIASES.includes(tenantId) && !DOMAIN_PATTERN.test(tenantId)) {
    errors.push(`tenantId must be a directory (tenant) ID GUID, a domain such as contoso.onmicrosoft.com, or "organizations"; got "${tenantId}".`);
  }
  const cloud = merged.cloud ?? DEFAULT_CLOUD;
  if (!isCloudName(cloud)) {
    errors.push(`cloud must be one of ${CLOUD_NAMES.join(', ')}; got "${cloud}".`);
  }
  const emulatorUrl = merged.emulatorUrl === undefined ? null : emulatorOrigin(merged.emulatorUrl);
  if (emulatorUrl === undefined) {
    errors.push(`emulatorUrl must be an http(s) origin such as http://localhost:5178; got "${merged.emulatorUrl}".`);
  }
  if (errors.length > 0 || !isCloudName(cloud) || emulatorUrl === undefined) {
    return { ok: false, errors };
  }
  return { ok: true, config: { clientId, tenantId, cloud, emulatorUrl } };
}

function isSettingName(key: string): key is keyof RuntimeConfig {
  return (SETTING_NAMES as readonly string[]).includes(key);
}

/** The origin of an http(s) URL with no path, query or credentials; undefined when the text is not one. */
function emulatorOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const isHttp = url.protocol === 'http:' || url.protocol === 'https:';
  const isBare = url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
  return isHttp && isBare ? url.origin : undefined;
}
