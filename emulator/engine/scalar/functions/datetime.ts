// now, ago, bin/floor/bin_at, startof*/endof*, datetime_add, datetime_diff (parts and formats: calendar.ts, formatting.ts).
// Datetimes are ticks since 1970; bins are aligned to 0001-01-01 as the service's .NET ticks are.
import type { Cell, KustoType } from '../../api.ts';
import { QueryRuntimeError } from '../../errors.ts';
import { normalizeLong } from '../../model/cells.ts';
import { map1, map2, mapN, scalarVector } from '../../model/vector.ts';
import {
  MIN_DATETIME_TICKS,
  TICKS_PER_DAY,
  TICKS_PER_HOUR,
  TICKS_PER_MICROSECOND,
  TICKS_PER_MINUTE,
  TICKS_PER_MS,
  TICKS_PER_SECOND,
  datetimeParts,
  daysInMonth,
  epochDay,
  floorDiv,
  ticksFromParts,
} from '../../values.ts';
import type { Operand, ScalarFunction } from '../registry.ts';

export function floorTo(ticks: bigint, unit: bigint, origin: bigint): bigint {
  const offset = (ticks - origin) % unit;
  return offset < 0n ? ticks - offset - unit : ticks - offset;
}

function binNumber(value: Cell, size: Cell, resultType: KustoType): Cell {
  if (value === null || size === null || Number(size) <= 0) return null;
  if (resultType === 'real' || resultType === 'dynamic') {
    const step = Number(size);
    return Math.floor(Number(value) / step) * step;
  }
  if (typeof value === 'number' && typeof size === 'number' && Number.isInteger(size)) {
    return Math.floor(value / size) * size;
  }
  const step = BigInt(Math.floor(Number(size)));
  if (step === 0n) return null;
  return normalizeLong(floorDiv(BigInt(value as number | bigint), step) * step);
}

function ticksStep(size: Cell): bigint | null {
  if (size === null) return null;
  const step = typeof size === 'bigint' ? size : BigInt(Math.trunc(Number(size)));
  return step > 0n ? step : null;
}

/**
 * Floors ticks to a constant step without BigInt arithmetic per row (which dominates on a million rows): the
 * bin is found with doubles and its exact start reused from a cache; values within a few ticks of a bin
 * edge, where a double could land on the wrong side, take the exact path.
 */
function tickFloorer(step: bigint, origin: bigint): (ticks: bigint) => bigint {
  const shift = (((origin % step) + step) % step);
  const stepNumber = Number(step);
  const shiftNumber = Number(shift);
  const starts = new Map<number, bigint>();
  const margin = 8;
  return (ticks) => {
    const offset = Number(ticks) - shiftNumber;
    const bin = Math.floor(offset / stepNumber);
    const remainder = offset - bin * stepNumber;
    if (remainder < margin || remainder > stepNumber - margin) return floorTo(ticks, step, origin);
    let start = starts.get(bin);
    if (start === undefined) {
      start = BigInt(bin) * step + shift;
      starts.set(bin, start);
    }
    return start;
  };
}

const bin: ScalarFunction = ([value, size], site) => {
  if (value!.type === 'datetime' || value!.type === 'timespan') {
    const origin = value!.type === 'datetime' ? MIN_DATETIME_TICKS : 0n;
    if (size!.vector.kind === 'scalar') {
      const step = ticksStep(size!.vector.value);
      if (step === null) return scalarVector(null);
      const floor = tickFloorer(step, origin);
      return map1(value!.vector, site.rowCount, (cell) => (cell === null ? null : floor(cell as bigint)));
    }
    return map2(value!.vector, size!.vector, site.rowCount, (cell, sizeCell) => {
      const step = ticksStep(sizeCell);
      return cell === null || step === null ? null : floorTo(cell as bigint, step, origin);
    });
  }
  return map2(value!.vector, size!.vector, site.rowCount, (cell, sizeCell) => binNumber(cell, sizeCell, site.resultType));
};

/** bin_at(value, size, fixed_point): bins aligned so that fixed_point starts a bin. */
const binAt: ScalarFunction = ([value, size, fixed], site) =>
  mapN([value!.vector, size!.vector, fixed!.vector], site.rowCount, (cells) => {
    const [cell, sizeCell, origin] = cells as [Cell, Cell, Cell];
    if (cell === null || origin === null) return null;
    if (value!.type === 'datetime' || value!.type === 'timespan') {
      const step = ticksStep(sizeCell);
      return step === null ? null : floorTo(cell as bigint, step, origin as bigint);
    }
    if (sizeCell === null || Number(sizeCell) <= 0) return null;
    const shifted = binNumber(Number(cell) - Number(origin), sizeCell, 'real');
    if (shifted === null) return null;
    const result = (shifted as number) + Number(origin);
    return site.resultType === 'real' ? result : normalizeLong(BigInt(Math.round(result)));
  });

const now: ScalarFunction = (args, site) => {
  const offset = args[0]?.vector;
  if (offset === undefined) return scalarVector(site.context.now);
  return map1(offset, site.rowCount, (span) => (span === null ? null : site.context.now + (span as bigint)));
};

const ago: ScalarFunction = ([span], site) =>
  map1(span!.vector, site.rowCount, (value) => (value === null ? null : site.context.now - (value as bigint)));

function addMonths(ticks: bigint, months: number): bigint {
  const parts = datetimeParts(ticks);
  const monthIndex = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return ticksFromParts({ ...parts, year, month, day: Math.min(parts.day, daysInMonth(year, month)) });
}

export function startOfDay(ticks: bigint): bigint {
  return floorTo(ticks, TICKS_PER_DAY, MIN_DATETIME_TICKS);
}

