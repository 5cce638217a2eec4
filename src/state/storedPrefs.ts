// The console-wide preferences saved under `kql-console:workspace-state` (cloud, recent workspaces, theme, settings),
// read back as untrusted input: a field of the wrong type keeps its default, settings are clamped to the service's
// limits, and recent workspaces need a GUID id.
import { isCloudName } from '../domain/clouds';
import type { ConsoleState } from './store';
import { clampSettings, type Settings } from './settingsSlice';
import { parseWorkspaceRef } from './tabSet';
import { RECENT_LIMIT } from './sessionSlice';

export type StoredPrefs = Pick<ConsoleState, 'cloud' | 'recentWorkspaces' | 'theme' | 'settings'>;

export function prefsOf({ cloud, recentWorkspaces, theme, settings }: ConsoleState): StoredPrefs {
  return { cloud, recentWorkspaces, theme, settings };
}

export function mergeStoredPrefs(stored: unknown, current: ConsoleState): ConsoleState {
  const saved = isRecord(stored) ? stored : {};
  return {
    ...current,
    cloud: typeof saved.cloud === 'string' && isCloudName(saved.cloud) ? saved.cloud : current.cloud,
    recentWorkspaces: Array.isArray(saved.recentWorkspaces)
      ? saved.recentWorkspaces.map(parseWorkspaceRef).filter((workspace) => workspace !== null).slice(0, RECENT_LIMIT)
      : current.recentWorkspaces,
    theme: saved.theme === 'dark' || saved.theme === 'light' ? saved.theme : current.theme,
    settings: isRecord(saved.settings) ? clampSettings(settingsFrom(saved.settings, current.settings)) : current.settings,
  };
}

function settingsFrom(saved: Record<string, unknown>, current: Settings): Settings {
  const { rowCap, serverWaitSeconds, timeZoneDisplay, csvFormulaGuard } = saved;
  return {
    rowCap: rowCap === null || isFiniteNumber(rowCap) ? rowCap : current.rowCap,
    serverWaitSeconds: isFiniteNumber(serverWaitSeconds) ? serverWaitSeconds : current.serverWaitSeconds,
    timeZoneDisplay: timeZoneDisplay === 'utc' || timeZoneDisplay === 'local' ? timeZoneDisplay : current.timeZoneDisplay,
    csvFormulaGuard: typeof csvFormulaGuard === 'boolean' ? csvFormulaGuard : current.csvFormulaGuard,
  };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
