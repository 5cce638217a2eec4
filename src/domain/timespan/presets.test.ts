import { describe, expect, it } from 'vitest';
import { formatIsoDuration, parseIsoDuration } from './isoDuration';
import { DEFAULT_PRESET_ID, TIMESPAN_PRESETS, isPresetId, presetById } from './presets';

describe('timespan presets', () => {
  it('lists the portal presets in order, with their durations', () => {
    expect(TIMESPAN_PRESETS.map((preset) => [preset.id, preset.label, preset.isoDuration])).toEqual([
      ['30m', 'Last 30 minutes', 'PT30M'],
      ['1h', 'Last hour', 'PT1H'],
      ['4h', 'Last 4 hours', 'PT4H'],
      ['12h', 'Last 12 hours', 'PT12H'],
      ['24h', 'Last 24 hours', 'P1D'],
      ['48h', 'Last 48 hours', 'P2D'],
      ['3d', 'Last 3 days', 'P3D'],
      ['7d', 'Last 7 days', 'P7D'],
      ['14d', 'Last 14 days', 'P14D'],
      ['30d', 'Last 30 days', 'P30D'],
    ]);
  });

  it.each(TIMESPAN_PRESETS.map((preset) => [preset.id, preset] as const))('%s: the ISO duration and the milliseconds agree', (_id, preset) => {
    expect(parseIsoDuration(preset.isoDuration)).toEqual({ ok: true, milliseconds: preset.durationMs });
    expect(formatIsoDuration(preset.durationMs)).toBe(preset.isoDuration);
  });

  it('defaults to the last 24 hours', () => {
    expect(presetById(DEFAULT_PRESET_ID).label).toBe('Last 24 hours');
  });

  it('recognises preset ids from storage or links', () => {
    expect(isPresetId('7d')).toBe(true);
    expect(isPresetId('P7D')).toBe(false);
    expect(isPresetId('')).toBe(false);
  });
});
