// Instants in UTC at Kusto's precision of 100 ns. JavaScript's Date stops at the millisecond, so the fractional
// second is kept as its decimal digits and never goes through Date: 2021-06-02T00:18:13.3171234Z keeps all 7 digits.

/** An instant in UTC: a whole second plus the digits of its fraction. */
export interface UtcDateTime {
  /** Milliseconds since the Unix epoch of the whole second; the fraction is not included. */
  secondMs: number;
  /** The fractional-second digits, 0 to 7 of them, without trailing zeros ("" for a whole second). */
  fraction: string;
}

/** A time window as the service applies it: from `start` (inclusive) to `end` (exclusive), as UTC ISO 8601 text. */
export interface TimeWindow {
  start: string;
  end: string;
}

export interface UtcFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const SERVICE_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?Z$/;

/**
 * Reads a datetime as the service writes it (`2015-12-31T23:59:59.9Z`: UTC, `Z`, 0 to 7 fractional digits) and as
 * this module formats it. Anything else, including impossible dates, gives null.
 */
export function parseUtcDateTime(text: string): UtcDateTime | null {
  const match = SERVICE_DATETIME.exec(text);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, fraction = ''] = match;
  const fields = { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second) };
  if (!isValidUtcFields(fields)) return null;
  return { secondMs: epochMsOfFields(fields), fraction: fraction.replace(/0+$/, '') };
}

/** The UTC ISO 8601 text the API accepts: at least milliseconds (`.000Z`), up to 7 digits when the instant has them. */
export function formatUtcDateTime(instant: UtcDateTime): string {
  return `${new Date(instant.secondMs).toISOString().slice(0, 19)}.${instant.fraction.padEnd(3, '0')}Z`;
}

export function utcDateTimeFromEpochMs(epochMs: number): UtcDateTime {
  const millis = ((epochMs % 1000) + 1000) % 1000;
  return { secondMs: epochMs - millis, fraction: String(millis).padStart(3, '0').replace(/0+$/, '') };
}

/** Negative when `a` is earlier than `b`, zero when equal, positive when later; exact to 100 ns. */
export function compareUtcDateTimes(a: UtcDateTime, b: UtcDateTime): number {
  return a.secondMs - b.secondMs || Number(a.fraction.padEnd(7, '0')) - Number(b.fraction.padEnd(7, '0'));
}

/** The calendar fields of the instant's whole second in UTC. */
export function utcFieldsOf(instant: UtcDateTime): UtcFields {
  const date = new Date(instant.secondMs);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

export function isValidUtcFields({ year, month, day, hour, minute, second }: UtcFields): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Milliseconds since the epoch of UTC calendar fields; unlike Date.UTC, years 1–99 are not moved to 1900–1999. */
export function epochMsOfFields({ year, month, day, hour, minute, second }: UtcFields): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}
