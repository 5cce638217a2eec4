import { describe, expect, it } from 'vitest';
import { formatIsoDuration, parseIsoDuration } from './isoDuration';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('parseIsoDuration', () => {
  it.each([
    ['PT30M', 30 * MINUTE],
    ['PT90M', 90 * MINUTE],
    ['PT1H', HOUR],
    ['PT24H', DAY],
    ['P1D', DAY],
    ['P1DT2H', DAY + 2 * HOUR],
    ['P2W', 14 * DAY],
    ['P1W2DT3H4M5S', 9 * DAY + 3 * HOUR + 4 * MINUTE + 5_000],
    ['PT0.5S', 500],
    ['PT1,25S', 1_250],
    ['PT0S', 0],
    ['  pt15m ', 15 * MINUTE],
  ])('%j → %i ms', (text, milliseconds) => {
    expect(parseIsoDuration(text)).toEqual({ ok: true, milliseconds });
  });

  it.each([
    ['', 'Enter a duration, e.g. PT30M, PT1H, P1D, P1DT12H or P2W.'],
    ['-PT1H', 'A duration cannot be negative.'],
    ['1h', '"1h" is not an ISO 8601 duration: it starts with P, e.g. PT30M, PT1H, P1D, P1DT12H or P2W.'],
    ['P', 'Add at least one number and unit after P, e.g. PT1H.'],
    ['PT', 'Add hours, minutes or seconds after T, e.g. P1DT12H.'],
    ['P1DT', 'Add hours, minutes or seconds after T, e.g. P1DT12H.'],
    ['P1M', 'Months and years have no fixed length: use days, e.g. P30D.'],
    ['P1Y', 'Months and years have no fixed length: use days, e.g. P30D.'],
    ['P1H', 'Hours, minutes and seconds come after T, e.g. PT1H or P1DT12H.'],
    ['PT1D', 'Days and weeks come before T, e.g. P1DT2H.'],
    ['PT1M1H', 'Each unit may appear once, in the order W, D, then T, H, M, S.'],
    ['P1D1D', 'Each unit may appear once, in the order W, D, then T, H, M, S.'],
    ['PT1HT1M', 'T may appear only once.'],
    ['PT1.5H', 'Only seconds can have a fraction: write PT1H30M, not PT1.5H.'],
    ['PT0.0001S', 'Durations go down to milliseconds: at most 3 digits after the decimal point.'],
    ['PT5', '"PT5" is not an ISO 8601 duration: each number needs a unit, e.g. PT30M, PT1H, P1D, P1DT12H or P2W.'],
    ['P5T1H', '"P5T1H" is not an ISO 8601 duration: each number needs a unit, e.g. PT30M, PT1H, P1D, P1DT12H or P2W.'],
    ['PT1X', '"X" is not a duration unit: use W, D, H, M or S, e.g. PT30M, PT1H, P1D, P1DT12H or P2W.'],
    ['P9999999999999999D', 'That duration is too long.'],
    ['P999999999999D', 'That duration is too long.'],
  ])('%j is refused: %s', (text, error) => {
    expect(parseIsoDuration(text)).toEqual({ ok: false, error });
  });
});

describe('formatIsoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [500, 'PT0.5S'],
    [1_250, 'PT1.25S'],
    [1_005, 'PT1.005S'],
    [30 * MINUTE, 'PT30M'],
    [90 * MINUTE, 'PT1H30M'],
    [DAY, 'P1D'],
    [14 * DAY, 'P14D'],
    [DAY + 2 * HOUR + 5_000, 'P1DT2H5S'],
    [DAY + 1, 'P1DT0.001S'],
  ])('%i ms → %s', (milliseconds, text) => {
    expect(formatIsoDuration(milliseconds)).toBe(text);
  });

  it('refuses negative, fractional and unsafe values', () => {
    expect(() => formatIsoDuration(-1)).toThrow(RangeError);
    expect(() => formatIsoDuration(1.5)).toThrow(RangeError);
    expect(() => formatIsoDuration(2 ** 53)).toThrow(RangeError);
  });
});
