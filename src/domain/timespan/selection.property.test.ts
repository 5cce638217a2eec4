// Properties of the timespan as it travels: typed into the custom-range form, sent to the API, shown as a window,
// written into a share link or storage and read back (selectionText.ts). Whatever is accepted in one place is
// accepted, unchanged, in the next; what is refused is refused with a reason, never with a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCustomRange } from './customRange';
import { parseIsoDuration } from './isoDuration';
import { TIMESPAN_PRESETS } from './presets';
import { effectiveWindow, toApiTimespan, type TimespanSelection } from './selection';
import { timespanFromText, timespanToText, validTimespan } from './selectionText';
import { compareUtcDateTimes, formatUtcDateTime, parseUtcDateTime } from './utcDateTime';

const RUNS = { seed: 8601, numRuns: 300 };
const NOW_MS = Date.parse('2026-11-23T12:00:00Z');

const two = (value: number) => String(value).padStart(2, '0');

/** Date-time text as an analyst types it: `T` or space, optional seconds and fraction, an optional zone. */
const typedDateTime = fc
  .record({
    ms: fc.integer({ min: Date.parse('0001-01-01T00:00:00Z'), max: NOW_MS }),
    separator: fc.constantFrom('T', ' '),
    seconds: fc.boolean(),
    fraction: fc.stringMatching(/^\d{1,7}$/),
    withFraction: fc.boolean(),
    zone: fc.oneof(
      fc.constantFrom('', 'Z', 'z'),
      fc.integer({ min: -14 * 60, max: 14 * 60 }).map((minutes) => {
        const sign = minutes < 0 ? '-' : '+';
        const absolute = Math.abs(minutes);
        return `${sign}${two(Math.floor(absolute / 60))}:${two(absolute % 60)}`;
      }),
    ),
  })
  .map(({ ms, separator, seconds, fraction, withFraction, zone }) => {
    const iso = new Date(ms).toISOString();
    const time = `${iso.slice(11, 16)}${seconds ? `:${iso.slice(17, 19)}${withFraction ? `.${fraction}` : ''}` : ''}`;
    return `${iso.slice(0, 10)}${separator}${time}${zone}`;
  });

const presetSelection = fc.constantFrom(...TIMESPAN_PRESETS.map((preset): TimespanSelection => ({ kind: 'preset', presetId: preset.id })));

/** Custom ranges as the form produces them. */
const customSelection = fc
  .tuple(typedDateTime, typedDateTime)
  .map(([a, b]) => parseCustomRange(a, b, NOW_MS))
  .filter((result) => result.ok)
  .map((result) => (result.ok ? result.selection : null) as TimespanSelection);

const anySelection = fc.oneof(presetSelection, customSelection, fc.constant<TimespanSelection>({ kind: 'setInQuery' }));

describe('timespan properties', () => {
  it('a custom range the form accepts has service datetimes for ends, start before end, in the order typed', () => {
    fc.assert(
      fc.property(typedDateTime, typedDateTime, (startText, endText) => {
        const result = parseCustomRange(startText, endText, NOW_MS);
        if (!result.ok) {
          expect(Object.values(result.errors).every((error) => typeof error === 'string' && error.length > 10)).toBe(true);
          return;
        }
        const start = parseUtcDateTime(result.selection.start);
        const end = parseUtcDateTime(result.selection.end);
        expect(start, result.selection.start).not.toBeNull();
        expect(end, result.selection.end).not.toBeNull();
        if (start && end) expect(compareUtcDateTimes(start, end)).toBeLessThan(0);
        // The same two texts the other way round are refused as a range, not accepted reversed.
        expect(parseCustomRange(endText, startText, NOW_MS)).toEqual({ ok: false, errors: { range: 'Start must be before end.' } });
      }),
      RUNS,
    );
  });

  it('every selection survives the share-link text and the storage check unchanged', () => {
    fc.assert(
      fc.property(anySelection, (selection) => {
        expect(timespanFromText(timespanToText(selection))).toEqual(selection);
        expect(validTimespan(JSON.parse(JSON.stringify(selection)))).toEqual(selection);
      }),
      RUNS,
    );
  });

  it('the API timespan and the shown window say the same as the selection', () => {
    fc.assert(
      fc.property(anySelection, fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: NOW_MS }), (selection, nowMs) => {
        const sent = toApiTimespan(selection);
        const window = effectiveWindow(selection, nowMs);
        if (selection.kind === 'setInQuery') {
          expect([sent, window]).toEqual([null, null]);
          return;
        }
        if (selection.kind === 'custom') {
          expect(sent).toBe(`${selection.start}/${selection.end}`);
          expect(window).toEqual({ start: selection.start, end: selection.end });
          return;
        }
        const preset = TIMESPAN_PRESETS.find((candidate) => candidate.id === selection.presetId);
        const duration = parseIsoDuration(sent ?? '');
        expect(duration).toEqual({ ok: true, milliseconds: preset?.durationMs });
        const start = parseUtcDateTime(window?.start ?? '');
        const end = parseUtcDateTime(window?.end ?? '');
        expect(window?.end).toBe(formatUtcDateTime({ secondMs: nowMs - (nowMs % 1000), fraction: String(nowMs % 1000).padStart(3, '0').replace(/0+$/, '') }));
        expect(start && end ? end.secondMs - start.secondMs : null).toBe(preset?.durationMs);
      }),
      RUNS,
    );
  });

  it('untrusted text and values are read as a valid selection or refused, never thrown on', () => {
    const piece = fc.oneof(
      fc.constantFrom('none', '24h', '7d', '/', 'T', 'Z', '2026-11-23', 'T10:00:00', '.1234567', '+01:00', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.9999999Z', '2026-02-29T00:00:00Z'),
      fc.string({ maxLength: 4 }),
    );
    const text = fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join(''));
    const value = fc.oneof(fc.jsonValue(), fc.record({ kind: fc.constantFrom('preset', 'custom', 'setInQuery', 'other'), presetId: text, start: text, end: text }, { requiredKeys: ['kind'] }));
    fc.assert(
      fc.property(text, value, (untrustedText, untrustedValue) => {
        for (const read of [timespanFromText(untrustedText), validTimespan(untrustedValue)]) {
          if (read === null) continue;
          expect(timespanFromText(timespanToText(read))).toEqual(read);
          if (read.kind === 'custom') {
            const [start, end] = [parseUtcDateTime(read.start), parseUtcDateTime(read.end)];
            expect(start && end && compareUtcDateTimes(start, end) < 0).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
