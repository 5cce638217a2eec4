// Checks that a cell holds what its column type promises (see the Cell contract in ../engine/api.ts). The sample
// data is verified with it, and anyone building tables by hand can use it too.
import type { Cell, KustoType } from '../engine/api.ts';

/** The contract keeps longs as numbers up to 2^53 in magnitude and as bigints beyond. */
const NUMBER_LIMIT = 2 ** 53;
const BIGINT_FLOOR = 2n ** 53n;
const INT64_MAX = 9_223_372_036_854_775_807n;
const INT64_MIN = -9_223_372_036_854_775_808n;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Why a value cannot sit in a dynamic cell, or null when it is a JSON-like value. */
function dynamicError(value: unknown, path: string): string | null {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} is a non-finite number`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const error = dynamicError(value[i], `${path}[${i}]`);
      if (error) return error;
    }
    return null;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, inner] of Object.entries(value)) {
      const error = dynamicError(inner, `${path}.${key}`);
      if (error) return error;
    }
    return null;
  }
  return `${path} is a ${typeof value}, not a JSON value`;
}

/** Null when `cell` is a valid value of `type`, otherwise a short reason. */
export function cellTypeError(cell: Cell, type: KustoType): string | null {
  if (type === 'string') return typeof cell === 'string' ? null : `a string cell holds ${cell === null ? 'null' : typeof cell}`;
  if (type === 'dynamic') return dynamicError(cell, 'value');
  if (cell === null) return null;
  switch (type) {
    case 'bool':
      return typeof cell === 'boolean' ? null : `a bool cell holds ${typeof cell}`;
    case 'int':
      return typeof cell === 'number' && Number.isInteger(cell) && cell >= -2_147_483_648 && cell <= 2_147_483_647 ? null : `${String(cell)} is not a 32-bit int`;
    case 'long':
      if (typeof cell === 'number') return Number.isInteger(cell) && Math.abs(cell) <= NUMBER_LIMIT ? null : `${cell} is not an integer within 2^53`;
      if (typeof cell === 'bigint') {
        if (cell >= INT64_MIN && cell <= INT64_MAX && (cell > BIGINT_FLOOR || cell < -BIGINT_FLOOR)) return null;
        return `${cell} must be a number (within 2^53) or a bigint beyond 2^53 inside the int64 range`;
      }
      return `a long cell holds ${typeof cell}`;
    case 'real':
      return typeof cell === 'number' ? null : `a real cell holds ${typeof cell}`;
    case 'decimal':
      return typeof cell === 'string' && DECIMAL.test(cell) ? null : `${String(cell)} is not decimal text`;
    case 'guid':
      return typeof cell === 'string' && GUID.test(cell) ? null : `${String(cell)} is not a lowercase dashed guid`;
    case 'datetime':
    case 'timespan':
      return typeof cell === 'bigint' ? null : `a ${type} cell holds ${typeof cell}, not bigint ticks`;
  }
}

/**
 * The first `limit` problems in a whole column, as "row: reason". Dynamic values shared by reference between rows
 * (the sample data shares them a lot) are checked once.
 */
export function columnTypeErrors(cells: readonly Cell[], type: KustoType, limit = 5): string[] {
  const errors: string[] = [];
  const checked = new WeakSet<object>();
  for (let row = 0; row < cells.length && errors.length < limit; row++) {
    const cell = cells[row] ?? null;
    if (typeof cell === 'object' && cell !== null) {
      if (checked.has(cell)) continue;
      checked.add(cell);
    }
    const error = cellTypeError(cell, type);
    if (error) errors.push(`${row}: ${error}`);
  }
  return errors;
}
