// The grid's columns: which are shown, their header labels and their starting widths.
import type { KustoType } from '../../../domain/results/model';
import { dateTimeColumnHeader } from '../../../domain/timespan/dateTimeDisplay';

export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 2000;
/** One keyboard resize step, in pixels. */
export const RESIZE_STEP = 16;

const DEFAULT_WIDTHS: Readonly<Record<KustoType, number>> = {
  bool: 90,
  int: 110,
  long: 130,
  real: 130,
  decimal: 150,
  timespan: 140,
  datetime: 230,
  guid: 300,
  string: 240,
  dynamic: 280,
};

export interface GridColumn {
  /** The column's index in the result table (what the worker is asked for). */
  readonly index: number;
  readonly name: string;
  readonly type: KustoType;
  /** What the header says, e.g. "TimeGenerated (UTC)". */
  readonly label: string;
}

export function defaultColumnWidth(type: KustoType, name: string): number {
  // Long names get room for the header text and the sort arrow (about 8 px a character in the header font).
  return Math.min(480, Math.max(DEFAULT_WIDTHS[type], name.length * 8 + 40));
}

export function clampWidth(width: number): number {
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.round(width)));
}

/** The shown columns in table order, labelled for the display zone. */
export function gridColumns(
  columns: readonly { readonly name: string; readonly type: KustoType }[],
  hidden: readonly number[] | null,
  timeZone: string,
): GridColumn[] {
  const hiddenSet = new Set(hidden ?? []);
  return columns.flatMap((column, index) =>
    hiddenSet.has(index) ? [] : [{ index, name: column.name, type: column.type, label: column.type === 'datetime' ? dateTimeColumnHeader(column.name, timeZone) : column.name }],
  );
}

/** Widths for every column of the table: the analyst's where set, the default otherwise. */
export function columnWidths(columns: readonly { readonly name: string; readonly type: KustoType }[], saved: readonly number[] | null): number[] {
  return columns.map((column, index) => saved?.[index] ?? defaultColumnWidth(column.type, column.name));
}
