// What a run sends, decided from the analyst's text and settings: the row cap, the timespan and the window to show.
// Pure, so the rules are tested without a browser.
import { applyRowCap } from '../../domain/kql/rowCap';
import { detectTimeFilter } from '../../domain/kql/timeFilter';
import { effectiveWindow, toApiTimespan, type TimespanSelection } from '../../domain/timespan/selection';
import type { TimeWindow } from '../../domain/timespan/utcDateTime';

export interface RunInput {
  text: string;
  rowCap: number | null;
  timespan: TimespanSelection;
  nowMs: number;
}

export interface PreparedRun {
  sentText: string;
  rowCapApplied: boolean;
  rowCapNotice: string | null;
  timespan: string | null;
  window: TimeWindow | null;
  /** The query filters TimeGenerated itself. */
  timeSetInQuery: boolean;
}

export function prepareRun({ text, rowCap, timespan, nowMs }: RunInput): PreparedRun {
  const cap = rowCap === null ? null : applyRowCap(text, rowCap);
  return {
    sentText: cap?.text ?? text,
    rowCapApplied: cap?.applied ?? false,
    rowCapNotice: cap ? cap.reason : null,
    timespan: toApiTimespan(timespan),
    window: effectiveWindow(timespan, nowMs),
    timeSetInQuery: detectTimeFilter(text).filtersTime,
  };
}
