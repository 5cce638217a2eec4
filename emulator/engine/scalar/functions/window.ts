// Window functions over a serialized row set: row_number, prev, next. Expressions are evaluated a whole column
// at a time, in row order, so the rows of the frame are the serialized row set (the tabular evaluator refuses
// these functions when the input is not serialized).
import type { Cell } from '../../api.ts';
import { cellAt, columnVector } from '../../model/vector.ts';
import type { Operand, ScalarFunction } from '../registry.ts';

/** row_number([start [, restart]]): 1, 2, 3, ... or from `start`, back to `start` wherever `restart` is true. */
const rowNumber: ScalarFunction = (args, site) => {
  const [start, restart] = args;
  const out = new Array<Cell>(site.rowCount);
  let previous = 0;
  for (let row = 0; row < site.rowCount; row++) {
    const first = start === undefined ? 1 : Number(cellAt(start.vector, row) ?? 1);
    previous = row === 0 || (restart !== undefined && cellAt(restart.vector, row) === true) ? first : previous + 1;
    out[row] = previous;
  }
  return columnVector(out);
};

/** The value `offset` rows away (backwards for prev, forwards for next), or the default beyond the row set. */
function shifted(direction: -1 | 1): ScalarFunction {
  return (args, site) => {
    const [column, offset, fallback] = args as [Operand, Operand | undefined, Operand | undefined];
    const missing = site.resultType === 'string' ? '' : null;
    const out = new Array<Cell>(site.rowCount);
    for (let row = 0; row < site.rowCount; row++) {
      const distance = offset === undefined ? 1 : Number(cellAt(offset.vector, row) ?? 1);
      const source = row + direction * distance;
      if (source >= 0 && source < site.rowCount) out[row] = cellAt(column.vector, source);
      else out[row] = fallback === undefined ? missing : cellAt(fallback.vector, row);
    }
    return columnVector(out);
  };
}

export const WINDOW_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  row_number: rowNumber,
  prev: shifted(-1),
  next: shifted(1),
};
