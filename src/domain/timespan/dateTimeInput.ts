// Date-times typed or pasted by the analyst for a custom range. Accepted: ISO 8601 with `T` or a space between date
// and time (the grid shows a space, so a pasted cell works), seconds and up to 7 fractional digits optional, a
// date alone (midnight), and a zone as `Z`, `+01:00`, `+0100` or `+01`. Without a zone the value is read as UTC,
// which the caller must tell the analyst (`assumedUtc`): UTC is what the service and the grid use by default.

import { epochMsOfFields, isValidUtcFields, utcFieldsOf } from './utcDateTime';
import type { UtcDateTime } from './utcDateTime';

export type DateTimeInputResult = { ok: true; value: UtcDateTime; assumedUtc: boolean } | { ok: false; error: string };

const EXAMPLE = 'e.g. 2026-11-23T10:00:00Z or 2026-11-23 10:00+01:00';
const INPUT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const MAX_OFFSET_MINUTES = 14 * 60;

export function parseDateTimeInput(input: string): DateTimeInputResult {
  const fail = (error: string): DateTimeInputResult => ({ ok: false, error });
  const text = input.trim();
  if (text === '') return fail(`Enter a date and time, ${EXAMPLE}.`);
  const match = INPUT.exec(text);
  if (match === null) return fail(`"${text}" is not an ISO 8601 date-time: use ${EXAMPLE}.`);

  const [, year = '', month = '', day = '', hour = '00', minute = '00', second = '00', fraction = '', zone] = match;
  if (fraction.length > 7) return fail('At most 7 fractional digits: the service stores time to 100 ns.');
  const fields = { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second) };
  if (fields.month < 1 || fields.month > 12) return fail(`Month ${month} does not exist.`);
  if (fields.hour > 23) return fail(`Hour ${hour} is out of range (00–23).`);
  if (fields.minute > 59) return fail(`Minute ${minute} is out of range (00–59).`);
  if (fields.second > 59) return fail(`Second ${second} is out of range (00–59).`);
  if (!isValidUtcFields(fields)) return fail(`${year}-${month}-${day} is not a calendar date.`);

  const offsetMinutes = zone === undefined ? 0 : parseOffsetMinutes(zone);
  if (Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES || Number.isNaN(offsetMinutes)) {
    return fail(`Offset ${zone ?? ''} is out of range (-14:00 to +14:00).`);
  }
  const value = { secondMs: epochMsOfFields(fields) - offsetMinutes * 60_000, fraction: fraction.replace(/0+$/, '') };
  // 0001-01-01T00:30+01:00 is still year 0 in UTC: a datetime neither the service nor the console's own checks accept.
  if (!isValidUtcFields(utcFieldsOf(value))) return fail(`${text} is outside the dates the service stores (0001-01-01 to 9999-12-31 UTC).`);
  return { ok: true, value, assumedUtc: zone === undefined };
}

/** `Z` → 0, `+05:30` / `+0530` / `+05` → 330, `-08:00` → -480; minutes above 59 give NaN. */
function parseOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  return minutes > 59 ? Number.NaN : sign * (hours * 60 + minutes);
}
