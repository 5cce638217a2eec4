// Expressions evaluate a whole column at a time. A value that is the same for every row (a literal, a let
// variable, now()) stays a single scalar so it is never copied into a million-cell array.
import type { Cell } from '../api.ts';

export type Vector = ScalarVector | ColumnVector;

export interface ScalarVector {
  readonly kind: 'scalar';
  readonly value: Cell;
}

export interface ColumnVector {
  readonly kind: 'column';
  readonly cells: Cell[];
}

export function scalarVector(value: Cell): ScalarVector {
  return { kind: 'scalar', value };
}

export function columnVector(cells: Cell[]): ColumnVector {
  return { kind: 'column', cells };
}

/** The vector's cells as one array of rowCount cells (a scalar is repeated). */
export function materialize(vector: Vector, rowCount: number): Cell[] {
  return vector.kind === 'column' ? vector.cells : new Array<Cell>(rowCount).fill(vector.value);
}

export function cellAt(vector: Vector, row: number): Cell {
  return vector.kind === 'scalar' ? vector.value : (vector.cells[row] ?? null);
}

/** Applies fn to every row; a scalar input gives a scalar output. */
export function map1(input: Vector, rowCount: number, fn: (value: Cell) => Cell): Vector {
  if (input.kind === 'scalar') return scalarVector(fn(input.value));
  const source = input.cells;
  const out = new Array<Cell>(rowCount);
  for (let row = 0; row < rowCount; row++) out[row] = fn(source[row] ?? null);
  return columnVector(out);
}

/** Applies fn row by row to two inputs, with loops specialised so constants are not re-read from arrays. */
export function map2(left: Vector, right: Vector, rowCount: number, fn: (a: Cell, b: Cell) => Cell): Vector {
  if (left.kind === 'scalar' && right.kind === 'scalar') return scalarVector(fn(left.value, right.value));
  const out = new Array<Cell>(rowCount);
  if (left.kind === 'column' && right.kind === 'scalar') {
    const cells = left.cells;
    const constant = right.value;
    for (let row = 0; row < rowCount; row++) out[row] = fn(cells[row] ?? null, constant);
  } else if (left.kind === 'scalar' && right.kind === 'column') {
    const cells = right.cells;
    const constant = left.value;
    for (let row = 0; row < rowCount; row++) out[row] = fn(constant, cells[row] ?? null);
  } else {
    const a = (left as ColumnVector).cells;
    const b = (right as ColumnVector).cells;
    for (let row = 0; row < rowCount; row++) out[row] = fn(a[row] ?? null, b[row] ?? null);
  }
  return columnVector(out);
}

/** Applies fn to any number of inputs; the argument buffer is reused so no array is allocated per row. */
export function mapN(inputs: readonly Vector[], rowCount: number, fn: (values: Cell[]) => Cell): Vector {
  const buffer = new Array<Cell>(inputs.length).fill(null);
  if (inputs.every((input) => input.kind === 'scalar')) {
    inputs.forEach((input, index) => (buffer[index] = (input as ScalarVector).value));
    return scalarVector(fn(buffer));
  }
  const out = new Array<Cell>(rowCount);
  for (let row = 0; row < rowCount; row++) {
    for (let index = 0; index < inputs.length; index++) buffer[index] = cellAt(inputs[index]!, row);
    out[row] = fn(buffer);
  }
  return columnVector(out);
}
