// What the picker holds, and what it means on the wire.
//
// "Set in query": the console sends NO timespan. The service then applies no time filter of its own (the query runs
// over all retained data), so the query's own filter on TimeGenerated is the only limit. When a preset or custom
// range is sent while the query also filters time, the service applies both, i.e. their intersection.

import { presetById, DEFAULT_PRESET_ID } from './presets';
import type { PresetId } from './presets';
import { formatUtcDateTime, utcDateTimeFromEpochMs } from './utcDateTime';
import type { TimeWindow } from './utcDateTime';

export type TimespanSelection =
  | { kind: 'preset'; presetId: PresetId }
  /** `start` and `end` are UTC ISO 8601 text as parseCustomRange produces it; the window is [start, end). */
  | { kind: 'custom'; start: string; end: string }
  | { kind: 'setInQuery' };

export const DEFAULT_TIMESPAN: TimespanSelection = { kind: 'preset', presetId: DEFAULT_PRESET_ID };

/**
 * The request's `timespan`: an ISO 8601 duration for a preset (`P1D`), a `start/end` interval in UTC for a custom
 * range (`2026-11-23T10:00:00.000Z/2026-11-23T11:00:00.000Z`), or null for "Set in query": send no timespan.
 */
export function toApiTimespan(selection: TimespanSelection): string | null {
  switch (selection.kind) {
    case 'preset':
      return presetById(selection.presetId).isoDuration;
    case 'custom':
      return `${selection.start}/${selection.end}`;
    case 'setInQuery':
      return null;
  }
}

/**
 * The absolute window the service applies, to show after a run: for a preset, the duration back from `nowMs` (the
 * client's clock when the request was sent; the service uses its own, so edges may differ by clock skew and queueing
 * time); for a custom range, the range itself; for "Set in query", null (no window is sent).
 */
export function effectiveWindow(selection: TimespanSelection, nowMs: number): TimeWindow | null {
  switch (selection.kind) {
    case 'preset': {
      const { durationMs } = presetById(selection.presetId);
      return { start: formatUtcDateTime(utcDateTimeFromEpochMs(nowMs - durationMs)), end: formatUtcDateTime(utcDateTimeFromEpochMs(nowMs)) };
    }
    case 'custom':
      return { start: selection.start, end: selection.end };
    case 'setInQuery':
      return null;
  }
}
