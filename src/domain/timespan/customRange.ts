// Validation of the picker's "Custom range" fields. The range is [start, end) in UTC; both ends must be real
// date-times, start must come before end, and neither may lie more than a minute in the future (a minute of slack
// for clock skew and for typing "now"). Errors are per field so the form can show each beside its input.

import { parseDateTimeInput } from './dateTimeInput';
import type { TimespanSelection } from './selection';
import { compareUtcDateTimes, formatUtcDateTime, utcDateTimeFromEpochMs } from './utcDateTime';
import type { UtcDateTime } from './utcDateTime';

export interface CustomRangeErrors {
  start?: string;
  end?: string;
  /** About the pair: start is not before end. */
  range?: string;
}

export type CustomRangeResult =
  | { ok: true; selection: Extract<TimespanSelection, { kind: 'custom' }>; notes: string[] }
  | { ok: false; errors: CustomRangeErrors };

const FUTURE_SLACK_MS = 60_000;

export function parseCustomRange(startText: string, endText: string, nowMs: number): CustomRangeResult {
  const latest = utcDateTimeFromEpochMs(nowMs + FUTURE_SLACK_MS);
  const check = (text: string, field: 'Start' | 'End'): { value: UtcDateTime; assumedUtc: boolean } | string => {
    const parsed = parseDateTimeInput(text);
    if (!parsed.ok) return parsed.error;
    if (compareUtcDateTimes(parsed.value, latest) > 0) return `${field} is in the future: it can be at most one minute from now.`;
    return parsed;
  };
  const start = check(startText, 'Start');
  const end = check(endText, 'End');

  if (typeof start === 'string' || typeof end === 'string') {
    const errors: CustomRangeErrors = {};
    if (typeof start === 'string') errors.start = start;
    if (typeof end === 'string') errors.end = end;
    return { ok: false, errors };
  }
  if (compareUtcDateTimes(start.value, end.value) >= 0) return { ok: false, errors: { range: 'Start must be before end.' } };

  const withoutZone = [start.assumedUtc && 'start', end.assumedUtc && 'end'].filter((field) => field !== false);
  const notes = withoutZone.length === 0 ? [] : [`No time zone given for ${withoutZone.join(' and ')}: read as UTC.`];
  return { ok: true, selection: { kind: 'custom', start: formatUtcDateTime(start.value), end: formatUtcDateTime(end.value) }, notes };
}
