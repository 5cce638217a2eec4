// ISO 8601 durations, the form the Log Analytics `timespan` takes for "the last ...": PT30M, PT1H, P1D, P1DT12H.
// Only units of fixed length are accepted: weeks, days, hours, minutes and seconds. Months and years are refused
// because their length depends on the calendar. A day is 24 hours, as the service counts it. Precision is the
// millisecond, and only seconds may carry a fraction. Weeks are accepted on input (P2W) but written as days (P14D).

export type DurationParseResult = { ok: true; milliseconds: number } | { ok: false; error: string };

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const DATE_UNITS: Record<string, number> = { W: WEEK, D: DAY };
const TIME_UNITS: Record<string, number> = { H: HOUR, M: MINUTE, S: SECOND };
const EXAMPLES = 'e.g. PT30M, PT1H, P1D, P1DT12H or P2W';

export function parseIsoDuration(input: string): DurationParseResult {
  const fail = (error: string): DurationParseResult => ({ ok: false, error });
  const text = input.trim().toUpperCase();
  if (text === '') return fail(`Enter a duration, ${EXAMPLES}.`);
  if (text.startsWith('-')) return fail('A duration cannot be negative.');
  if (!text.startsWith('P')) return fail(`"${input.trim()}" is not an ISO 8601 duration: it starts with P, ${EXAMPLES}.`);

  const parts = text.slice(1).match(/\d+(?:[.,]\d+)?[A-SU-Z]|T|./g) ?? [];
  if (parts.length === 0) return fail('Add at least one number and unit after P, e.g. PT1H.');

  let milliseconds = 0;
  let inTimePart = false;
  let lastUnitOrder = -1;
  for (const [index, part] of parts.entries()) {
    if (part === 'T') {
      if (inTimePart) return fail('T may appear only once.');
      if (index === parts.length - 1) return fail('Add hours, minutes or seconds after T, e.g. P1DT12H.');
      inTimePart = true;
      continue;
    }
    const match = /^(\d+)(?:[.,](\d+))?([A-Z])$/.exec(part);
    if (match === null) return fail(`"${input.trim()}" is not an ISO 8601 duration: each number needs a unit, ${EXAMPLES}.`);
    const [, whole = '', fraction, unit = ''] = match;

    if (unit === 'Y' || (unit === 'M' && !inTimePart)) return fail('Months and years have no fixed length: use days, e.g. P30D.');
    const unitMs = (inTimePart ? TIME_UNITS : DATE_UNITS)[unit];
    if (unitMs === undefined && inTimePart && unit in DATE_UNITS) return fail('Days and weeks come before T, e.g. P1DT2H.');
    if (unitMs === undefined && !inTimePart && unit in TIME_UNITS) return fail('Hours, minutes and seconds come after T, e.g. PT1H or P1DT12H.');
    if (unitMs === undefined) return fail(`"${unit}" is not a duration unit: use W, D, H, M or S, ${EXAMPLES}.`);

    const order = (inTimePart ? 2 : 0) + Object.keys(inTimePart ? TIME_UNITS : DATE_UNITS).indexOf(unit);
    if (order <= lastUnitOrder) return fail('Each unit may appear once, in the order W, D, then T, H, M, S.');
    lastUnitOrder = order;

    if (fraction !== undefined && unit !== 'S') return fail('Only seconds can have a fraction: write PT1H30M, not PT1.5H.');
    if (fraction !== undefined && fraction.length > 3) return fail('Durations go down to milliseconds: at most 3 digits after the decimal point.');
    if (whole.length > 15) return fail('That duration is too long.');
    milliseconds += Number(whole) * unitMs + Number((fraction ?? '').padEnd(3, '0'));
  }
  if (!Number.isSafeInteger(milliseconds)) return fail('That duration is too long.');
  return { ok: true, milliseconds };
}

/** The canonical ISO 8601 form of a non-negative whole number of milliseconds: days, then T, hours, minutes, seconds. */
export function formatIsoDuration(milliseconds: number): string {
  if (!Number.isSafeInteger(milliseconds) || milliseconds < 0) {
    throw new RangeError(`A duration is a non-negative whole number of milliseconds, got ${milliseconds}.`);
  }
  if (milliseconds === 0) return 'PT0S';
  const days = Math.floor(milliseconds / DAY);
  const hours = Math.floor((milliseconds % DAY) / HOUR);
  const minutes = Math.floor((milliseconds % HOUR) / MINUTE);
  const seconds = Math.floor((milliseconds % MINUTE) / SECOND);
  const millis = milliseconds % SECOND;

  const secondsText = millis === 0 ? `${seconds}` : `${seconds}.${String(millis).padStart(3, '0').replace(/0+$/, '')}`;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || millis ? `${secondsText}S` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}
