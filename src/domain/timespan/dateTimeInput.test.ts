import { describe, expect, it } from 'vitest';
import { parseDateTimeInput } from './dateTimeInput';

const utc = (iso: string, fraction = '') => ({ secondMs: Date.parse(iso), fraction });

describe('parseDateTimeInput', () => {
  it.each([
    ['2026-11-23T10:00:00Z', utc('2026-11-23T10:00:00Z'), false],
    ['2026-11-23t10:00:00z', utc('2026-11-23T10:00:00Z'), false],
    ['2026-11-23T10:00:00+01:00', utc('2026-11-23T09:00:00Z'), false],
    ['2026-11-23T10:00:00+0130', utc('2026-11-23T08:30:00Z'), false],
    ['2026-11-23T10:00-08', utc('2026-11-23T18:00:00Z'), false],
    ['2026-11-23T00:30:00+05:30', utc('2026-11-22T19:00:00Z'), false],
    ['2026-11-23T10:00:00', utc('2026-11-23T10:00:00Z'), true],
    ['2026-11-23 10:00', utc('2026-11-23T10:00:00Z'), true],
    ['2026-11-23', utc('2026-11-23T00:00:00Z'), true],
    ['  2026-11-23 10:00:00.3171234 ', utc('2026-11-23T10:00:00Z', '3171234'), true],
    ['2026-11-23T10:00:00,5Z', utc('2026-11-23T10:00:00Z', '5'), false],
    ['2026-11-23T10:00:00.500Z', utc('2026-11-23T10:00:00Z', '5'), false],
    ['2024-02-29T12:00:00Z', utc('2024-02-29T12:00:00Z'), false],
  ])('%j', (text, value, assumedUtc) => {
    expect(parseDateTimeInput(text)).toEqual({ ok: true, value, assumedUtc });
  });

  it.each([
    ['', 'Enter a date and time, e.g. 2026-11-23T10:00:00Z or 2026-11-23 10:00+01:00.'],
    ['yesterday', '"yesterday" is not an ISO 8601 date-time: use e.g. 2026-11-23T10:00:00Z or 2026-11-23 10:00+01:00.'],
    ['23/11/2026 10:00', '"23/11/2026 10:00" is not an ISO 8601 date-time: use e.g. 2026-11-23T10:00:00Z or 2026-11-23 10:00+01:00.'],
    ['2026-11-23Z', '"2026-11-23Z" is not an ISO 8601 date-time: use e.g. 2026-11-23T10:00:00Z or 2026-11-23 10:00+01:00.'],
    ['2026-11-23T10:00:00.12345678Z', 'At most 7 fractional digits: the service stores time to 100 ns.'],
    ['2026-13-01', 'Month 13 does not exist.'],
    ['2026-00-01', 'Month 00 does not exist.'],
    ['2026-02-29', '2026-02-29 is not a calendar date.'],
    ['2026-04-31T00:00Z', '2026-04-31 is not a calendar date.'],
    ['2026-11-23T24:00Z', 'Hour 24 is out of range (00–23).'],
    ['2026-11-23T10:60Z', 'Minute 60 is out of range (00–59).'],
    ['2026-11-23T10:00:60Z', 'Second 60 is out of range (00–59).'],
    ['2026-11-23T10:00+15:00', 'Offset +15:00 is out of range (-14:00 to +14:00).'],
    ['2026-11-23T10:00+01:75', 'Offset +01:75 is out of range (-14:00 to +14:00).'],
    ['0001-01-01T00:30+01:00', '0001-01-01T00:30+01:00 is outside the dates the service stores (0001-01-01 to 9999-12-31 UTC).'],
    ['9999-12-31T23:30-01:00', '9999-12-31T23:30-01:00 is outside the dates the service stores (0001-01-01 to 9999-12-31 UTC).'],
  ])('%j is refused: %s', (text, error) => {
    expect(parseDateTimeInput(text)).toEqual({ ok: false, error });
  });
});
