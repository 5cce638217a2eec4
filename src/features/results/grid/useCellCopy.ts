// Copying from the grid: one cell as its exact text (Ctrl+C), or one row as tab-separated text written by the worker
// (the grid's visible columns, the formula guard from Settings), with a message for the grid's status line.
import { useState } from 'react';
import type { ResultsClient } from '../../../workers/resultsClient';
import { writeClipboard } from '../../export/clipboard';
import { formatCount } from '../resultStatus';
import type { GridColumn } from './gridColumns';
import type { RowWindowCache } from './rowWindowCache';

const REFUSED = 'The browser did not allow copying to the clipboard.';

export interface CellCopy {
  notice: string | null;
  copyCell(row: number, column: GridColumn): Promise<void>;
  copyRow(row: number): Promise<void>;
}

export function useCellCopy(results: ResultsClient, resultId: string, tableIndex: number, cache: RowWindowCache, columns: readonly GridColumn[], formulaGuard: boolean): CellCopy {
  const [notice, setNotice] = useState<string | null>(null);
  return {
    notice,
    copyCell: async (row, column) => {
      const text = cache.row(row)?.[column.index];
      if (text === undefined) return;
      setNotice((await writeClipboard(text)) ? `Copied the ${column.name} value of row ${formatCount(row + 1)}.` : REFUSED);
    },
    copyRow: async (row) => {
      const outcome = await results.tsv(resultId, tableIndex, row, 1, { columns: columns.map((column) => column.index), formulaGuard });
      if (!outcome.ok) {
        setNotice(`Copying the row failed: ${outcome.error.message}`);
        return;
      }
      setNotice((await writeClipboard(outcome.value.text)) ? `Copied row ${formatCount(row + 1)} (${columns.length} columns, tab-separated).` : REFUSED);
    },
  };
}
