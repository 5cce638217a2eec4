// A timespan selection as short text, for share links (`24h`, `none`, `2026-01-01T00:00:00.000Z/2026-01-02T00:00:00.000Z`),
// and the check of a selection read from anywhere untrusted (storage, a link): only a known preset, "set in query" or a
// custom range of two service datetimes with start before end is accepted.
import { isPresetId } from './presets';
import type { TimespanSelection } from './selection';
import { compareUtcDateTimes, parseUtcDateTime } from './utcDateTime';

const SET_IN_QUERY = 'none';

export function timespanToText(selection: TimespanSelection): string {
  switch (selection.kind) {
    case 'preset':
      return selection.presetId;
    case 'custom':
      return `${selection.start}/${selection.end}`;
    case 'setInQuery':
      return SET_IN_QUERY;
  }
}

export function timespanFromText(text: string): TimespanSelection | null {
  if (text === SET_IN_QUERY) return { kind: 'setInQuery' };
  if (isPresetId(text)) return { kind: 'preset', presetId: text };
  const [start = '', end = '', ...rest] = text.split('/');
  return rest.length === 0 ? customRange(start, end) : null;
}

/** The selection if `value` is a valid one, else null. */
export function validTimespan(value: unknown): TimespanSelection | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Record<string, unknown>;
  if (candidate.kind === 'setInQuery') return { kind: 'setInQuery' };
  if (candidate.kind === 'preset') return typeof candidate.presetId === 'string' && isPresetId(candidate.presetId) ? { kind: 'preset', presetId: candidate.presetId } : null;
  if (candidate.kind === 'custom' && typeof candidate.start === 'string' && typeof candidate.end === 'string') return customRange(candidate.start, candidate.end);
  return null;
}

function customRange(start: string, end: string): TimespanSelection | null {
  const from = parseUtcDateTime(start);
  const to = parseUtcDateTime(end);
  return from && to && compareUtcDateTimes(from, to) < 0 ? { kind: 'custom', start, end } : null;
}
