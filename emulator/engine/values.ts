// Kusto's datetime and timespan values as 100-ns ticks (bigint), and their text forms on the wire.
// Datetimes count ticks since 1970-01-01T00:00:00Z; the service's own epoch (0001-01-01) only matters for range checks.

export const TICKS_PER_MICROSECOND = 10n;
export const TICKS_PER_MS = 10_000n;
export const TICKS_PER_SECOND = 10_000_000n;
export const TICKS_PER_MINUTE = 60n * TICKS_PER_SECOND;
export const TICKS_PER_HOUR = 60n * TICKS_PER_MINUTE;
export const TICKS_PER_DAY = 24n * TICKS_PER_HOUR;

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.9999999Z: the range a Kusto datetime can hold. */
export const MIN_DATETIME_TICKS = -621_355_968_000_000_000n;
export const MAX_DATETIME_TICKS = 2_534_023_007_999_999_999n;

const MS_PER_DAY = 86_400_000;

/** Floor division, because BigInt division truncates toward zero and instants before 1970 must round down. */
export function floorDiv(value: bigint, divisor: bigint): bigint {
  const quotient = value / divisor;
  return (value % divisor !== 0n) && ((value < 0n) !== (divisor < 0n)) ? quotient - 1n : quotient;
}

export function ticksFromDate(d: Date): bigint {
  return BigInt(d.getTime()) * TICKS_PER_MS;
}

/** Milliseconds since the epoch, rounded down (sub-millisecond ticks are dropped). */
export function msFromTicks(ticks: bigint): number {
  return Number(floorDiv(ticks, TICKS_PER_MS));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The date and time-of-day parts of an instant, with the sub-second part as ticks. */
export interface DatetimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0..9,999,999 */
  fractionTicks: number;
}

export function datetimeParts(ticks: bigint): DatetimeParts {
  const seconds = floorDiv(ticks, TICKS_PER_SECOND);
  const fractionTicks = Number(ticks - seconds * TICKS_PER_SECOND);
  const date = new Date(Number(seconds) * 1000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    fractionTicks,
  };
}

/** ISO 8601 UTC with `Z`; the 7-digit fraction loses its trailing zeros and disappears when zero. */
export function formatDatetime(ticks: bigint): string {
  const p = datetimeParts(ticks);
  const fraction = p.fractionTicks === 0 ? '' : `.${pad(p.fractionTicks, 7).replace(/0+$/, '')}`;
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}${fraction}Z`;
}

/** .NET's "c" format: `[-][d.]hh:mm:ss[.fffffff]`. */
export function formatTimespan(ticks: bigint): string {
  const sign = ticks < 0n ? '-' : '';
  let rest = ticks < 0n ? -ticks : ticks;
  const days = rest / TICKS_PER_DAY;
  rest -= days * TICKS_PER_DAY;
  const hours = rest / TICKS_PER_HOUR;
  rest -= hours * TICKS_PER_HOUR;
  const minutes = rest / TICKS_PER_MINUTE;
  rest -= minutes * TICKS_PER_MINUTE;
  const seconds = rest / TICKS_PER_SECOND;
  const fraction = rest - seconds * TICKS_PER_SECOND;
  const dayPart = days === 0n ? '' : `${days}.`;
  const fractionPart = fraction === 0n ? '' : `.${fraction.toString().padStart(7, '0')}`;
  return `${sign}${dayPart}${pad(Number(hours), 2)}:${pad(Number(minutes), 2)}:${pad(Number(seconds), 2)}${fractionPart}`;
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Ticks of a calendar instant; `Date.UTC` would map years 0–99 onto 1900–1999, so the year is set separately. */
export function ticksFromParts(p: DatetimeParts): bigint {
  const date = new Date(0);
  date.setUTCFullYear(p.year, p.month - 1, p.day);
  date.setUTCHours(p.hour, p.minute, p.second, 0);
  return BigInt(date.getTime()) * TICKS_PER_MS + BigInt(p.fractionTicks);
}

const ISO_DATETIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses `yyyy-MM-dd[(T| )HH:mm[:ss[.fffffff]]][Z|±hh:mm]` (a missing zone means UTC, as in Kusto).
 * Returns null for text that is not such a date or names an impossible day.
 */
export function ticksFromIso(text: string): bigint | null {
  const match = ISO_DATETIME.exec(text.trim());
  if (match === null) return null;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const parts: DatetimeParts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    fractionTicks: fraction === undefined ? 0 : Number(fraction.padEnd(7, '0')),
  };
  if (parts.year < 1 || parts.month < 1 || parts.month > 12 || parts.day < 1) return null;
  if (parts.day > daysInMonth(parts.year, parts.month)) return null;
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) return null;
  return ticksFromParts(parts) - zoneOffsetTicks(zone);
}

function zoneOffsetTicks(zone: string | undefined): bigint {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0n;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return BigInt(zone.startsWith('-') ? -minutes : minutes) * TICKS_PER_MINUTE;
}

const DOTNET_TIMESPAN = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/;

/** Parses the .NET "c" form (`[-][d.]hh:mm[:ss[.fffffff]]`); null when the text is not one. */
export function ticksFromTimespanText(text: string): bigint | null {
  const match = DOTNET_TIMESPAN.exec(text.trim());
  if (match === null) return null;
  const [, minus, d, h, mi, s, fraction] = match;
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const ticks =
    BigInt(d ?? 0) * TICKS_PER_DAY +
    BigInt(hours) * TICKS_PER_HOUR +
    BigInt(minutes) * TICKS_PER_MINUTE +
    BigInt(seconds) * TICKS_PER_SECOND +
    BigInt(fraction === undefined ? 0 : Number(fraction.padEnd(7, '0')));
  return minus === undefined ? ticks : -ticks;
}

/** Days since the epoch of the instant's calendar day (UTC), for week and month arithmetic. */
export function epochDay(ticks: bigint): number {
  return Math.floor(msFromTicks(ticks) / MS_PER_DAY);
}
