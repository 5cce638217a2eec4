// Tab-separated text for the clipboard, the format spreadsheets paste into cells. A cell holding a tab, CR, LF or
// double quote is enclosed in double quotes with its quotes doubled: Excel and Google Sheets read pasted text that
// way, so a multi-line message stays in one cell instead of spilling over rows. Rows are separated by CRLF, with none
// after the last, so a single pasted value does not bring a stray line break. The formula guard is on by default for
// the same reason as in CSV: pasting into a sheet evaluates formulas too.

import type { ResultTable } from '../results/model';
import { exportFields } from './exportFields';

export interface TsvOptions {
  /** Column indexes to write, in this order; every column when absent. */
  readonly columns?: readonly number[];
  /** Default false: a copied selection is usually pasted among existing rows. */
  readonly header?: boolean;
  /** See formulaGuard.ts. Default true. */
  readonly formulaGuard?: boolean;
}

const TSV_QUOTE_TRIGGER = /[\t\r\n"]/;

/** `rows`: row indexes in the order to write them (e.g. the selection in display order). */
export function writeTsv(table: ResultTable, rows: ArrayLike<number>, options: TsvOptions = {}): string {
  const { header = false, formulaGuard = true } = options;
  const { header: headerFields, formatters } = exportFields(table, options.columns, formulaGuard, TSV_QUOTE_TRIGGER);
  const lines: string[] = header ? [headerFields.join('\t')] : [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as number;
    lines.push(formatters.map((format) => format(row)).join('\t'));
  }
  return lines.join('\r\n');
}
