import { describe, expect, it } from 'vitest';
import { prepareRun } from './prepareRun';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('prepareRun', () => {
  it('adds the row cap and sends the preset as a duration with its absolute window', () => {
    const run = prepareRun({ text: 'SigninLogs', rowCap: 30_000, timespan: { kind: 'preset', presetId: '1h' }, nowMs: NOW });
    expect(run.sentText).toBe('SigninLogs | take 30000');
    expect(run.rowCapApplied).toBe(true);
    expect(run.timespan).toBe('PT1H');
    expect(run.window).toEqual({ start: '2026-11-23T11:00:00.000Z', end: '2026-11-23T12:00:00.000Z' });
    expect(run.timeSetInQuery).toBe(false);
  });

  it('leaves a query that already limits its rows alone and says why', () => {
    const run = prepareRun({ text: 'Heartbeat | take 10', rowCap: 30_000, timespan: { kind: 'setInQuery' }, nowMs: NOW });
    expect(run.sentText).toBe('Heartbeat | take 10');
    expect(run.rowCapApplied).toBe(false);
    expect(run.rowCapNotice).toMatch(/already limits/i);
    expect(run.timespan).toBeNull();
    expect(run.window).toBeNull();
  });

  it('sends the text unchanged when the cap is off, and notices a time filter in the query', () => {
    const run = prepareRun({
      text: 'Perf | where TimeGenerated > ago(2h)',
      rowCap: null,
      timespan: { kind: 'preset', presetId: '24h' },
      nowMs: NOW,
    });
    expect(run.sentText).toBe('Perf | where TimeGenerated > ago(2h)');
    expect(run.rowCapNotice).toBeNull();
    expect(run.timeSetInQuery).toBe(true);
  });
});
