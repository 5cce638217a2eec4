// When the data a check counted last arrived, placed against the window the run searched, and the smallest preset
// that reaches back to it.
import { TIMESPAN_PRESETS } from '../../timespan/presets';
import { parseUtcDateTime } from '../../timespan/utcDateTime';
import type { TimeWindow } from '../../timespan/utcDateTime';
import { count, utcText } from '../text';
import type { CheckAnswer } from './answers';
import { WIDE_WINDOW } from './plan';

/** Where the latest row lies against the searched window; `noWindow` when the query set its own time range. */
export type Placement = { kind: 'before'; byMs: number } | { kind: 'inside' } | { kind: 'after' } | { kind: 'noWindow' };

export interface Arrival {
  rows: number;
  /** Null when no row has a TimeGenerated. */
  last: { text: string; epochMs: number; placement: Placement } | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function arrivalOf(answer: Extract<CheckAnswer, { kind: 'counted' }>, window: TimeWindow | null): Arrival {
  const instant = answer.lastArrived === null ? null : parseUtcDateTime(answer.lastArrived);
  if (instant === null) return { rows: answer.rows, last: null };
  return { rows: answer.rows, last: { text: utcText(instant.secondMs), epochMs: instant.secondMs, placement: placementOf(instant.secondMs, window) } };
}

/** The latest row, when it lies outside the searched window (so a wider range would show it). */
export function outsideWindow(arrival: Arrival | null): Arrival['last'] {
  const kind = arrival?.last?.placement.kind;
  return kind === 'before' || kind === 'after' ? (arrival?.last ?? null) : null;
}

function placementOf(epochMs: number, window: TimeWindow | null): Placement {
  const start = window === null ? null : parseUtcDateTime(window.start);
  const end = window === null ? null : parseUtcDateTime(window.end);
  if (start === null || end === null) return { kind: 'noWindow' };
  if (epochMs < start.secondMs) return { kind: 'before', byMs: start.secondMs - epochMs };
  return epochMs >= end.secondMs ? { kind: 'after' } : { kind: 'inside' };
}

export function placementText(placement: Placement): string {
  switch (placement.kind) {
    case 'before':
      return `${distance(placement.byMs)} before the selected range`;
    case 'after':
      return 'after the selected range ends';
    case 'inside':
      return 'inside the selected range';
    case 'noWindow':
      return "the query's own time filter decides the range";
  }
}

/** "12 rows in the last 90 days; data last arrived 2026-11-20 10:00:00 UTC, 2 days before the selected range". */
export function arrivalText(arrival: Arrival, what: string): string {
  const rows = `${count(arrival.rows, 'row')} in ${WIDE_WINDOW.label}`;
  return arrival.last === null ? `${rows}, none with a TimeGenerated` : `${rows}; ${what} ${arrival.last.text}, ${placementText(arrival.last.placement)}`;
}

/** No data is a problem, and so is data only outside the window; data inside it is fine; without a window, unknown. */
export function arrivalStatus(arrival: Arrival): 'ok' | 'problem' | 'unknown' {
  if (arrival.rows === 0 || outsideWindow(arrival) !== null) return 'problem';
  return arrival.last?.placement.kind === 'inside' ? 'ok' : 'unknown';
}

/**
 * The smallest preset that still holds the latest row when the analyst runs the query again. A preset ends at the
 * service's "now" when it runs, so its start moves on while the analyst reads: a tenth of the row's age (at least
 * five minutes) is kept in hand. Null when even the widest preset is too short.
 */
export function presetReaching(lastEpochMs: number, now: number): (typeof TIMESPAN_PRESETS)[number] | null {
  const age = Math.max(0, now - lastEpochMs);
  const needed = age + Math.max(5 * MINUTE, age / 10);
  return TIMESPAN_PRESETS.find((preset) => preset.durationMs >= needed) ?? null;
}

/** "40 minutes", "5 hours", "3 days": whole units, the largest that keeps the number readable. */
function distance(ms: number): string {
  if (ms < 90 * MINUTE) return count(Math.max(1, Math.round(ms / MINUTE)), 'minute');
  if (ms < 48 * HOUR) return count(Math.round(ms / HOUR), 'hour');
  return count(Math.round(ms / (24 * HOUR)), 'day');
}
