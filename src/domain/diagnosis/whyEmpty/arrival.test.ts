import { describe, expect, it } from 'vitest';
import { NOW } from '../testing/fixtures';
import { presetReaching } from './arrival';

const HOUR = 3_600_000;

describe('presetReaching', () => {
  it('keeps room for the time until the analyst runs again: 47.5 hours back needs more than 48 hours', () => {
    expect(presetReaching(NOW - 47.5 * HOUR, NOW)?.id).toBe('3d');
    expect(presetReaching(NOW - 40 * HOUR, NOW)?.id).toBe('48h');
  });

  it('keeps at least five minutes in hand for recent data', () => {
    expect(presetReaching(NOW - 25 * 60_000, NOW)?.id).toBe('30m');
    expect(presetReaching(NOW - 26 * 60_000, NOW)?.id).toBe('1h');
  });

  it('gives null past the widest preset', () => {
    expect(presetReaching(NOW - 27 * 24 * HOUR, NOW)?.id).toBe('30d');
    expect(presetReaching(NOW - 28 * 24 * HOUR, NOW)).toBeNull();
  });
});
