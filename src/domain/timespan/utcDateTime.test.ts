import { describe, expect, it } from 'vitest';
import { compareUtcDateTimes, epochMsOfFields, formatUtcDateTime, parseUtcDateTime, utcDateTimeFromEpochMs, utcFieldsOf } from './utcDateTime';

const at = (iso: string): number => Date.parse(iso);

describe('parseUtcDateTime', () => {
  it.each([
    ['2021-06-02T00:18:13.3171234Z', { secondMs: at('2021-06-02T00:18:13Z'), fraction: '3171234' }],
    ['2015-12-31T23:59:59.9Z', { secondMs: at('2015-12-31T23:59:59Z'), fraction: '9' }],
    ['2000-01-02T03:04:05Z', { secondMs: at('2000-01-02T03:04:05Z'), fraction: '' }],
    ['2000-01-02T03:04:05.1200000Z', { secondMs: at('2000-01-02T03:04:05Z'), fraction: '12' }],
    ['0001-01-01T00:00:00Z', { secondMs: -62135596800000, fraction: '' }],
    ['2024-02-29T00:00:00Z', { secondMs: at('2024-02-29T00:00:00Z'), fraction: '' }],
  ])('%s', (text, expected) => {
    expect(parseUtcDateTime(text)).toEqual(expected);
  });

  it.each([
    ['2021-06-02T00:18:13.31712345Z'],
    ['2021-06-02T00:18:13'],
    ['2021-06-02 00:18:13Z'],
    ['2021-02-29T00:00:00Z'],
    ['2021-13-01T00:00:00Z'],
    ['2021-01-01T24:00:00Z'],
    ['0000-01-01T00:00:00Z'],
    ['not a date'],
    [''],
  ])('%j is not a service datetime', (text) => {
    expect(parseUtcDateTime(text)).toBeNull();
  });
});

describe('formatUtcDateTime', () => {
  it.each([
    [{ secondMs: at('2021-06-14T00:00:00Z'), fraction: '' }, '2021-06-14T00:00:00.000Z'],
    [{ secondMs: at('2021-06-14T00:00:00Z'), fraction: '5' }, '2021-06-14T00:00:00.500Z'],
    [{ secondMs: at('2021-06-02T00:18:13Z'), fraction: '3171234' }, '2021-06-02T00:18:13.3171234Z'],
    [{ secondMs: -62135596800000, fraction: '' }, '0001-01-01T00:00:00.000Z'],
  ])('%j → %s', (instant, text) => {
    expect(formatUtcDateTime(instant)).toBe(text);
  });
});

describe('utcDateTimeFromEpochMs', () => {
  it('splits milliseconds into the whole second and the fraction digits, also before 1970', () => {
    expect(utcDateTimeFromEpochMs(1_500)).toEqual({ secondMs: 1_000, fraction: '5' });
    expect(utcDateTimeFromEpochMs(1_005)).toEqual({ secondMs: 1_000, fraction: '005' });
    expect(utcDateTimeFromEpochMs(-1)).toEqual({ secondMs: -1_000, fraction: '999' });
    expect(utcDateTimeFromEpochMs(2_000)).toEqual({ secondMs: 2_000, fraction: '' });
  });
});

describe('compareUtcDateTimes', () => {
  it('orders by second, then by the fraction to 100 ns whatever the digit count', () => {
    expect(compareUtcDateTimes({ secondMs: 0, fraction: '1234' }, { secondMs: 0, fraction: '123' })).toBeGreaterThan(0);
    expect(compareUtcDateTimes({ secondMs: 0, fraction: '1' }, { secondMs: 0, fraction: '0999999' })).toBeGreaterThan(0);
    expect(compareUtcDateTimes({ secondMs: 0, fraction: '' }, { secondMs: 0, fraction: '0000001' })).toBeLessThan(0);
    expect(compareUtcDateTimes({ secondMs: 1_000, fraction: '' }, { secondMs: 0, fraction: '9999999' })).toBeGreaterThan(0);
    expect(compareUtcDateTimes({ secondMs: 0, fraction: '5' }, { secondMs: 0, fraction: '5' })).toBe(0);
  });
});

describe('calendar fields', () => {
  it('maps fields to epoch milliseconds without moving years below 100', () => {
    expect(epochMsOfFields({ year: 2026, month: 11, day: 23, hour: 10, minute: 0, second: 0 })).toBe(at('2026-11-23T10:00:00Z'));
    expect(new Date(epochMsOfFields({ year: 50, month: 1, day: 1, hour: 0, minute: 0, second: 0 })).toISOString()).toBe('0050-01-01T00:00:00.000Z');
  });

  it('reads the UTC fields of an instant', () => {
    expect(utcFieldsOf({ secondMs: at('2026-11-23T10:05:07Z'), fraction: '9' })).toEqual({ year: 2026, month: 11, day: 23, hour: 10, minute: 5, second: 7 });
  });
});
