// Calendar parts of a datetime (getyear ... datetime_part, ISO weeks) and datetimes built from parts or Unix time.
import type { Cell } from '../../api.ts';
import { QueryRuntimeError } from '../../errors.ts';
import { map1, map2, mapN } from '../../model/vector.ts';
import {
  MAX_DATETIME_TICKS,
  MIN_DATETIME_TICKS,
  TICKS_PER_DAY,
  TICKS_PER_MICROSECOND,
  TICKS_PER_MS,
  TICKS_PER_SECOND,
  datetimeParts,
  daysInMonth,
  epochDay,
  ticksFromParts,
} from '../../values.ts';
import type { ScalarFunction } from '../registry.ts';
import { startOfDay, startOfWeek } from './datetime.ts';

function dayOfYear(ticks: bigint): number {
  const { year } = datetimeParts(ticks);
  const januaryFirst = ticksFromParts({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0, fractionTicks: 0 });
  return Number((startOfDay(ticks) - januaryFirst) / TICKS_PER_DAY) + 1;
}

/** ISO 8601 week number: weeks start on Monday and week 1 holds the year's first Thursday. */
function isoWeek(ticks: bigint): number {
  const mondayBased = (((epochDay(ticks) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: 3 days after Monday
  const thursday = startOfDay(ticks) + BigInt(3 - mondayBased) * TICKS_PER_DAY;
  return Math.floor((dayOfYear(thursday) - 1) / 7) + 1;
}

const PARTS: Readonly<Record<string, (ticks: bigint) => number>> = {
  year: (ticks) => datetimeParts(ticks).year,
  quarter: (ticks) => Math.floor((datetimeParts(ticks).month - 1) / 3) + 1,
  month: (ticks) => datetimeParts(ticks).month,
  week_of_year: isoWeek,
  day: (ticks) => datetimeParts(ticks).day,
  dayofyear: dayOfYear,
  hour: (ticks) => datetimeParts(ticks).hour,
  minute: (ticks) => datetimeParts(ticks).minute,
  second: (ticks) => datetimeParts(ticks).second,
  millisecond: (ticks) => Math.floor(datetimeParts(ticks).fractionTicks / Number(TICKS_PER_MS)),
  microsecond: (ticks) => Math.floor(datetimeParts(ticks).fractionTicks / Number(TICKS_PER_MICROSECOND)),
  nanosecond: (ticks) => datetimeParts(ticks).fractionTicks * 100,
};

function datePart(read: (ticks: bigint) => number): ScalarFunction {
  return ([value], site) => map1(value!.vector, site.rowCount, (ticks) => (ticks === null ? null : read(ticks as bigint)));
}

const datetimePart: ScalarFunction = ([part, value], site) =>
  map2(part!.vector, value!.vector, site.rowCount, (name, ticks) => {
    if (name === null || ticks === null) return null;
    const read = PARTS[(name as string).toLowerCase()];
    if (read === undefined) throw new QueryRuntimeError(`datetime_part(): unknown part '${name as string}'.`);
    return read(ticks as bigint);
  });

/** dayofweek is the timespan since the preceding Sunday (0d for Sunday, 1d for Monday...). */
const dayOfWeek: ScalarFunction = ([value], site) =>
  map1(value!.vector, site.rowCount, (ticks) => (ticks === null ? null : startOfDay(ticks as bigint) - startOfWeek(ticks as bigint)));

function inRange(ticks: bigint): bigint | null {
  return ticks < MIN_DATETIME_TICKS || ticks > MAX_DATETIME_TICKS ? null : ticks;
}

/** make_datetime(year, month, day[, hour, minute, second]); an impossible date is null. */
const makeDatetime: ScalarFunction = (args, site) =>
  mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    ([year, month, day, hour = 0, minute = 0, second = 0]) => {
      if (year === null || month === null || day === null || hour === null || minute === null || second === null) return null;
      const [y, mo, d, h, mi] = [year, month, day, hour, minute].map(Number) as [number, number, number, number, number];
      const seconds = Number(second);
      if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
      if (h < 0 || h > 23 || mi < 0 || mi > 59 || seconds < 0 || seconds >= 60) return null;
      const wholeSeconds = Math.floor(seconds);
      const fractionTicks = Math.round((seconds - wholeSeconds) * Number(TICKS_PER_SECOND));
      return ticksFromParts({ year: y, month: mo, day: d, hour: h, minute: mi, second: wholeSeconds, fractionTicks });
    },
  );

/** make_timespan(hour, minute), (hour, minute, second) or (day, hour, minute, second). */
const makeTimespan: ScalarFunction = (args, site) =>
  mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    (values) => {
      if (values.some((value) => value === null)) return null;
      const [day, hour, minute, second] = (values.length === 4 ? values : [0, ...values, 0].slice(0, 4)).map(Number) as [number, number, number, number];
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second >= 60) return null;
      const wholeSeconds = BigInt(((day * 24 + hour) * 60 + minute) * 60 + Math.floor(second));
      return wholeSeconds * TICKS_PER_SECOND + BigInt(Math.round((second - Math.floor(second)) * Number(TICKS_PER_SECOND)));
    },
  );

/** unixtime_*_todatetime: a count of units since 1970-01-01; fractions below a tick are dropped. */
function fromUnixTime(ticksPerUnit: number): ScalarFunction {
  return ([value], site) =>
    map1(value!.vector, site.rowCount, (cell: Cell) => {
      if (cell === null) return null;
      if (typeof cell === 'bigint' || Number.isInteger(cell)) {
        const count = BigInt(cell as number | bigint);
        return inRange(ticksPerUnit >= 1 ? count * BigInt(ticksPerUnit) : count / BigInt(1 / ticksPerUnit));
      }
      const ticks = Number(cell) * ticksPerUnit;
      return Number.isFinite(ticks) ? inRange(BigInt(Math.trunc(ticks))) : null;
    });
}

export const CALENDAR_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  getyear: datePart(PARTS.year!),
  getmonth: datePart(PARTS.month!),
  monthofyear: datePart(PARTS.month!),
  dayofmonth: datePart(PARTS.day!),
  dayofyear: datePart(dayOfYear),
  hourofday: datePart(PARTS.hour!),
  week_of_year: datePart(isoWeek),
  dayofweek: dayOfWeek,
  datetime_part: datetimePart,
  datepart: datetimePart,
  make_datetime: makeDatetime,
  make_timespan: makeTimespan,
  unixtime_seconds_todatetime: fromUnixTime(1e7),
  unixtime_milliseconds_todatetime: fromUnixTime(1e4),
  unixtime_microseconds_todatetime: fromUnixTime(10),
  unixtime_nanoseconds_todatetime: fromUnixTime(0.01),
};
