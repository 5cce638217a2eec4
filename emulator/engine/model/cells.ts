// Cell-level rules shared by operators and functions: long normalization, ordering, equality and text forms.
import type { Cell, DynamicValue, KustoType } from '../api.ts';
import { formatDatetime, formatTimespan } from '../values.ts';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_LONG = 2n ** 63n - 1n;
const MIN_LONG = -(2n ** 63n);

/** A long cell is a number while exact and a bigint beyond 2^53, so one value has one representation. */
export function normalizeLong(value: bigint): number | bigint {
  return value <= MAX_SAFE && value >= MIN_SAFE ? Number(value) : value;
}

/** Wraps to 64 bits as the service's long arithmetic does on overflow. */
export function wrapLong(value: bigint): number | bigint {
  return value > MAX_LONG || value < MIN_LONG ? normalizeLong(BigInt.asIntN(64, value)) : normalizeLong(value);
}

export function isNumeric(cell: Cell): cell is number | bigint {
  return typeof cell === 'number' || typeof cell === 'bigint';
}

/** Orders two non-null cells of one column (numbers and bigints compare across representations). */
export function compareCells(a: Cell, b: Cell): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (isNumeric(a) && isNumeric(b)) {
    if (typeof a === 'number' && Number.isNaN(a)) return typeof b === 'number' && Number.isNaN(b) ? 0 : -1;
    if (typeof b === 'number' && Number.isNaN(b)) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  const left = dynamicSortKey(a);
  const right = dynamicSortKey(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function dynamicSortKey(cell: Cell): string {
  return typeof cell === 'string' ? cell : JSON.stringify(cell) ?? '';
}

/** Value equality for grouping and `==`: numbers equal bigints of the same value, dynamic values compare by content. */
export function cellsEqual(a: Cell, b: Cell): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  if (isNumeric(a) && isNumeric(b)) return a == b;
  if (typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

/** A key under which equal cells collide in a Map (objects and arrays by their JSON text). */
export function groupKey(cell: Cell): Cell {
  return cell !== null && typeof cell === 'object' ? `\u0000${JSON.stringify(cell)}` : cell;
}

/** Kusto's text form of a real: integral values without a fraction, exponents as .NET writes them. */
export function formatReal(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '-∞';
  return String(value).replace(/e([+-])(\d+)$/, (_match, sign: string, digits: string) => `E${sign}${digits.padStart(2, '0')}`);
}

/** `tostring()` of a cell: null becomes the empty string. */
export function cellToString(cell: Cell, type: KustoType): string {
  if (cell === null) return '';
  switch (type) {
    case 'datetime':
      return formatDatetime(cell as bigint);
    case 'timespan':
      return formatTimespan(cell as bigint);
    case 'real':
      return formatReal(cell as number);
    case 'dynamic':
      return typeof cell === 'string' ? cell : JSON.stringify(cell);
    default:
      return String(cell);
  }
}

/** The dynamic value of a typed cell, as `pack()` or `todynamic()` would hold it. */
export function toDynamic(cell: Cell, type: KustoType): DynamicValue {
  if (cell === null) return null;
  switch (type) {
    case 'datetime':
      return formatDatetime(cell as bigint);
    case 'timespan':
      return formatTimespan(cell as bigint);
    case 'long':
      return typeof cell === 'bigint' ? Number(cell) : (cell as number);
    default:
      return cell as DynamicValue;
  }
}
