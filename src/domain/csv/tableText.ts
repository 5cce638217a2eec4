// The text of a table's cells as exports write them: the display text (cells.ts), guarded against formula injection
// where the column holds free text. Shared by the CSV and TSV writers so both show the same values.

import { cellTextReader } from '../results/cells';
import type { CellTextReader } from '../results/cells';
import type { KustoType, ResultColumn, ResultTable } from '../results/model';
import { guardFormula, isFreeTextType } from './formulaGuard';

const WRITTEN_AS_NUMBER_OR_BOOL: ReadonlySet<KustoType> = new Set(['bool', 'int', 'real', 'long']);

export interface ExportColumn {
  readonly column: ResultColumn;
  /** Text from the service may hold anything; bools and numbers are written by us and never need quotes. */
  readonly mayNeedQuotes: boolean;
  readonly read: CellTextReader;
}

/** The chosen columns (all by default), in the chosen order. */
export function exportColumns(table: ResultTable, columnIndexes: readonly number[] | undefined, formulaGuard: boolean): ExportColumn[] {
  const indexes = columnIndexes ?? table.columns.map((_, index) => index);
  return indexes.map((index) => {
    const column = table.columns[index];
    if (!column) throw new RangeError(`Table "${table.name}" has no column ${index}.`);
    const freeText = isFreeTextType(column.type);
    const read = cellTextReader(column);
    return { column, mayNeedQuotes: !WRITTEN_AS_NUMBER_OR_BOOL.has(column.type), read: freeText && formulaGuard ? (row) => guardFormula(read(row)) : read };
  });
}

export function headerText(column: ResultColumn, formulaGuard: boolean): string {
  return formulaGuard ? guardFormula(column.name) : column.name;
}
