// Arrays and property bags: array_length, array_index_of, array_concat, array_slice, array_reverse, array_sum,
// set_has_element, set_union/intersect/difference, pack/bag_pack, pack_array, bag_keys, bag_merge, bag_has_key,
// bag_remove_keys, range, zip, array_sort_asc/desc (one array) (parse_json/todynamic live with the conversions). A value
// that is not an array (or bag) gives null.
import type { Cell, DynamicValue } from '../../api.ts';
import { compareCells, groupKey, toDynamic } from '../../model/cells.ts';
import { TICKS_PER_HOUR } from '../../values.ts';
import { map1, map2, mapN } from '../../model/vector.ts';
import type { Operand, ScalarFunction } from '../registry.ts';

type Bag = { [key: string]: DynamicValue };

function isBag(value: unknown): value is Bag {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The key under which an element compares equal to a typed value (1 == 1.0, a datetime to its ISO text). */
function elementKey(value: DynamicValue): Cell {
  return groupKey(value);
}

function lookupKey(operand: Operand, value: Cell): Cell {
  return elementKey(toDynamic(value, operand.type));
}

const pack: ScalarFunction = (args, site) =>
  mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    (values) => {
      const bag: Bag = {};
      for (let i = 0; i + 1 < values.length; i += 2) bag[String(values[i])] = toDynamic(values[i + 1]!, args[i + 1]!.type);
      return bag;
    },
  );

const packArray: ScalarFunction = (args, site) =>
  mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    (values) => values.map((value, index) => toDynamic(value, args[index]!.type)),
  );

/** array_index_of(array, value[, start[, length[, occurrence]]]), searched as indexof() searches text. */
const arrayIndexOf: ScalarFunction = (args, site) =>
  mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    ([array, value, start = 0, length = -1, occurrence = 1]) => {
      if (!Array.isArray(array) || start === null || length === null || occurrence === null) return null;
      if (Number(length) < -1 || Number(occurrence) < 0) return null;
      const key = lookupKey(args[1]!, value!);
      let from = Number(start) < 0 ? Math.max(0, array.length + Number(start)) : Number(start);
      let found = -1;
      for (let seen = 0; seen < Math.max(1, Number(occurrence)); seen++) {
        const end = Number(length) === -1 ? array.length : Math.min(array.length, from + Number(length));
        found = -1;
        for (let index = from; index < end; index++) {
          if (elementKey(array[index]!) === key) {
            found = index;
            break;
          }
        }
        if (found < 0) return -1;
        from = found + 1;
      }
      return found;
    },
  );

/** array_slice(array, start, end): both ends inclusive, negative positions count from the end. */
function slice(array: DynamicValue[], start: number, end: number): DynamicValue[] {
  const from = start < 0 ? array.length + start : start;
  const to = end < 0 ? array.length + end : end;
  return array.slice(Math.max(0, from), Math.max(0, to + 1));
}

/** A function of several arrays, row by row: null in a row where any argument is not an array. */
function overArrays(apply: (arrays: DynamicValue[][]) => Cell): ScalarFunction {
  return (args, site) =>
    mapN(
      args.map((arg) => arg.vector),
      site.rowCount,
      (values) => (values.every(Array.isArray) ? apply(values as DynamicValue[][]) : null),
    );
}

