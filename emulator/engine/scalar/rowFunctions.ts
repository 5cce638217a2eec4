// Functions that read the row itself rather than their arguments' values: column_ifexists (a column chosen by
// name, known only against the input's schema) and pack_all (every column of the row as a property bag).
import type { Cell, DynamicValue } from '../api.ts';
import type { Frame } from '../context.ts';
import { unsupported } from '../errors.ts';
import { nodeText } from '../kusto/syntax.ts';
import type { Expression, LiteralExpression, PipeExpression, SyntaxNode } from '../kusto/syntax.ts';
import { toDynamic } from '../model/cells.ts';
import { cellAt, columnVector, scalarVector } from '../model/vector.ts';
import type { Vector } from '../model/vector.ts';

export type RowFunction = (args: readonly Expression[], frame: Frame, evaluate: (expression: Expression) => Vector, call: SyntaxNode) => Vector;

/**
 * The column names the enclosing operator receives from the pipe: pack_all() packs those, not the columns an earlier
 * assignment of the same `extend` adds (the documentation's example packs twice in one extend).
 */
function operatorInputColumns(call: SyntaxNode, frame: Frame): ReadonlySet<string> | null {
  const { language } = frame.context;
  for (let node = call.Parent; node !== null; node = node.Parent) {
    if (!language.kindName(node).endsWith('Operator')) continue;
    const pipe = node.Parent;
    if (pipe === null || language.kindName(pipe) !== 'PipeExpression') return null;
    const columns = (pipe as PipeExpression).Expression.ResultType?.Columns;
    if (columns === undefined) return null;
    return new Set(Array.from({ length: columns.Count }, (_, index) => columns.getItem(index).Name));
  }
  return null;
}

const columnIfExists: RowFunction = ([name, fallback], frame, evaluate) => {
  const columnName = (name as LiteralExpression).ConstantValue;
  if (typeof columnName !== 'string') return unsupported('expression', nodeText(name!));
  const index = frame.input?.indexOf(columnName) ?? -1;
  if (index >= 0 && frame.input !== null) return columnVector(frame.input.column(index));
  return evaluate(fallback!);
};

const packAll: RowFunction = ([ignoreNullEmpty], frame, evaluate, call) => {
  const input = frame.input;
  if (input === null) return scalarVector({});
  const skipEmpty = ignoreNullEmpty === undefined ? scalarVector(false) : evaluate(ignoreNullEmpty);
  const packed = operatorInputColumns(call, frame);
  const columns = input.columns
    .map((column, index) => ({ name: column.name, type: column.type, cells: input.column(index) }))
    .filter((column) => packed === null || packed.has(column.name));
  const bags: Cell[] = new Array<Cell>(frame.rowCount);
  for (let row = 0; row < frame.rowCount; row++) {
    const skip = cellAt(skipEmpty, row) === true;
    const bag: { [key: string]: DynamicValue } = {};
    for (const column of columns) {
      const value = column.cells[row] ?? null;
      if (skip && (value === null || value === '')) continue;
      bag[column.name] = toDynamic(value, column.type);
    }
    bags[row] = bag;
  }
  return columnVector(bags);
};

export const ROW_FUNCTIONS: ReadonlyMap<string, RowFunction> = new Map(
  Object.entries({ column_ifexists: columnIfExists, pack_all: packAll }),
);
