// Execution and display settings. Limits follow the service: 500,000 rows at most per result, `Prefer: wait` up to
// 600 seconds (reference/log-analytics-api.md §3).
import type { StateCreator } from 'zustand';

export const ROW_CAP_DEFAULT = 30_000;
export const ROW_CAP_MAX = 500_000;
export const SERVER_WAIT_DEFAULT_SECONDS = 180;
export const SERVER_WAIT_MAX_SECONDS = 600;

export type TimeZoneDisplay = 'utc' | 'local';

export interface Settings {
  /** Rows asked for with an added `take`; null turns the cap off. */
  rowCap: number | null;
  serverWaitSeconds: number;
  timeZoneDisplay: TimeZoneDisplay;
  csvFormulaGuard: boolean;
}

export interface SettingsSlice {
  settings: Settings;
  updateSettings(changes: Partial<Settings>): void;
}

export const DEFAULT_SETTINGS: Settings = {
  rowCap: ROW_CAP_DEFAULT,
  serverWaitSeconds: SERVER_WAIT_DEFAULT_SECONDS,
  timeZoneDisplay: 'utc',
  csvFormulaGuard: true,
};

export function clampSettings(settings: Settings): Settings {
  const rowCap = settings.rowCap === null ? null : Math.min(ROW_CAP_MAX, Math.max(1, Math.round(settings.rowCap)));
  const serverWaitSeconds = Math.min(SERVER_WAIT_MAX_SECONDS, Math.max(1, Math.round(settings.serverWaitSeconds)));
  return { ...settings, rowCap, serverWaitSeconds };
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  updateSettings: (changes) => set((state) => ({ settings: clampSettings({ ...state.settings, ...changes }) })),
});