function distinct(values: DynamicValue[]): DynamicValue[] {
  const seen = new Set<Cell>();
  return values.filter((value) => {
    const key = elementKey(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The distinct elements of the first array kept by `keep` given the key sets of the other arrays. */
function setFunction(keep: (key: Cell, others: Set<Cell>[]) => boolean): ScalarFunction {
  return overArrays(([first = [], ...rest]) => {
    const others = rest.map((array) => new Set(array.map(elementKey)));
    return distinct(first.filter((value) => keep(elementKey(value), others)));
  });
}

const arraySum: ScalarFunction = ([array], site) =>
  map1(array!.vector, site.rowCount, (value) => {
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'number')) return null;
    return (value as number[]).reduce((sum, item) => sum + item, 0);
  });

const bagMerge: ScalarFunction = (args, site) =>
  mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    (values) => {
      const merged: Bag = {};
      for (const value of values) {
        if (!isBag(value)) continue;
        for (const [key, item] of Object.entries(value)) if (!(key in merged)) merged[key] = item;
      }
      return merged;
    },
  );

const MAX_RANGE = 1_048_576;

/** range(start, stop[, step]): start, start + step, ... up to stop (1 or 1h by default), at most 2^20 values. */
const range: ScalarFunction = (args, site) => {
  const type = args[0]!.type;
  const ticks = type === 'datetime' || type === 'timespan';
  return mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    ([start, stop, step]) => {
      const increment = step ?? (ticks ? TICKS_PER_HOUR : 1);
      if (start === null || stop === null || increment === null) return null;
      const values: DynamicValue[] = [];
      if (ticks) {
        const by = BigInt(increment as number | bigint);
        if (by === 0n) return null;
        for (let value = start as bigint; by > 0n ? value <= (stop as bigint) : value >= (stop as bigint); value += by) {
          values.push(toDynamic(value, type));
          if (values.length >= MAX_RANGE) break;
        }
        return values;
      }
      const by = Number(increment);
      if (by === 0) return null;
      for (let index = 0; values.length < MAX_RANGE; index++) {
        const value = Number(start) + index * by;
        if (by > 0 ? value > Number(stop) : value < Number(stop)) break;
        values.push(value);
      }
      return values;
    },
  );
};

/** array_sort_asc/desc of one array; nulls last unless told otherwise. Several arrays make a tuple, refused earlier. */
function arraySort(sign: 1 | -1): ScalarFunction {
  return ([array, nullsLast], site) =>
    map2(array!.vector, nullsLast?.vector ?? { kind: 'scalar', value: true }, site.rowCount, (value, last) => {
      if (!Array.isArray(value)) return null;
      const present = value.filter((item) => item !== null).sort((a, b) => compareCells(a, b) * sign);
      const nulls = value.filter((item) => item === null);
      return last === false ? [...nulls, ...present] : [...present, ...nulls];
    });
}

/** zip(a, b, ...): the i-th elements of every array together; a shorter array pads with null. */
const zip = overArrays((arrays) => {
  const length = Math.max(...arrays.map((array) => array.length));
  return Array.from({ length }, (_, index) => arrays.map((array) => array[index] ?? null));
});

export const DYNAMIC_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  array_length: ([value], site) => map1(value!.vector, site.rowCount, (cell) => (Array.isArray(cell) ? cell.length : null)),
  array_index_of: arrayIndexOf,
  array_concat: overArrays((arrays) => arrays.flat(1)),
  array_slice: ([array, start, end], site) =>
    mapN([array!.vector, start!.vector, end!.vector], site.rowCount, ([value, from, to]) =>
      Array.isArray(value) && from !== null && to !== null ? slice(value, Number(from), Number(to)) : null,
    ),
  array_reverse: ([array], site) => map1(array!.vector, site.rowCount, (value) => (Array.isArray(value) ? [...value].reverse() : null)),
  array_sum: arraySum,
  set_has_element: ([set, value], site) =>
    map2(set!.vector, value!.vector, site.rowCount, (array, item) => {
      if (!Array.isArray(array)) return null;
      const key = lookupKey(value!, item);
      return array.some((element) => elementKey(element) === key);
    }),
  set_union: overArrays((arrays) => distinct(arrays.flat(1))),
  set_intersect: setFunction((key, others) => others.every((set) => set.has(key))),
  set_difference: setFunction((key, others) => others.every((set) => !set.has(key))),
  pack,
  bag_pack: pack,
  pack_array: packArray,
  bag_keys: ([value], site) => map1(value!.vector, site.rowCount, (cell) => (isBag(cell) ? Object.keys(cell) : null)),
  bag_merge: bagMerge,
  bag_has_key: ([bag, key], site) => map2(bag!.vector, key!.vector, site.rowCount, (value, name) => (isBag(value) ? String(name) in value : null)),
  range,
  zip,
  array_sort_asc: arraySort(1),
  array_sort_desc: arraySort(-1),
  bag_remove_keys: ([bag, keys], site) =>
    map2(bag!.vector, keys!.vector, site.rowCount, (value, names) => {
      if (!isBag(value) || !Array.isArray(names)) return null;
      const removed = new Set(names.map(String));
      return Object.fromEntries(Object.entries(value).filter(([key]) => !removed.has(key)));
    }),
};
