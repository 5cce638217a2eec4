// format_datetime and format_timespan: the .NET-style custom format elements the Kusto documentation lists; any
// other character (the documented delimiters) is copied as it is.
import { map2 } from '../../model/vector.ts';
import { TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_SECOND, datetimeParts } from '../../values.ts';
import type { ScalarFunction } from '../registry.ts';

function pad(value: number | bigint, width: number): string {
  return String(value).padStart(width, '0');
}

/** f…: the first n digits of the 7-digit fraction; F…: the same without trailing zeros (nothing when all zero). */
function fraction(token: string, fractionTicks: number): string {
  const digits = pad(fractionTicks, 7).slice(0, token.length);
  return token.startsWith('f') ? digits : digits.replace(/0+$/, '');
}

const DATETIME_TOKEN = /yyyy|yy|y|MM|M|dd|d|HH|H|hh|h|mm|m|ss|s|f{1,7}|F{1,7}|tt/g;

export function formatDatetimeWith(ticks: bigint, format: string): string {
  const p = datetimeParts(ticks);
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  return format.replace(DATETIME_TOKEN, (token) => {
    switch (token) {
      case 'yyyy': return pad(p.year, 4);
      case 'yy': return pad(p.year % 100, 2);
      case 'y': return String(p.year % 100);
      case 'MM': return pad(p.month, 2);
      case 'M': return String(p.month);
      case 'dd': return pad(p.day, 2);
      case 'd': return String(p.day);
      case 'HH': return pad(p.hour, 2);
      case 'H': return String(p.hour);
      case 'hh': return pad(hour12, 2);
      case 'h': return String(hour12);
      case 'mm': return pad(p.minute, 2);
      case 'm': return String(p.minute);
      case 'ss': return pad(p.second, 2);
      case 's': return String(p.second);
      case 'tt': return p.hour < 12 ? 'AM' : 'PM';
      default: return fraction(token, p.fractionTicks);
    }
  });
}

const TIMESPAN_TOKEN = /d{1,8}|HH|H|hh|h|mm|m|ss|s|f{1,7}|F{1,7}/g;

/** Days, hours, minutes, seconds and the fraction of a timespan's magnitude (the format has no sign element). */
export function formatTimespanWith(ticks: bigint, format: string): string {
  let rest = ticks < 0n ? -ticks : ticks;
  const days = rest / TICKS_PER_DAY;
  rest %= TICKS_PER_DAY;
  const hours = rest / TICKS_PER_HOUR;
  rest %= TICKS_PER_HOUR;
  const minutes = rest / TICKS_PER_MINUTE;
  rest %= TICKS_PER_MINUTE;
  const seconds = rest / TICKS_PER_SECOND;
  const fractionTicks = Number(rest % TICKS_PER_SECOND);
  return format.replace(TIMESPAN_TOKEN, (token) => {
    switch (token[0]) {
      case 'd': return pad(days, token.length);
      case 'H':
      case 'h': return pad(hours, token.length);
      case 'm': return pad(minutes, token.length);
      case 's': return pad(seconds, token.length);
      default: return fraction(token, fractionTicks);
    }
  });
}

export const FORMATTING_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  format_datetime: ([value, format], site) =>
    map2(value!.vector, format!.vector, site.rowCount, (ticks, text) => (ticks === null ? '' : formatDatetimeWith(ticks as bigint, text as string))),
  format_timespan: ([value, format], site) =>
    map2(value!.vector, format!.vector, site.rowCount, (ticks, text) => (ticks === null ? '' : formatTimespanWith(ticks as bigint, text as string))),
};
