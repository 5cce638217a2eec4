// Sign-in settings the analyst changed in Settings (cloud, client id, tenant id), kept in this browser's localStorage
// and applied over the deployment's config.json at the next start. They are identifiers, never secrets.
import type { RuntimeConfigSettings } from '../domain/runtimeConfig';

export const CONNECTION_OVERRIDES_KEY = 'kql-console:connection-overrides';

export type ConnectionOverrides = Pick<RuntimeConfigSettings, 'clientId' | 'tenantId' | 'cloud'>;

const OVERRIDABLE = ['clientId', 'tenantId', 'cloud'] as const;

/** The saved overrides; anything unreadable counts as none (validation happens where the config is resolved). */
export function readConnectionOverrides(storage: Storage | undefined = globalThis.localStorage): ConnectionOverrides {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(CONNECTION_OVERRIDES_KEY) ?? '{}');
  } catch {
    return {};
  }
  const overrides: ConnectionOverrides = {};
  if (typeof parsed !== 'object' || parsed === null) return overrides;
  for (const name of OVERRIDABLE) {
    const value = (parsed as Record<string, unknown>)[name];
    if (typeof value === 'string' && value.trim() !== '') overrides[name] = value.trim();
  }
  return overrides;
}

/** Saves the overrides; empty values are dropped, and no overrides at all removes the entry. */
export function saveConnectionOverrides(overrides: ConnectionOverrides, storage: Storage | undefined = globalThis.localStorage): void {
  const kept = Object.fromEntries(OVERRIDABLE.flatMap((name) => (overrides[name]?.trim() ? [[name, overrides[name].trim()]] : [])));
  if (Object.keys(kept).length === 0) storage?.removeItem(CONNECTION_OVERRIDES_KEY);
  else storage?.setItem(CONNECTION_OVERRIDES_KEY, JSON.stringify(kept));
}

export function hasConnectionOverrides(storage: Storage | undefined = globalThis.localStorage): boolean {
  return Object.keys(readConnectionOverrides(storage)).length > 0;
}
