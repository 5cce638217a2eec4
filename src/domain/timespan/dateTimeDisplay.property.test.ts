// How service datetimes are shown, checked against an oracle that does not share the code's path: in UTC the text is
// the service's own with a space for `T`; in a fixed-offset zone (Etc/GMT±N) it is the instant moved by whole hours;
// the fraction is copied digit for digit in every zone; anything that is not a service datetime is left as it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatWindow } from './dateTimeDisplay';
import { parseUtcDateTime } from './utcDateTime';

const RUNS = { seed: 1601, numRuns: 300 };

// Away from the ends of the calendar, so a shift of up to 14 hours stays within years 1–9999.
const serviceDateTime = fc
  .record({
    ms: fc.integer({ min: Date.parse('0002-01-01T00:00:00Z'), max: Date.parse('9998-12-31T23:59:59Z') }).map((ms) => ms - (ms % 1000)),
    fraction: fc.stringMatching(/^\d{0,7}$/),
  })
  .map(({ ms, fraction }) => ({ ms, fraction, text: `${new Date(ms).toISOString().slice(0, 19)}${fraction ? `.${fraction}` : ''}Z` }));

/** The digits shown after the second: at least milliseconds, every significant digit the service sent. */
const shownFraction = (fraction: string) => fraction.replace(/0+$/, '').padEnd(3, '0');

describe('datetime display properties', () => {
  it('in UTC, the service text with a space for T, the fraction kept and padded to milliseconds', () => {
    fc.assert(
      fc.property(serviceDateTime, fc.constantFrom('UTC', 'Etc/UTC', 'GMT'), ({ text, fraction }, zone) => {
        expect(formatDateTime(text, zone)).toBe(`${text.slice(0, 10)} ${text.slice(11, 19)}.${shownFraction(fraction)}`);
      }),
      RUNS,
    );
  });

  it('in a fixed-offset zone, the same instant moved by the offset, the fraction untouched', () => {
    fc.assert(
      fc.property(serviceDateTime, fc.integer({ min: -12, max: 14 }), ({ ms, text, fraction }, offsetHours) => {
        // IANA's Etc/GMT signs are inverted: Etc/GMT-5 is five hours ahead of UTC.
        const zone = offsetHours === 0 ? 'Etc/GMT' : `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`;
        const shifted = new Date(ms + offsetHours * 3_600_000).toISOString();
        expect(formatDateTime(text, zone)).toBe(`${shifted.slice(0, 10)} ${shifted.slice(11, 19)}.${shownFraction(fraction)}`);
      }),
      RUNS,
    );
  });

  it('text that is not a service datetime is shown as it is, in any zone', () => {
    const notQuite = fc.oneof(
      fc.string(),
      serviceDateTime.chain(({ text }) => fc.constantFrom(text.replace('Z', ''), text.replace('T', ' '), `${text} `, text.replace(/^\d{4}/, '0000'), text.replace(/-\d\d-/, '-13-'))),
    );
    fc.assert(
      fc.property(notQuite, fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata'), (text, zone) => {
        fc.pre(parseUtcDateTime(text) === null);
        expect(formatDateTime(text, zone)).toBe(text);
      }),
      RUNS,
    );
  });

  it('a window shows its start before its end and names the zone, with the end date only when it differs', () => {
    fc.assert(
      fc.property(serviceDateTime, serviceDateTime, fc.constantFrom('UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'), (a, b, zone) => {
        const [start, end] = a.ms <= b.ms ? [a, b] : [b, a];
        const shown = formatWindow({ start: start.text, end: end.text }, zone);
        const [from = '', to = ''] = shown.split(' → ');
        expect(from.startsWith(formatDateTime(start.text, zone).slice(0, 19))).toBe(true);
        const endShown = formatDateTime(end.text, zone);
        const sameDay = formatDateTime(start.text, zone).slice(0, 10) === endShown.slice(0, 10);
        expect(to.startsWith(sameDay ? endShown.slice(11, 19) : endShown.slice(0, 19))).toBe(true);
        expect(to.endsWith(zone === 'UTC' ? ' UTC' : ` ${zone}`)).toBe(true);
      }),
      RUNS,
    );
  });
});
