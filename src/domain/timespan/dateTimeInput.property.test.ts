import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateTimeInput } from './dateTimeInput';
import { formatUtcDateTime, parseUtcDateTime } from './utcDateTime';

const RUNS = { seed: 42, numRuns: 300 };

const instant = fc.record({
  secondMs: fc.integer({ min: Date.parse('1900-01-01T00:00:00Z') / 1000, max: Date.parse('2100-12-31T23:59:59Z') / 1000 }).map((seconds) => seconds * 1000),
  fraction: fc.stringMatching(/^\d{0,7}$/).map((digits) => digits.replace(/0+$/, '')),
});
const offsetMinutes = fc.integer({ min: -14 * 60, max: 14 * 60 });

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

describe('date-time text properties', () => {
  it('format → parse gives back the instant, with every fractional digit', () => {
    fc.assert(
      fc.property(instant, (value) => {
        expect(parseUtcDateTime(formatUtcDateTime(value))).toEqual(value);
      }),
      RUNS,
    );
  });

  it('an instant written as wall-clock time with an offset reads back as the same UTC instant', () => {
    fc.assert(
      fc.property(instant, offsetMinutes, fc.constantFrom('T', ' '), (value, offset, separator) => {
        const wallClock = new Date(value.secondMs + offset * 60_000).toISOString().slice(0, 19).replace('T', separator);
        const text = `${wallClock}${value.fraction ? `.${value.fraction}` : ''}${offsetText(offset)}`;
        expect(parseDateTimeInput(text)).toEqual({ ok: true, value, assumedUtc: false });
      }),
      RUNS,
    );
  });
});
