// Keeps long values beyond 2^53 exact (DESIGN §5). A long arrives as a bare JSON number, and JSON.parse rounds it to
// the nearest double. Any integer of magnitude 2^53 or more parses to a double of magnitude 2^53 or more, and every
// integer below that parses exactly, so checking the decoded doubles tells precisely when digits may have been lost.
// Only then is the text scanned again (cellSources.ts) for the digits the service wrote. The usual answer never pays
// for this: the check is one comparison per long cell.

import { readCellSources } from './cellSources';
import type { LongColumn, ResultColumn } from './model';

const EXACT_LIMIT = 2 ** 53;

export function withExactLongs(text: string, tableIndex: number, columns: readonly ResultColumn[]): readonly ResultColumn[] {
  const inexact = columns.flatMap((column, index) => (column.type === 'long' && hasInexactValue(column) ? [index] : []));
  if (inexact.length === 0) return columns;
  const sources = readCellSources(text, tableIndex, inexact);
  return columns.map((column, index) => {
    const columnSources = sources.get(index);
    return column.type === 'long' && columnSources ? { ...column, exactDigits: exactDigitsOf(column, columnSources) } : column;
  });
}

function hasInexactValue(column: LongColumn): boolean {
  const { values, nulls } = column;
  for (let row = 0; row < values.length; row++) {
    if (isInexact(values[row] as number) && nulls?.[row] !== 1) return true;
  }
  return false;
}

function exactDigitsOf(column: LongColumn, sources: readonly string[]): Map<number, string> {
  const digits = new Map<number, string>();
  column.values.forEach((value, row) => {
    const source = sources[row];
    if (isInexact(value) && column.nulls?.[row] !== 1 && source !== undefined && isIntegerLiteral(source)) {
      // A slice of a long string shares its memory in V8 and would keep the whole response body alive; the round
      // trip through BigInt makes a string of its own, with the same digits (JSON allows no '+' or leading zeros).
      digits.set(row, BigInt(source).toString());
    }
  });
  return digits;
}

/** Finite only: a literal too long even for a double (impossible for a 64-bit long) is left as the Infinity it parsed to. */
function isInexact(value: number): boolean {
  return Math.abs(value) >= EXACT_LIMIT && Number.isFinite(value);
}

/**
 * Checked without a regular expression on purpose: V8 keeps the subject of the last successful match (RegExp.input),
 * and a subject sliced from the body would keep the whole body alive after decoding.
 */
function isIntegerLiteral(source: string): boolean {
  const first = source.charCodeAt(0) === 0x2d ? 1 : 0;
  if (source.length === first) return false;
  for (let index = first; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}
