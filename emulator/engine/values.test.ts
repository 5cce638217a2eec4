import { describe, expect, it } from 'vitest';
import {
  TICKS_PER_DAY,
  TICKS_PER_HOUR,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
  floorDiv,
  formatDatetime,
  formatTimespan,
  ticksFromDate,
  ticksFromIso,
  ticksFromTimespanText,
} from './values.ts';

describe('formatDatetime', () => {
  it('trims trailing zero fraction digits and keeps up to seven', () => {
    expect(formatDatetime(ticksFromIso('2015-12-31T23:59:59.9Z')!)).toBe('2015-12-31T23:59:59.9Z');
    expect(formatDatetime(ticksFromIso('2000-01-02T03:04:05Z')!)).toBe('2000-01-02T03:04:05Z');
    expect(formatDatetime(ticksFromIso('2024-05-14T15:20:49.8019363Z')!)).toBe('2024-05-14T15:20:49.8019363Z');
  });

  it('formats instants before 1970 and the extremes of the range', () => {
    expect(formatDatetime(-1n)).toBe('1969-12-31T23:59:59.9999999Z');
    expect(formatDatetime(ticksFromIso('0001-01-01')!)).toBe('0001-01-01T00:00:00Z');
    expect(formatDatetime(ticksFromIso('9999-12-31T23:59:59.9999999')!)).toBe('9999-12-31T23:59:59.9999999Z');
  });
});

describe('ticksFromIso', () => {
  it('reads dates, optional time parts, space separators and zones', () => {
    expect(ticksFromIso('1970-01-01')).toBe(0n);
    expect(ticksFromIso('1970-01-02 10:37')).toBe(TICKS_PER_DAY + 10n * TICKS_PER_HOUR + 37n * TICKS_PER_MINUTE);
    expect(ticksFromIso('1970-01-01T00:00:01.5')).toBe(15_000_000n);
    expect(ticksFromIso('1970-01-01T01:00:00+01:00')).toBe(0n);
  });

  it('rejects impossible dates and junk', () => {
    expect(ticksFromIso('2023-02-29')).toBeNull();
    expect(ticksFromIso('2024-13-01')).toBeNull();
    expect(ticksFromIso('yesterday')).toBeNull();
    expect(ticksFromIso('2024-01-01T00:00:00.12345678')).toBeNull();
  });

  it('agrees with Date for millisecond instants', () => {
    expect(ticksFromIso('2024-05-14T15:20:49.801Z')).toBe(ticksFromDate(new Date('2024-05-14T15:20:49.801Z')));
  });
});

describe('formatTimespan', () => {
  it('uses the .NET c format', () => {
    expect(formatTimespan(10n * TICKS_PER_SECOND)).toBe('00:00:10');
    expect(formatTimespan(TICKS_PER_DAY + 2n * TICKS_PER_HOUR + 3n * TICKS_PER_MINUTE + 45n * TICKS_PER_SECOND / 10n)).toBe(
      '1.02:03:04.5000000',
    );
    expect(formatTimespan(-5n * TICKS_PER_MINUTE)).toBe('-00:05:00');
    expect(formatTimespan(1n)).toBe('00:00:00.0000001');
  });

  it('round-trips through ticksFromTimespanText', () => {
    for (const text of ['00:00:10', '1.02:03:04.5000000', '-00:05:00', '00:00:00.0000001']) {
      expect(formatTimespan(ticksFromTimespanText(text)!)).toBe(text);
    }
    expect(ticksFromTimespanText('25:00:00')).toBeNull();
  });
});

describe('floorDiv', () => {
  it('rounds toward negative infinity', () => {
    expect(floorDiv(7n, 2n)).toBe(3n);
    expect(floorDiv(-7n, 2n)).toBe(-4n);
    expect(floorDiv(-8n, 2n)).toBe(-4n);
  });
});
