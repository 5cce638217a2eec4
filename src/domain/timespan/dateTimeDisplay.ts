// Showing datetimes in UTC (the default, what the service returns) or in the browser's zone, which the caller passes
// in as an IANA name (this module reads no globals). The date and clock time come from the calendar; the fractional
// second is copied digit for digit from the service's text, so 100-ns values are never rounded through Date.
// Time zone offsets are whole seconds, so converting the whole second never touches the fraction.

import { parseUtcDateTime, utcFieldsOf } from './utcDateTime';
import type { TimeWindow, UtcDateTime, UtcFields } from './utcDateTime';

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT']);
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "UTC" for any name of UTC, otherwise the IANA name itself, e.g. "Europe/Berlin". */
export function timeZoneLabel(timeZone: string): string {
  return UTC_ZONES.has(timeZone) ? 'UTC' : timeZone;
}

/** A column header naming the zone its values are shown in, e.g. "TimeGenerated (UTC)". */
export function dateTimeColumnHeader(columnName: string, timeZone: string): string {
  return `${columnName} (${timeZoneLabel(timeZone)})`;
}

/** Whether the runtime knows the zone, e.g. before using a zone name restored from storage. */
export function isSupportedTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * A service datetime (`2021-06-02T00:18:13.3171234Z`) for a grid cell: `2021-06-02 00:18:13.3171234` in UTC, or the
 * same instant's wall-clock time in `timeZone`. The fraction has at least 3 digits (milliseconds, so a column lines
 * up) and keeps up to all 7 given. Text that is not a service datetime is returned unchanged.
 */
export function formatDateTime(value: string, timeZone: string): string {
  const instant = parseUtcDateTime(value);
  if (instant === null) return value;
  const { date, time } = wallClock(instant, timeZone);
  return `${date} ${time}.${instant.fraction.padEnd(3, '0')}`;
}

/**
 * A window for the run summary: `2026-11-23 10:00:00 → 11:00:00 UTC`, repeating the date only when the end falls on
 * another day, and showing fractions only when an edge has one.
 */
export function formatWindow(window: TimeWindow, timeZone: string): string {
  const start = parseUtcDateTime(window.start);
  const end = parseUtcDateTime(window.end);
  if (start === null || end === null) return `${window.start} → ${window.end}`;
  const from = wallClock(start, timeZone);
  const to = wallClock(end, timeZone);
  const fraction = (instant: UtcDateTime): string => (instant.fraction === '' ? '' : `.${instant.fraction}`);
  const endText = from.date === to.date ? `${to.time}${fraction(end)}` : `${to.date} ${to.time}${fraction(end)}`;
  return `${from.date} ${from.time}${fraction(start)} → ${endText} ${timeZoneLabel(timeZone)}`;
}

function wallClock(instant: UtcDateTime, timeZone: string): { date: string; time: string } {
  const fields = UTC_ZONES.has(timeZone) ? utcFieldsOf(instant) : zonedFields(instant.secondMs, timeZone);
  const two = (value: number): string => String(value).padStart(2, '0');
  return {
    date: `${String(fields.year).padStart(4, '0')}-${two(fields.month)}-${two(fields.day)}`,
    time: `${two(fields.hour)}:${two(fields.minute)}:${two(fields.second)}`,
  };
}

function zonedFields(epochMs: number, timeZone: string): UtcFields {
  const parts = formatterFor(timeZone).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** Building an Intl.DateTimeFormat costs far more than using one, and a grid formats thousands of cells. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
