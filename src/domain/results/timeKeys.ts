// Two-part sort keys for datetime and timespan text. One double cannot hold both the range and the 100 ns ticks
// (ticks since 1970 pass 2^53), so the whole part and the fraction are compared one after the other.

export interface TimeKey {
  readonly whole: number;
  /** The fractional second in 100 ns ticks (0–9,999,999), signed like `whole`. */
  readonly ticks: number;
}

/**
 * Date.parse keeps whole milliseconds (V8 truncates the digits beyond); the 7 fractional digits then order what it
 * cannot tell apart.
 */
export function datetimeKey(text: string): TimeKey | null {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  return { whole: ms, ticks: fractionTicks(/\.(\d{1,7})/.exec(text)?.[1]) };
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
