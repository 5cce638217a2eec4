// tostring, toint, tolong, todouble/toreal, tobool, todatetime, totimespan, toguid: a value that cannot be
// converted becomes null (the empty string for tostring).
import type { Cell, DynamicValue, KustoType } from '../../api.ts';
import { cellToString, normalizeLong, toDynamic } from '../../model/cells.ts';
import { map1, map2 } from '../../model/vector.ts';
import { MIN_DATETIME_TICKS, ticksFromTimespanText } from '../../values.ts';
import { ticksFromDatetimeText } from '../datetimeText.ts';
import { parseTimespanLiteral } from '../literals.ts';
import type { ScalarFunction } from '../registry.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function numberFromText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const lower = trimmed.toLowerCase();
  if (lower === 'nan') return NaN;
  if (lower === 'inf' || lower === '+inf' || lower === 'infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  const value = Number(trimmed);
  return Number.isNaN(value) ? null : value;
}

/** A dynamic cell as the scalar it holds (objects and arrays have no scalar form). */
function unwrapDynamic(value: Cell): { value: Cell; type: KustoType } | null {
  if (value === null || typeof value === 'object') return null;
  if (typeof value === 'string') return { value, type: 'string' };
  if (typeof value === 'boolean') return { value, type: 'bool' };
  return { value, type: Number.isInteger(value) ? 'long' : 'real' };
}

function toReal(value: Cell, from: KustoType): number | null {
  switch (from) {
    case 'string':
      return numberFromText(value as string);
    case 'bool':
      return value ? 1 : 0;
    case 'datetime':
      return Number((value as bigint) - MIN_DATETIME_TICKS);
    case 'decimal':
      return numberFromText(value as string);
    case 'guid':
      return null;
    default:
      return Number(value);
  }
}

function toInteger(value: Cell, from: KustoType, bits: 32 | 64): number | bigint | null {
  let integer: bigint;
  if (typeof value === 'bigint') {
    integer = from === 'datetime' ? value - MIN_DATETIME_TICKS : value;
  } else if (typeof value === 'number' && Number.isInteger(value)) {
    integer = BigInt(value);
  } else if (from === 'string' && /^\s*[+-]?\d+\s*$/.test(value as string)) {
    integer = BigInt((value as string).trim());
  } else {
    const real = toReal(value, from);
    if (real === null || !Number.isFinite(real)) return null;
    integer = BigInt(Math.trunc(real));
  }
  return bits === 32 ? Number(BigInt.asIntN(32, integer)) : normalizeLong(BigInt.asIntN(64, integer));
}

function toBool(value: Cell, from: KustoType): boolean | null {
  if (from === 'string') {
    const lower = (value as string).trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    const number = numberFromText(lower);
    return number === null || Number.isNaN(number) ? null : number !== 0;
  }
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return value != 0;
  return null;
}

function toDatetime(value: Cell, from: KustoType): bigint | null {
  if (from === 'datetime') return value as bigint;
  if (from !== 'string') return null;
  return ticksFromDatetimeText(value as string);
}

function toTimespan(value: Cell, from: KustoType): bigint | null {
  if (from === 'timespan') return value as bigint;
  if (from === 'string') {
    const text = (value as string).trim();
    const clock = ticksFromTimespanText(text);
    if (clock !== null) return clock;
    try {
      return /^[+-]?\d+(\.\d+)?\s*[a-z]+$/i.test(text) ? parseTimespanLiteral(text) : null;
    } catch {
      return null;
    }
  }
  if (from === 'long' || from === 'int') return BigInt(value as number | bigint);
  return null;
}

/** Converts a non-null cell of type `from` to type `to`; null when the value has no such form. */
export function convertCell(value: Cell, from: KustoType, to: KustoType): Cell {
  if (value === null) return to === 'string' ? '' : null;
  if (from === 'dynamic' && to !== 'dynamic') {
    const inner = unwrapDynamic(value);
    if (inner === null) return to === 'string' ? cellToString(value, 'dynamic') : null;
    return convertCell(inner.value, inner.type, to);
  }
  switch (to) {
    case 'string':
      return cellToString(value, from);
    case 'int':
      return toInteger(value, from, 32);
    case 'long':
      return toInteger(value, from, 64);
    case 'real':
      return toReal(value, from);
    case 'bool':
      return toBool(value, from);
    case 'datetime':
      return toDatetime(value, from);
    case 'timespan':
      return toTimespan(value, from);
    case 'guid':
      return typeof value === 'string' && GUID.test(value) ? value.toLowerCase() : null;
    case 'dynamic':
      return toDynamic(value, from);
    case 'decimal':
      return from === 'string' || from === 'decimal' ? (value as string) : String(value);
  }
}

function converter(to: KustoType): ScalarFunction {
  return ([operand], site) => map1(operand!.vector, site.rowCount, (value) => convertCell(value, operand!.type, to));
}

/** `todynamic`/`parse_json`: JSON text becomes its value, empty text null; text that is not JSON stays a dynamic string. */
export function parseJsonText(text: string): DynamicValue {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as DynamicValue;
  } catch {
    return text;
  }
}

const toDynamicFunction: ScalarFunction = ([operand], site) =>
  map1(operand!.vector, site.rowCount, (value) => {
    if (typeof value === 'string' && (operand!.type === 'string' || operand!.type === 'dynamic')) return parseJsonText(value);
    return convertCell(value, operand!.type, 'dynamic');
  });

/** tohex(value[, minLength]): lower-case hex; negative numbers in two's complement of their 32 or 64 bits. */
const tohex: ScalarFunction = ([value, minLength], site) =>
  map2(value!.vector, minLength?.vector ?? { kind: 'scalar', value: 0 }, site.rowCount, (cell, length) => {
    if (cell === null || length === null) return null;
    const bits = value!.type === 'int' ? 32 : 64;
    const unsigned = BigInt.asUintN(bits, BigInt(cell as number | bigint));
    return unsigned.toString(16).padStart(Math.min(16, Math.max(0, Number(length))), '0');
  });

export const CONVERSION_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  tostring: converter('string'),
  toint: converter('int'),
  tolong: converter('long'),
  todouble: converter('real'),
  toreal: converter('real'),
  tobool: converter('bool'),
  toboolean: converter('bool'),
  todatetime: converter('datetime'),
  totimespan: converter('timespan'),
  toguid: converter('guid'),
  todynamic: toDynamicFunction,
  parse_json: toDynamicFunction,
  tohex,
};
