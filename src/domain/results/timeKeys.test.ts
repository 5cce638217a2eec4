import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datetimeKey } from './timeKeys';
import type { TimeKey } from './timeKeys';

/** The key as Date.parse alone gives it: whole milliseconds, and the first 7 fractional digits as 100 ns ticks. */
function viaDateParse(text: string): TimeKey | null {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  return { whole: ms, ticks: Number((/\.(\d{1,7})/.exec(text)?.[1] ?? '').padEnd(7, '0')) };
}

const two = (value: number): string => String(value).padStart(2, '0');

/** Every field in or just beyond its range, so invalid dates (Feb 30, 24:00, :60) come up as often as valid ones. */
const fields = fc.record({
  year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1, 4, 100, 400, 1600, 1900, 1970, 2000, 2024, 2100, 9999)),
  month: fc.integer({ min: 0, max: 13 }),
  day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constantFrom(28, 29, 30, 31)),
  hour: fc.integer({ min: 0, max: 25 }),
  minute: fc.integer({ min: 0, max: 60 }),
  second: fc.integer({ min: 0, max: 60 }),
  fraction: fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), maxLength: 9 }),
  dot: fc.boolean(),
});

const serviceLike = fields.map(({ year, month, day, hour, minute, second, fraction, dot }) => {
  const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
  return `${date}T${two(hour)}:${two(minute)}:${two(second)}${dot || fraction ? `.${fraction}` : ''}Z`;
});

/** Service-like text with one character replaced, inserted or removed: other separators, lower case, offsets... */
const edited = fc
  .tuple(serviceLike, fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), fc.constantFrom('t', 'z', ' ', '+', '-', ':', '.', '/', 'x', '0', '9', 'Z', 'T', '\u0660'))
  .map(([text, at, kind, char]) => {
    const index = at % (text.length + 1);
    if (kind === 'insert') return `${text.slice(0, index)}${char}${text.slice(index)}`;
    return `${text.slice(0, index)}${kind === 'replace' ? char : ''}${text.slice(index + 1)}`;
  });

const otherForms = fc.constantFrom(
  '2024-05-14T15:20:49+02:00',
  '2024-05-14T15:20:49.1234567+02:00',
  '2024-05-14',
  '2024-05-14T15:20Z',
  '2024-05-14 15:20:49Z',
  '+002024-05-14T15:20:49Z',
  'Tue, 14 May 2024 15:20:49 GMT',
  '',
  'null',
);

describe('datetimeKey', () => {
  it('gives the key Date.parse gives, for the service form and anything near or unlike it', () => {
    fc.assert(
      fc.property(fc.oneof(serviceLike, edited, otherForms, fc.string()), (text) => {
        expect(datetimeKey(text)).toEqual(viaDateParse(text));
      }),
      { seed: 1970, numRuns: 5_000 },
    );
  });

  it('reads leap days, the calendar edges and every fraction length', () => {
    expect(datetimeKey('2024-02-29T00:00:00Z')).toEqual({ whole: Date.UTC(2024, 1, 29), ticks: 0 });
    expect(datetimeKey('2000-02-29T12:00:00.5Z')).toEqual({ whole: Date.UTC(2000, 1, 29, 12, 0, 0, 500), ticks: 5_000_000 });
    expect(datetimeKey('0001-01-01T00:00:00Z')).toEqual({ whole: Date.parse('0001-01-01T00:00:00Z'), ticks: 0 });
    expect(datetimeKey('9999-12-31T23:59:59.9999999Z')).toEqual({ whole: Date.parse('9999-12-31T23:59:59.999Z'), ticks: 9_999_999 });
    expect(datetimeKey('2024-05-14T15:20:49.8019363Z')).toEqual({ whole: Date.UTC(2024, 4, 14, 15, 20, 49, 801), ticks: 8_019_363 });
    expect(datetimeKey('2024-05-14T15:20:49.0000001Z')).toEqual({ whole: Date.UTC(2024, 4, 14, 15, 20, 49), ticks: 1 });
    expect(datetimeKey('1969-12-31T23:59:59.9Z')).toEqual({ whole: -100, ticks: 9_000_000 });
  });

  it('leaves what Date.parse rolls over or refuses to Date.parse', () => {
    expect(datetimeKey('2023-02-29T00:00:00Z')).toEqual(viaDateParse('2023-02-29T00:00:00Z'));
    expect(datetimeKey('2024-01-01T24:00:00Z')).toEqual(viaDateParse('2024-01-01T24:00:00Z'));
    expect(datetimeKey('2024-01-01T23:59:60Z')).toBeNull();
    expect(datetimeKey('2024-13-01T00:00:00Z')).toBeNull();
    expect(datetimeKey('not a date')).toBeNull();
  });
});
