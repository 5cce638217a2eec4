import { describe, expect, it } from 'vitest';
import { parseCustomRange } from './customRange';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('parseCustomRange', () => {
  it('gives a custom selection in canonical UTC text, converting offsets', () => {
    expect(parseCustomRange('2026-11-23T10:00:00Z', '2026-11-23T12:00:00+01:00', NOW)).toEqual({
      ok: true,
      selection: { kind: 'custom', start: '2026-11-23T10:00:00.000Z', end: '2026-11-23T11:00:00.000Z' },
      notes: [],
    });
  });

  it('keeps 100-ns digits', () => {
    expect(parseCustomRange('2026-11-23T10:00:00.3171234Z', '2026-11-23T10:00:00.3171235Z', NOW)).toEqual({
      ok: true,
      selection: { kind: 'custom', start: '2026-11-23T10:00:00.3171234Z', end: '2026-11-23T10:00:00.3171235Z' },
      notes: [],
    });
  });

  it('says when a missing zone was read as UTC', () => {
    expect(parseCustomRange('2026-11-23 10:00', '2026-11-23T11:00Z', NOW)).toMatchObject({ ok: true, notes: ['No time zone given for start: read as UTC.'] });
    expect(parseCustomRange('2026-11-23T10:00Z', '2026-11-23 11:00', NOW)).toMatchObject({ ok: true, notes: ['No time zone given for end: read as UTC.'] });
    expect(parseCustomRange('2026-11-22', '2026-11-23', NOW)).toEqual({
      ok: true,
      selection: { kind: 'custom', start: '2026-11-22T00:00:00.000Z', end: '2026-11-23T00:00:00.000Z' },
      notes: ['No time zone given for start and end: read as UTC.'],
    });
  });

  it('refuses a start that is not before the end, to 100 ns', () => {
    expect(parseCustomRange('2026-11-23T11:00Z', '2026-11-23T10:00Z', NOW)).toEqual({ ok: false, errors: { range: 'Start must be before end.' } });
    expect(parseCustomRange('2026-11-23T11:00Z', '2026-11-23T12:00+01:00', NOW)).toEqual({ ok: false, errors: { range: 'Start must be before end.' } });
    expect(parseCustomRange('2026-11-23T10:00:00.0000002Z', '2026-11-23T10:00:00.0000001Z', NOW)).toEqual({ ok: false, errors: { range: 'Start must be before end.' } });
  });

  it('allows up to one minute in the future and refuses more', () => {
    expect(parseCustomRange('2026-11-23T11:00Z', '2026-11-23T12:01:00Z', NOW).ok).toBe(true);
    expect(parseCustomRange('2026-11-23T11:00Z', '2026-11-23T12:01:00.0000001Z', NOW)).toEqual({
      ok: false,
      errors: { end: 'End is in the future: it can be at most one minute from now.' },
    });
    expect(parseCustomRange('2026-11-24T00:00Z', '2026-11-25T00:00Z', NOW)).toEqual({
      ok: false,
      errors: { start: 'Start is in the future: it can be at most one minute from now.', end: 'End is in the future: it can be at most one minute from now.' },
    });
  });

  it('reports each unreadable field beside its input', () => {
    expect(parseCustomRange('', '2026-02-30', NOW)).toEqual({
      ok: false,
      errors: { start: 'Enter a date and time, e.g. 2026-11-23T10:00:00Z or 2026-11-23 10:00+01:00.', end: '2026-02-30 is not a calendar date.' },
    });
  });
});
