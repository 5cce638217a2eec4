// Reading single cells out of the columnar model: the text the grid and the exports show, and the typed value.

import { BOOL_NULL, BOOL_TRUE } from './model';
import type { LongColumn, ResultColumn } from './model';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A cell as a typed value: bool → boolean, int/real → number (real may be NaN or ±Infinity), long → number, or bigint
 * when the value is beyond 2^53 and a double would change it, dynamic → the parsed JSON value, every text-kept type
 * (datetime, timespan, guid, decimal) → the service's text, null → null.
 */
export type CellValue = JsonValue | bigint;

/** Reads the display text of one column's cells; made once per column so long loops stay monomorphic. */
export type CellTextReader = (row: number) => string;

/**
 * How a cell is shown and exported: datetimes exactly as returned (full 100 ns precision), dynamic as the compact JSON
 * the service sent, longs with all their digits, reals as JS writes the double (`NaN`, `Infinity`, `-Infinity` match
 * the wire), bools `true`/`false`, null as ''.
 */
export function cellTextReader(column: ResultColumn): CellTextReader {
  switch (column.type) {
    case 'bool': {
      const values = column.values;
      return (row) => (values[row] === BOOL_NULL ? '' : values[row] === BOOL_TRUE ? 'true' : 'false');
    }
    case 'int':
    case 'real': {
      const { values, nulls } = column;
      return (row) => (nulls?.[row] === 1 ? '' : numberText(values[row] as number));
    }
    case 'long': {
      const { values, nulls, exactDigits } = column;
      return (row) => (nulls?.[row] === 1 ? '' : (exactDigits?.get(row) ?? numberText(values[row] as number)));
    }
    case 'string': {
      const values = column.values;
      return (row) => values[row] ?? '';
    }
    default: {
      const text = column.text;
      return (row) => text[row] ?? '';
    }
  }
}

export function cellText(column: ResultColumn, row: number): string {
  return cellTextReader(column)(row);
}

export function isNull(column: ResultColumn, row: number): boolean {
  switch (column.type) {
    case 'bool':
      return column.values[row] === BOOL_NULL;
    case 'int':
    case 'real':
    case 'long':
      return column.nulls?.[row] === 1;
    case 'string':
      return false;
    default:
      return column.text[row] === null;
  }
}

export function cellValue(column: ResultColumn, row: number): CellValue {
  if (isNull(column, row)) return null;
  switch (column.type) {
    case 'bool':
      return column.values[row] === BOOL_TRUE;
    case 'int':
    case 'real':
      return column.values[row] as number;
    case 'long':
      return longValue(column, row);
    case 'string':
      return column.values[row] as string;
    case 'dynamic':
      return parseDynamic(column.text[row] as string);
    default:
      return column.text[row] as string;
  }
}

/** String(-0) is "0"; the wire's "-0" is kept so a real reads back as it was sent. */
export function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

function longValue(column: LongColumn, row: number): number | bigint {
  const digits = column.exactDigits?.get(row);
  return digits === undefined ? (column.values[row] as number) : BigInt(digits);
}

/** Dynamic text from the service is JSON; if a cell somehow is not, its text is still the most useful value. */
function parseDynamic(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}