/** Weeks start on Sunday; 1970-01-01 was a Thursday. */
export function startOfWeek(ticks: bigint): bigint {
  const weekday = (((epochDay(ticks) + 4) % 7) + 7) % 7;
  return startOfDay(ticks) - BigInt(weekday) * TICKS_PER_DAY;
}

function startOfMonth(ticks: bigint): bigint {
  const parts = datetimeParts(ticks);
  return ticksFromParts({ year: parts.year, month: parts.month, day: 1, hour: 0, minute: 0, second: 0, fractionTicks: 0 });
}

function startOfYear(ticks: bigint): bigint {
  return ticksFromParts({ year: datetimeParts(ticks).year, month: 1, day: 1, hour: 0, minute: 0, second: 0, fractionTicks: 0 });
}

type Period = 'day' | 'week' | 'month' | 'year';

const PERIOD_START: Record<Period, (ticks: bigint) => bigint> = {
  day: startOfDay,
  week: startOfWeek,
  month: startOfMonth,
  year: startOfYear,
};

function shift(ticks: bigint, period: Period, count: number): bigint {
  switch (period) {
    case 'day':
      return ticks + BigInt(count) * TICKS_PER_DAY;
    case 'week':
      return ticks + BigInt(count) * 7n * TICKS_PER_DAY;
    case 'month':
      return addMonths(ticks, count);
    case 'year':
      return addMonths(ticks, count * 12);
  }
}

function startOf(period: Period): ScalarFunction {
  return (args, site) =>
    mapN(
      args.map((arg) => arg.vector),
      site.rowCount,
      ([value, offset]) => (value === null ? null : PERIOD_START[period](shift(value as bigint, period, Number(offset ?? 0)))),
    );
}

function endOf(period: Period): ScalarFunction {
  return (args, site) =>
    mapN(
      args.map((arg) => arg.vector),
      site.rowCount,
      ([value, offset]) => {
        if (value === null) return null;
        const start = PERIOD_START[period](shift(value as bigint, period, Number(offset ?? 0)));
        return shift(start, period, 1) - 1n;
      },
    );
}

const FIXED_UNITS: Readonly<Record<string, bigint>> = {
  day: TICKS_PER_DAY,
  hour: TICKS_PER_HOUR,
  minute: TICKS_PER_MINUTE,
  second: TICKS_PER_SECOND,
  millisecond: TICKS_PER_MS,
  microsecond: TICKS_PER_MICROSECOND,
};

function partName(operand: Operand): string {
  const value = operand.vector.kind === 'scalar' ? operand.vector.value : null;
  if (typeof value !== 'string') throw new QueryRuntimeError('The period argument must be a constant string.');
  const lower = value.toLowerCase();
  const aliases: Record<string, string> = { years: 'year', months: 'month', weeks: 'week', days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' };
  return aliases[lower] ?? lower;
}

/** Boundaries of the period crossed between the two instants (each instant floored to the period first). */
function datetimeDifference(part: string, later: bigint, earlier: bigint): number | bigint {
  const fixed = FIXED_UNITS[part];
  if (fixed !== undefined) {
    return normalizeLong(floorDiv(later - MIN_DATETIME_TICKS, fixed) - floorDiv(earlier - MIN_DATETIME_TICKS, fixed));
  }
  if (part === 'nanosecond') return normalizeLong((later - earlier) * 100n);
  if (part === 'week') return Number((startOfWeek(later) - startOfWeek(earlier)) / (7n * TICKS_PER_DAY));
  const a = datetimeParts(later);
  const b = datetimeParts(earlier);
  switch (part) {
    case 'year':
      return a.year - b.year;
    case 'quarter':
      return a.year * 4 + Math.floor((a.month - 1) / 3) - (b.year * 4 + Math.floor((b.month - 1) / 3));
    case 'month':
      return a.year * 12 + a.month - (b.year * 12 + b.month);
    default:
      throw new QueryRuntimeError(`datetime_diff(): unknown period '${part}'.`);
  }
}

const datetimeDiff: ScalarFunction = ([part, later, earlier], site) => {
  const name = partName(part!);
  return map2(later!.vector, earlier!.vector, site.rowCount, (a, b) =>
    a === null || b === null ? null : datetimeDifference(name, a as bigint, b as bigint),
  );
};

function addPeriod(part: string, amount: number, ticks: bigint): bigint {
  const fixed = FIXED_UNITS[part];
  if (fixed !== undefined) return ticks + BigInt(amount) * fixed;
  switch (part) {
    case 'nanosecond':
      return ticks + BigInt(Math.trunc(amount / 100));
    case 'week':
      return ticks + BigInt(amount) * 7n * TICKS_PER_DAY;
    case 'month':
      return addMonths(ticks, amount);
    case 'quarter':
      return addMonths(ticks, amount * 3);
    case 'year':
      return addMonths(ticks, amount * 12);
    default:
      throw new QueryRuntimeError(`datetime_add(): unknown period '${part}'.`);
  }
}

const datetimeAdd: ScalarFunction = ([part, amount, value], site) => {
  const name = partName(part!);
  return map2(amount!.vector, value!.vector, site.rowCount, (count, ticks) =>
    count === null || ticks === null ? null : addPeriod(name, Number(count), ticks as bigint),
  );
};

export const DATETIME_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  now,
  ago,
  bin,
  floor: bin,
  bin_at: binAt,
  startofday: startOf('day'),
  startofweek: startOf('week'),
  startofmonth: startOf('month'),
  startofyear: startOf('year'),
  endofday: endOf('day'),
  endofweek: endOf('week'),
  endofmonth: endOf('month'),
  endofyear: endOf('year'),
  datetime_diff: datetimeDiff,
  datetime_add: datetimeAdd,
};
