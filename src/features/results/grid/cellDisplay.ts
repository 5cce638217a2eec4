// How a cell's text is shown: in the grid, one short line (the full value never goes into the DOM of a cell, so a
// 1 MB log message costs no more to render than a short one), and in the details panel, pretty JSON for dynamic
// values and a capped preview of huge text. Text only: callers render these strings as React text nodes.
import type { KustoType } from '../../../domain/results/model';
import { formatDateTime } from '../../../domain/timespan/dateTimeDisplay';

/** Characters of a cell that reach the DOM; the cell is narrower than this at any sensible width. */
export const CELL_PREVIEW_CHARS = 400;
/** Characters the details panel shows before "Show all"; a layout of more can stall the page for seconds. */
export const DETAILS_PREVIEW_CHARS = 100_000;

const NUMERIC_TYPES: ReadonlySet<KustoType> = new Set(['int', 'long', 'real', 'decimal']);

export function isNumericType(type: KustoType): boolean {
  return NUMERIC_TYPES.has(type);
}

/** The cell's text in the chosen zone: datetimes converted (see dateTimeDisplay.ts), everything else as received. */
export function displayText(type: KustoType, text: string, timeZone: string): string {
  return type === 'datetime' && text !== '' ? formatDateTime(text, timeZone) : text;
}

/**
 * One line for the grid: line breaks shown as ⏎ and tabs as a space, so a multi-line message reads as one row and
 * the analyst can see that there is more; cut at `maxChars` with an ellipsis.
 */
export function cellLine(text: string, maxChars = CELL_PREVIEW_CHARS): string {
  const head = text.length > maxChars ? text.slice(0, maxChars) : text;
  const line = head.replace(/\r\n|\r|\n/g, ' ⏎ ').replace(/\t/g, ' ');
  return text.length > maxChars ? `${line}…` : line;
}

/** Whether a cell deserves the details panel: structured, multi-line, or longer than a glance. */
export function hasMoreToShow(type: KustoType, text: string): boolean {
  return type === 'dynamic' ? text !== '' : text.length > 80 || /[\r\n]/.test(text);
}

/** A dynamic value indented for reading; text that is not JSON (or a scalar) is returned unchanged. */
export function prettyDynamic(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? JSON.stringify(value, null, 2) : text;
  } catch {
    return text;
  }
}

// Below U+0590 (Hebrew) no character is right-to-left, an Arabic number or a directional control, so such text lays
// out the same inside an isolate as outside it; skipping the isolate there spares the layout its bidi pass.
const MAY_NEED_BIDI = /[\u0590-\uFFFF]/;

/** Whether a cell's text could reorder or be reordered by what surrounds it, and so needs isolating (<bdi>). */
export function needsIsolation(text: string): boolean {
  return MAY_NEED_BIDI.test(text);
}

// Invisible characters that change the direction of the text around them: U+202E can make `invoice_\u202Efdp.exe`
// read as `invoice_exe.pdf`. Cells isolate them (<bdi>), and the details panel names them.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The distinct bidi control characters in the text, as "U+202E", in order of first appearance. */
export function bidiControlsIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(BIDI_CONTROLS)) found.add(`U+${match[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`);
  return [...found];
}

export interface DetailsText {
  readonly text: string;
  /** Characters left out of `text`; 0 when it is complete. */
  readonly omitted: number;
}

export function detailsText(full: string, showAll: boolean, limit = DETAILS_PREVIEW_CHARS): DetailsText {
  if (showAll || full.length <= limit) return { text: full, omitted: 0 };
  return { text: full.slice(0, limit), omitted: full.length - limit };
}
