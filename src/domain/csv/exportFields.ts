// Cell text as the exports write it: the display text (cells.ts), guarded against formula injection in free-text
// columns (formulaGuard.ts), and enclosed in double quotes with inner quotes doubled when it holds a character that
// the format gives a meaning to. The TSV writer uses these strings; the CSV writer writes the same text straight to
// UTF-8 bytes (csvFields.ts), and its tests hold it to these strings.

import { cellTextReader } from '../results/cells';
import type { KustoType, ResultColumn, ResultTable } from '../results/model';
import { FORMULA_START_SOURCE, guardFormula, isFreeTextType } from './formulaGuard';

/** The characters that force quoting in one format, e.g. /[",\r\n]/ for CSV. */
export type QuoteTrigger = RegExp;

export interface ExportFields {
  readonly header: readonly string[];
  /** One formatter per chosen column, in the chosen order. */
  readonly formatters: readonly ((row: number) => string)[];
}

// Bools and numbers are spelled by cells.ts and never hold a quote, separator or line break.
const SPELLED_BY_US: ReadonlySet<KustoType> = new Set(['bool', 'int', 'real', 'long']);

/** The chosen columns (all when absent), in the chosen order. */
export function exportFields(table: ResultTable, columnIndexes: readonly number[] | undefined, formulaGuard: boolean, quoteTrigger: QuoteTrigger): ExportFields {
  const field = fieldWriter(quoteTrigger);
  const columns = chosenColumns(table, columnIndexes);
  return {
    header: columns.map((column) => field(column.name, formulaGuard)),
    formatters: columns.map((column) => {
      const read = cellTextReader(column);
      if (SPELLED_BY_US.has(column.type)) return read;
      const guarded = formulaGuard && isFreeTextType(column.type);
      return (row: number) => field(read(row), guarded);
    }),
  };
}

/** The chosen columns (all when absent), in the chosen order; a RangeError for a column the table does not have. */
export function chosenColumns(table: ResultTable, columnIndexes: readonly number[] | undefined): readonly ResultColumn[] {
  return (columnIndexes ?? table.columns.map((_, index) => index)).map((index) => {
    const column = table.columns[index];
    if (!column) throw new RangeError(`Table "${table.name}" has no column ${index}.`);
    return column;
  });
}

/**
 * Most cells need neither a guard nor quotes, so one regular-expression test per cell decides whether anything at
 * all has to be done; it is the per-cell cost that sets the export speed.
 */
function fieldWriter(quoteTrigger: QuoteTrigger): (text: string, guarded: boolean) => string {
  const guardOrQuoteTrigger = new RegExp(`${FORMULA_START_SOURCE}|${quoteTrigger.source}`);
  const quoted = (text: string): string => (quoteTrigger.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  return (text, guarded) => {
    if (!guarded) return quoted(text);
    return guardOrQuoteTrigger.test(text) ? quoted(guardFormula(text)) : text;
  };
}
