// The `timespan` of a query request: an ISO 8601 duration ending now, or an interval start/end, start/duration,
// duration/end. The result is the half-open window [start, end) in 100-ns ticks.
import type { TimeWindow } from '../../engine/api.ts';
import { ticksFromIso } from '../../engine/values.ts';

const TICKS_PER_SECOND = 10_000_000n;
const TICKS_PER_DAY = 86_400n * TICKS_PER_SECOND;

// The ticks of each component of P…Y…M…W…DT…H…M…S, in order. Years and months have no fixed length; like .NET's
// XmlConvert (which the service is built on) a year counts as 365 days and a month as 30 (UNCERTAIN for the service).
const COMPONENT_TICKS = [365n * TICKS_PER_DAY, 30n * TICKS_PER_DAY, 7n * TICKS_PER_DAY, TICKS_PER_DAY, 3600n * TICKS_PER_SECOND, 60n * TICKS_PER_SECOND, TICKS_PER_SECOND];

const DURATION = /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;

/** An ISO 8601 duration in ticks, or null when `text` is not one. */
export function parseIsoDuration(text: string): bigint | null {
  const match = DURATION.exec(text.trim());
  if (match === null || /T$/i.test(text.trim())) return null;
  let ticks = 0n;
  let anyComponent = false;
  COMPONENT_TICKS.forEach((unitTicks, index) => {
    const amount = match[index + 1];
    if (amount === undefined) return;
    anyComponent = true;
    ticks += scaled(amount.replace(',', '.'), unitTicks);
  });
  return anyComponent ? ticks : null;
}

/** `amount` (decimal text) times `unitTicks`, exact for the integer part and rounded to a tick for the fraction. */
function scaled(amount: string, unitTicks: bigint): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  const fractionTicks = fraction === '' ? 0n : BigInt(Math.round(Number(`0.${fraction}`) * Number(unitTicks)));
  return BigInt(whole) * unitTicks + fractionTicks;
}

export type TimespanParse = { kind: 'ok'; window: TimeWindow } | { kind: 'invalid'; message: string };

function invalid(text: string, reason: string): TimespanParse {
  return { kind: 'invalid', message: `The timespan '${text}' is not valid: ${reason}` };
}

export function parseTimespan(text: string, now: bigint): TimespanParse {
  const parts = text.trim().split('/');
  if (parts.length === 1) {
    const duration = parseIsoDuration(parts[0]!);
    return duration === null ? invalid(text, 'expected an ISO 8601 duration such as PT12H or P7D, or an interval start/end.') : { kind: 'ok', window: { start: now - duration, end: now } };
  }
  if (parts.length !== 2) return invalid(text, 'an interval has exactly two parts separated by "/".');
  const [first, second] = parts as [string, string];
  const firstInstant = ticksFromIso(first);
  const secondInstant = ticksFromIso(second);
  let window: TimeWindow;
  if (firstInstant !== null && secondInstant !== null) {
    window = { start: firstInstant, end: secondInstant };
  } else if (firstInstant !== null) {
    const duration = parseIsoDuration(second);
    if (duration === null) return invalid(text, `'${second}' is neither an ISO 8601 date-time nor a duration.`);
    window = { start: firstInstant, end: firstInstant + duration };
  } else if (secondInstant !== null) {
    const duration = parseIsoDuration(first);
    if (duration === null) return invalid(text, `'${first}' is neither an ISO 8601 date-time nor a duration.`);
    window = { start: secondInstant - duration, end: secondInstant };
  } else {
    return invalid(text, 'an interval needs at least one ISO 8601 date-time.');
  }
  return window.start > window.end ? invalid(text, 'its start is after its end.') : { kind: 'ok', window };
}

/** The service intersects a timespan given both in the URL and in the body. */
export function intersectWindows(a: TimeWindow, b: TimeWindow): TimeWindow {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return end < start ? { start, end: start } : { start, end };
}
