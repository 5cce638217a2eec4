import { describe, expect, it } from 'vitest';
import { parseTimespanSelection } from './parseSelection';

describe('parseTimespanSelection', () => {
  it('keeps a known preset, a valid custom range and "set in query"', () => {
    expect(parseTimespanSelection({ kind: 'preset', presetId: '7d' })).toEqual({ kind: 'preset', presetId: '7d' });
    expect(parseTimespanSelection({ kind: 'custom', start: '2026-01-01T00:00:00Z', end: '2026-01-02T00:00:00.5Z' })).toEqual({
      kind: 'custom',
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-01-02T00:00:00.500Z',
    });
    expect(parseTimespanSelection({ kind: 'setInQuery', extra: 1 })).toEqual({ kind: 'setInQuery' });
  });

  it('refuses unknown presets, reversed or unreadable ranges and anything not an object', () => {
    for (const value of [
      null,
      'P1D',
      42,
      [],
      { kind: 'preset', presetId: '5y' },
      { kind: 'preset' },
      { kind: 'custom', start: '2026-01-02T00:00:00Z', end: '2026-01-01T00:00:00Z' },
      { kind: 'custom', start: 'yesterday', end: '2026-01-01T00:00:00Z' },
      { kind: 'custom', start: '2026-02-30T00:00:00Z', end: '2026-03-01T00:00:00Z' },
      { kind: 'relative' },
    ]) {
      expect(parseTimespanSelection(value)).toBeNull();
    }
  });
});
