// Two-part sort keys for datetime and timespan text. One double cannot hold both the range and the 100 ns ticks
// (ticks since 1970 pass 2^53), so the whole part and the fraction are compared one after the other.

export interface TimeKey {
  readonly whole: number;
  /** The fractional second in 100 ns ticks (0–9,999,999), signed like `whole`. */
  readonly ticks: number;
}

/**
 * `whole` is in milliseconds, as Date.parse gives it (V8 truncates the digits beyond); the 7 fractional digits then
 * order what it cannot tell apart. The service's own form is read directly, a few times faster than Date.parse on the
 * 200,000 rows of a first sort; any other text goes through Date.parse.
 */
export function datetimeKey(text: string): TimeKey | null {
  return serviceFormKey(text) ?? parsedKey(text);
}

function parsedKey(text: string): TimeKey | null {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  return { whole: ms, ticks: fractionTicks(/\.(\d{1,7})/.exec(text)?.[1]) };
}

const DASH = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const LETTER_T = 0x54;
const LETTER_Z = 0x5a;
/** `YYYY-MM-DDTHH:MM:SSZ`; with a fraction of n digits, one longer for the dot and n more. */
const SHORTEST = 20;
const MS_PER_DAY = 86_400_000;
const TICKS_PER_MS = 10_000;
const TICK_SCALE = [10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

/**
 * `YYYY-MM-DDTHH:MM:SSZ`, or with a dot and 1–7 fractional digits before the Z, naming an existing calendar date and
 * time of day; null for anything else (Feb 30, 24:00, leap seconds, offsets, other forms), which Date.parse then
 * decides on.
 */
function serviceFormKey(text: string): TimeKey | null {
  const length = text.length;
  const fractionDigits = length - SHORTEST - 1;
  if (length !== SHORTEST && (fractionDigits < 1 || fractionDigits > 7)) return null;
  if (
    text.charCodeAt(4) !== DASH ||
    text.charCodeAt(7) !== DASH ||
    text.charCodeAt(10) !== LETTER_T ||
    text.charCodeAt(13) !== COLON ||
    text.charCodeAt(16) !== COLON ||
    text.charCodeAt(length - 1) !== LETTER_Z
  ) {
    return null;
  }
  const century = twoDigitsAt(text, 0);
  const yearOfCentury = twoDigitsAt(text, 2);
  const year = century * 100 + yearOfCentury;
  const month = twoDigitsAt(text, 5);
  const day = twoDigitsAt(text, 8);
  const hour = twoDigitsAt(text, 11);
  const minute = twoDigitsAt(text, 14);
  const second = twoDigitsAt(text, 17);
  // twoDigitsAt gives -1 for a non-digit, which every lower bound below refuses.
  if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  let ticks = 0;
  if (length > SHORTEST) {
    const fraction = text.charCodeAt(SHORTEST - 1) === DOT ? digitsAt(text, SHORTEST, fractionDigits) : -1;
    if (fraction < 0) return null;
    ticks = fraction * (TICK_SCALE[fractionDigits] as number);
  }
  const whole = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + Math.floor(ticks / TICKS_PER_MS);
  return { whole, ticks };
}

function twoDigitsAt(text: string, start: number): number {
  const tens = text.charCodeAt(start) - 0x30;
  const units = text.charCodeAt(start + 1) - 0x30;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/** The decimal number written by `count` digits from `start`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar, counted in 400-year eras from March 1 of year 0. */
function daysFromCivil(year: number, month: number, day: number): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const TIMESPAN_TEXT = /^(-)?(?:(\d+)\.)?(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/;

/** .NET "c" form `[-][d.]hh:mm:ss[.fffffff]`; `whole` is in seconds. */
export function timespanKey(text: string): TimeKey | null {
  const match = TIMESPAN_TEXT.exec(text);
  if (!match) return null;
  const [, minus, days = '0', hours = '0', minutes = '0', seconds = '0', fraction] = match;
  const sign = minus ? -1 : 1;
  const whole = Number(days) * 86_400 + Number(hours) * 3_600 + Number(minutes) * 60 + Number(seconds);
  // `+ 0` turns the -0 of a negative zero part into 0, so "-00:00:00" equals "00:00:00".
  return { whole: sign * whole + 0, ticks: sign * fractionTicks(fraction) + 0 };
}

function fractionTicks(digits: string | undefined): number {
  return digits === undefined ? 0 : Number(digits.padEnd(7, '0'));
}
