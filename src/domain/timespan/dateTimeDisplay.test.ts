import { describe, expect, it } from 'vitest';
import { dateTimeColumnHeader, formatDateTime, formatWindow, isSupportedTimeZone, timeZoneLabel } from './dateTimeDisplay';

describe('formatDateTime', () => {
  it.each([
    ['2021-06-02T00:18:13.3171234Z', 'UTC', '2021-06-02 00:18:13.3171234'],
    ['2015-12-31T23:59:59.9Z', 'UTC', '2015-12-31 23:59:59.900'],
    ['2000-01-02T03:04:05Z', 'UTC', '2000-01-02 03:04:05.000'],
    ['2000-01-02T03:04:05Z', 'Etc/UTC', '2000-01-02 03:04:05.000'],
    ['2021-06-02T00:18:13.3171234Z', 'Europe/Berlin', '2021-06-02 02:18:13.3171234'],
    ['2021-01-02T00:18:13.1Z', 'Europe/Berlin', '2021-01-02 01:18:13.100'],
    ['2021-06-02T00:18:13.9999999Z', 'America/Los_Angeles', '2021-06-01 17:18:13.9999999'],
    ['2021-06-02T00:18:13Z', 'Asia/Kolkata', '2021-06-02 05:48:13.000'],
    ['2015-12-31T23:59:59.9999999Z', 'Asia/Tokyo', '2016-01-01 08:59:59.9999999'],
    ['2021-03-28T01:00:00Z', 'Europe/London', '2021-03-28 02:00:00.000'],
    ['2021-03-28T00:59:59.5Z', 'Europe/London', '2021-03-28 00:59:59.500'],
  ])('%s in %s → %s', (value, timeZone, expected) => {
    expect(formatDateTime(value, timeZone)).toBe(expected);
  });

  it('returns text that is not a service datetime unchanged', () => {
    expect(formatDateTime('not a date', 'UTC')).toBe('not a date');
    expect(formatDateTime('2021-06-02 00:18:13', 'Europe/Berlin')).toBe('2021-06-02 00:18:13');
  });
});

describe('formatWindow', () => {
  it('shows the end date only when it differs, and fractions only when present', () => {
    expect(formatWindow({ start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z' }, 'UTC')).toBe('2026-11-23 10:00:00 → 11:00:00 UTC');
    expect(formatWindow({ start: '2026-11-22T11:00:00.000Z', end: '2026-11-23T11:00:00.000Z' }, 'UTC')).toBe('2026-11-22 11:00:00 → 2026-11-23 11:00:00 UTC');
    expect(formatWindow({ start: '2026-11-23T10:00:00.250Z', end: '2026-11-23T11:00:00.3171234Z' }, 'UTC')).toBe('2026-11-23 10:00:00.25 → 11:00:00.3171234 UTC');
  });

  it('shows the window in another zone, where the date may change', () => {
    expect(formatWindow({ start: '2026-11-23T22:00:00.000Z', end: '2026-11-23T23:30:00.000Z' }, 'Europe/Berlin')).toBe(
      '2026-11-23 23:00:00 → 2026-11-24 00:30:00 Europe/Berlin',
    );
  });

  it('falls back to the raw text for values it cannot read', () => {
    expect(formatWindow({ start: 'x', end: '2026-11-23T23:30:00.000Z' }, 'UTC')).toBe('x → 2026-11-23T23:30:00.000Z');
  });
});

describe('zone names', () => {
  it('labels UTC by any of its names and other zones by their IANA name', () => {
    expect(timeZoneLabel('UTC')).toBe('UTC');
    expect(timeZoneLabel('Etc/UTC')).toBe('UTC');
    expect(timeZoneLabel('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('builds column headers with the zone', () => {
    expect(dateTimeColumnHeader('TimeGenerated', 'UTC')).toBe('TimeGenerated (UTC)');
    expect(dateTimeColumnHeader('timestamp', 'America/New_York')).toBe('timestamp (America/New_York)');
  });

  it('knows which zones the runtime supports', () => {
    expect(isSupportedTimeZone('Europe/Berlin')).toBe(true);
    expect(isSupportedTimeZone('UTC')).toBe(true);
    expect(isSupportedTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
