import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMESPAN, effectiveWindow, toApiTimespan } from './selection';

const NOW = Date.parse('2026-11-23T11:00:00.250Z');

describe('toApiTimespan', () => {
  it.each([
    [{ kind: 'preset', presetId: '30m' } as const, 'PT30M'],
    [{ kind: 'preset', presetId: '24h' } as const, 'P1D'],
    [{ kind: 'preset', presetId: '7d' } as const, 'P7D'],
    [{ kind: 'custom', start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z' } as const, '2026-11-23T10:00:00.000Z/2026-11-23T11:00:00.000Z'],
    [{ kind: 'setInQuery' } as const, null],
  ])('%j → %j', (selection, expected) => {
    expect(toApiTimespan(selection)).toBe(expected);
  });

  it('defaults to the last 24 hours', () => {
    expect(DEFAULT_TIMESPAN).toEqual({ kind: 'preset', presetId: '24h' });
    expect(toApiTimespan(DEFAULT_TIMESPAN)).toBe('P1D');
  });
});

describe('effectiveWindow', () => {
  it('ends a preset at now and starts it one duration earlier', () => {
    expect(effectiveWindow({ kind: 'preset', presetId: '1h' }, NOW)).toEqual({ start: '2026-11-23T10:00:00.250Z', end: '2026-11-23T11:00:00.250Z' });
    expect(effectiveWindow({ kind: 'preset', presetId: '3d' }, NOW)).toEqual({ start: '2026-11-20T11:00:00.250Z', end: '2026-11-23T11:00:00.250Z' });
  });

  it('gives a custom range as it is', () => {
    expect(effectiveWindow({ kind: 'custom', start: '2026-11-23T10:00:00.3171234Z', end: '2026-11-23T11:00:00.000Z' }, NOW)).toEqual({
      start: '2026-11-23T10:00:00.3171234Z',
      end: '2026-11-23T11:00:00.000Z',
    });
  });

  it('has no window for "Set in query"', () => {
    expect(effectiveWindow({ kind: 'setInQuery' }, NOW)).toBeNull();
  });
});
