import { describe, expect, it } from 'vitest';
import { ticksFromIso } from '../../engine/values.ts';
import { intersectWindows, parseIsoDuration, parseTimespan } from './timespan.ts';

const HOUR = 36_000_000_000n;
const DAY = 24n * HOUR;
const iso = (text: string): bigint => ticksFromIso(text)!;
const NOW = iso('2026-11-23T12:00:00Z');

describe('ISO 8601 durations', () => {
  it('reads the forms the SDKs send', () => {
    expect(parseIsoDuration('PT12H')).toBe(12n * HOUR);
    expect(parseIsoDuration('P1D')).toBe(DAY);
    expect(parseIsoDuration('P7D')).toBe(7n * DAY);
    expect(parseIsoDuration('PT30M')).toBe(HOUR / 2n);
    expect(parseIsoDuration('PT5M')).toBe(HOUR / 12n);
    expect(parseIsoDuration('P1DT2H3M4.5S')).toBe(DAY + 2n * HOUR + 3n * 600_000_000n + 45_000_000n);
    expect(parseIsoDuration('P2W')).toBe(14n * DAY);
    expect(parseIsoDuration('pt1h')).toBe(HOUR);
  });

  it('rejects what is not a duration', () => {
    for (const text of ['', 'P', 'PT', 'P1DT', '1D', 'PT-1H', 'P1H', 'last week']) expect(parseIsoDuration(text)).toBeNull();
  });
});

describe('timespan', () => {
  it('makes a duration the window that ends now', () => {
    expect(parseTimespan('PT12H', NOW)).toEqual({ kind: 'ok', window: { start: NOW - 12n * HOUR, end: NOW } });
  });

  it('reads start/end, start/duration and duration/end', () => {
    const start = iso('2021-06-14T00:00:00Z');
    const end = iso('2021-06-21T00:00:00Z');
    expect(parseTimespan('2021-06-14T00:00:00.000Z/2021-06-21T00:00:00.000Z', NOW)).toEqual({ kind: 'ok', window: { start, end } });
    expect(parseTimespan('2021-06-14T00:00:00.0000000Z/P7D', NOW)).toEqual({ kind: 'ok', window: { start, end } });
    expect(parseTimespan('P7D/2021-06-21T00:00:00.000Z', NOW)).toEqual({ kind: 'ok', window: { start, end } });
  });

  it('explains what is wrong with an invalid timespan', () => {
    expect(parseTimespan('yesterday', NOW)).toEqual({ kind: 'invalid', message: "The timespan 'yesterday' is not valid: expected an ISO 8601 duration such as PT12H or P7D, or an interval start/end." });
    expect(parseTimespan('2021-06-21T00:00:00Z/2021-06-14T00:00:00Z', NOW)).toEqual({ kind: 'invalid', message: "The timespan '2021-06-21T00:00:00Z/2021-06-14T00:00:00Z' is not valid: its start is after its end." });
    expect(parseTimespan('P1D/P2D', NOW)).toEqual({ kind: 'invalid', message: "The timespan 'P1D/P2D' is not valid: an interval needs at least one ISO 8601 date-time." });
    expect(parseTimespan('2021-06-14/soon', NOW)).toEqual({ kind: 'invalid', message: "The timespan '2021-06-14/soon' is not valid: 'soon' is neither an ISO 8601 date-time nor a duration." });
    expect(parseTimespan('a/b/c', NOW).kind).toBe('invalid');
  });

  it('intersects two windows, down to an empty one', () => {
    expect(intersectWindows({ start: 0n, end: 10n }, { start: 5n, end: 20n })).toEqual({ start: 5n, end: 10n });
    expect(intersectWindows({ start: 0n, end: 4n }, { start: 5n, end: 20n })).toEqual({ start: 5n, end: 5n });
  });
});
