// A timespan selection read back from storage or from an imported file. Both are untrusted input, so every field is
// checked; anything else gives null and the caller falls back to its default.
import { isPresetId } from './presets';
import type { TimespanSelection } from './selection';
import { compareUtcDateTimes, formatUtcDateTime, parseUtcDateTime } from './utcDateTime';

export function parseTimespanSelection(value: unknown): TimespanSelection | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Record<string, unknown>;
  switch (candidate.kind) {
    case 'preset':
      return typeof candidate.presetId === 'string' && isPresetId(candidate.presetId) ? { kind: 'preset', presetId: candidate.presetId } : null;
    case 'custom': {
      const start = typeof candidate.start === 'string' ? parseUtcDateTime(candidate.start) : null;
      const end = typeof candidate.end === 'string' ? parseUtcDateTime(candidate.end) : null;
      if (start === null || end === null || compareUtcDateTimes(start, end) >= 0) return null;
      return { kind: 'custom', start: formatUtcDateTime(start), end: formatUtcDateTime(end) };
    }
    case 'setInQuery':
      return { kind: 'setInQuery' };
    default:
      return null;
  }
}
