// Text → datetime for todatetime() and datetime() literals: the ISO 8601, RFC 822, RFC 850 and "sortable" forms the
// Kusto documentation lists, plus the US month-first date its todatetime example uses ('12-02-2022'). Every form
// is read as UTC unless it names a zone; nothing goes through Date.parse, whose answer depends on the local zone.
import { TICKS_PER_MINUTE, daysInMonth, ticksFromIso, ticksFromParts } from '../values.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ZONES: Readonly<Record<string, number>> = {
  gmt: 0, utc: 0, ut: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

/** `[Weekday, ]d Mon yy[yy] HH:mm[:ss] [zone]` (RFC 822) and `[Weekday, ]dd-Mon-yy HH:mm[:ss] [zone]` (RFC 850). */
const RFC = /^(?:[a-z]+,\s*)?(\d{1,2})[\s-]([a-z]{3})[\s-](\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+([a-z]+|[+-]\d{4}))?$/i;

/** `M/d/yyyy [HH:mm[:ss]]` and `M-d-yyyy [HH:mm[:ss]]`. */
const MONTH_FIRST = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** A sortable or ISO form followed by a named zone: `2014-11-08 15:05:25 GMT`. */
const SORTABLE_ZONE = /^(.*\d)\s+([a-z]+)$/i;

function fullYear(year: string): number {
  const value = Number(year);
  if (year.length === 4) return value;
  return value < 30 ? 2000 + value : 1900 + value; // .NET's two-digit year window (…2029)
}

function zoneMinutes(zone: string | undefined): number | null {
  if (zone === undefined) return 0;
  if (/^[+-]\d{4}$/.test(zone)) {
    const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5));
    return zone.startsWith('-') ? -minutes : minutes;
  }
  return ZONES[zone.toLowerCase()] ?? null;
}

function fromParts(year: number, month: number, day: number, hour: number, minute: number, second: number, zone: number | null): bigint | null {
  if (zone === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ticks = ticksFromParts({ year, month, day, hour, minute, second, fractionTicks: 0 });
  return ticks - BigInt(zone) * TICKS_PER_MINUTE;
}

export function ticksFromDatetimeText(input: string): bigint | null {
  const text = input.trim();
  const iso = ticksFromIso(text);
  if (iso !== null) return iso;
  const rfc = RFC.exec(text);
  if (rfc !== null) {
    const [, day, month, year, hour, minute, second, zone] = rfc;
    const monthIndex = MONTHS.indexOf(month!.toLowerCase());
    if (monthIndex < 0) return null;
    return fromParts(fullYear(year!), monthIndex + 1, Number(day), Number(hour), Number(minute), Number(second ?? 0), zoneMinutes(zone));
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst !== null) {
    const [, month, day, year, hour, minute, second] = monthFirst;
    return fromParts(Number(year), Number(month), Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), 0);
  }
  const zoned = SORTABLE_ZONE.exec(text);
  if (zoned !== null) {
    const local = ticksFromIso(zoned[1]!);
    const zone = zoneMinutes(zoned[2]);
    if (local !== null && zone !== null) return local - BigInt(zone) * TICKS_PER_MINUTE;
  }
  return null;
}
