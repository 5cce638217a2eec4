// The picker's relative timespans, as in the Azure portal's Logs blade (default: last 24 hours). Each is sent as an
// ISO 8601 duration; the service ends the window at its own "now" when the query runs. Day forms (P1D, P7D) are
// those the portal and the SDKs send, and what formatIsoDuration writes.

export interface TimespanPreset {
  id: string;
  label: string;
  isoDuration: string;
  durationMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const TIMESPAN_PRESETS = [
  { id: '30m', label: 'Last 30 minutes', isoDuration: 'PT30M', durationMs: 30 * MINUTE },
  { id: '1h', label: 'Last hour', isoDuration: 'PT1H', durationMs: HOUR },
  { id: '4h', label: 'Last 4 hours', isoDuration: 'PT4H', durationMs: 4 * HOUR },
  { id: '12h', label: 'Last 12 hours', isoDuration: 'PT12H', durationMs: 12 * HOUR },
  { id: '24h', label: 'Last 24 hours', isoDuration: 'P1D', durationMs: DAY },
  { id: '48h', label: 'Last 48 hours', isoDuration: 'P2D', durationMs: 2 * DAY },
  { id: '3d', label: 'Last 3 days', isoDuration: 'P3D', durationMs: 3 * DAY },
  { id: '7d', label: 'Last 7 days', isoDuration: 'P7D', durationMs: 7 * DAY },
  { id: '14d', label: 'Last 14 days', isoDuration: 'P14D', durationMs: 14 * DAY },
  { id: '30d', label: 'Last 30 days', isoDuration: 'P30D', durationMs: 30 * DAY },
] as const satisfies readonly TimespanPreset[];

export type PresetId = (typeof TIMESPAN_PRESETS)[number]['id'];

export const DEFAULT_PRESET_ID: PresetId = '24h';

/** For values read back from storage or a deep link. */
export function isPresetId(value: string): value is PresetId {
  return TIMESPAN_PRESETS.some((preset) => preset.id === value);
}

export function presetById(id: PresetId): TimespanPreset {
  const preset = TIMESPAN_PRESETS.find((candidate) => candidate.id === id);
  if (preset === undefined) throw new RangeError(`Unknown timespan preset "${id}".`);
  return preset;
}
