// Turns one column of parsed rows into its columnar form, checking every cell against the documented encoding
// (log-analytics-api.md §1.6). One loop per type keeps each loop monomorphic, which is what keeps decoding near
// JSON.parse speed.

import { BOOL_FALSE, BOOL_NULL, BOOL_TRUE } from './model';
import type { KustoType, NullMask, ResultColumn, TextColumn } from './model';

/** The first cell that does not match its column's encoding. */
export interface CellProblem {
  readonly row: number;
  /** What the column accepts, for the error message. */
  readonly expected: string;
}

/** Rows already checked to be arrays of the right length. */
export type CheckedRows = readonly (readonly unknown[])[];

export function decodeColumn(name: string, type: KustoType, rows: CheckedRows, index: number): ResultColumn | CellProblem {
  switch (type) {
    case 'bool':
      return decodeBool(name, rows, index);
    case 'int':
    case 'long':
      return decodeInteger(name, type, rows, index);
    case 'real':
      return decodeReal(name, rows, index);
    case 'string':
      return decodeString(name, rows, index);
    default:
      return decodeText(name, type, rows, index);
  }
}

export function isCellProblem(value: ResultColumn | CellProblem): value is CellProblem {
  return 'expected' in value;
}

function decodeBool(name: string, rows: CheckedRows, index: number): ResultColumn | CellProblem {
  const values = new Uint8Array(rows.length);
  for (let row = 0; row < rows.length; row++) {
    const cell = (rows[row] as readonly unknown[])[index];
    if (cell === true) values[row] = BOOL_TRUE;
    else if (cell === false) values[row] = BOOL_FALSE;
    else if (cell === null) values[row] = BOOL_NULL;
    else return { row, expected: 'true, false or null' };
  }
  return { type: 'bool', name, values };
}

/** int and long. A long's exact digits beyond 2^53 are recovered afterwards from the text (see exactLongs.ts). */
function decodeInteger(name: string, type: 'int' | 'long', rows: CheckedRows, index: number): ResultColumn | CellProblem {
  const values = new Float64Array(rows.length);
  let nulls: NullMask = null;
  for (let row = 0; row < rows.length; row++) {
    const cell = (rows[row] as readonly unknown[])[index];
    if (typeof cell === 'number') values[row] = cell;
    else if (cell === null) (nulls ??= new Uint8Array(rows.length))[row] = 1;
    else return { row, expected: 'a number or null' };
  }
  return type === 'int' ? { type, name, values, nulls } : { type, name, values, nulls, exactDigits: null };
}

/** JSON has no NaN or Infinity, so the service writes those three values of a real as strings. */
const NON_FINITE_REALS: ReadonlyMap<unknown, number> = new Map([
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY],
]);

function decodeReal(name: string, rows: CheckedRows, index: number): ResultColumn | CellProblem {
  const values = new Float64Array(rows.length);
  let nulls: NullMask = null;
  for (let row = 0; row < rows.length; row++) {
    const cell = (rows[row] as readonly unknown[])[index];
    if (typeof cell === 'number') values[row] = cell;
    else if (cell === null) (nulls ??= new Uint8Array(rows.length))[row] = 1;
    else {
      const nonFinite = NON_FINITE_REALS.get(cell);
      if (nonFinite === undefined) return { row, expected: 'a number, "NaN", "Infinity", "-Infinity" or null' };
      values[row] = nonFinite;
    }
  }
  return { type: 'real', name, values, nulls };
}

function decodeString(name: string, rows: CheckedRows, index: number): ResultColumn | CellProblem {
  const values = new Array<string>(rows.length);
  for (let row = 0; row < rows.length; row++) {
    const cell = (rows[row] as readonly unknown[])[index];
    if (typeof cell !== 'string') return { row, expected: 'a string (KQL strings are never null)' };
    values[row] = cell;
  }
  return { type: 'string', name, values };
}

function decodeText(name: string, type: TextColumn['type'], rows: CheckedRows, index: number): ResultColumn | CellProblem {
  const text = new Array<string | null>(rows.length);
  for (let row = 0; row < rows.length; row++) {
    const cell = (rows[row] as readonly unknown[])[index];
    if (typeof cell !== 'string' && cell !== null) return { row, expected: 'a string or null' };
    text[row] = cell;
  }
  return { type, name, text };
}
