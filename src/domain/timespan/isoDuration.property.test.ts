import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDuration, parseIsoDuration } from './isoDuration';

const RUNS = { seed: 42, numRuns: 500 };
const TEN_YEARS_MS = 10 * 366 * 24 * 3_600_000;

describe('ISO 8601 duration properties', () => {
  it('parse(format(ms)) gives back ms, from 0 to ten years at millisecond precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TEN_YEARS_MS }), (milliseconds) => {
        expect(parseIsoDuration(formatIsoDuration(milliseconds))).toEqual({ ok: true, milliseconds });
      }),
      RUNS,
    );
  });

  it('any well-formed combination of units parses to the sum of its parts, and formats to the canonical form', () => {
    const part = fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined });
    fc.assert(
      fc.property(part, part, part, part, part, fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }), (w, d, h, m, s, ms) => {
        const time = `${h === undefined ? '' : `${h}H`}${m === undefined ? '' : `${m}M`}${s === undefined && ms === undefined ? '' : `${s ?? 0}${ms === undefined ? '' : `.${String(ms).padStart(3, '0')}`}S`}`;
        const text = `P${w === undefined ? '' : `${w}W`}${d === undefined ? '' : `${d}D`}${time === '' ? '' : `T${time}`}`;
        fc.pre(text !== 'P');
        const expected = ((((w ?? 0) * 7 + (d ?? 0)) * 24 + (h ?? 0)) * 60 + (m ?? 0)) * 60_000 + (s ?? 0) * 1_000 + (ms ?? 0);
        expect(parseIsoDuration(text)).toEqual({ ok: true, milliseconds: expected });
        const canonical = formatIsoDuration(expected);
        expect(parseIsoDuration(canonical)).toEqual({ ok: true, milliseconds: expected });
        expect(formatIsoDuration(expected)).toBe(canonical);
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary text, and every refusal explains itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('P', 'T', 'W', 'D', 'H', 'M', 'S', 'Y', '1', '0', '.', ',', '-', ' ', 'x') }), (text) => {
        const result = parseIsoDuration(text);
        if (result.ok) expect(Number.isSafeInteger(result.milliseconds) && result.milliseconds >= 0).toBe(true);
        else expect(result.error.length).toBeGreaterThan(10);
      }),
      RUNS,
    );
  });
});
