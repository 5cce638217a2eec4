// array_length, pack/bag_pack, pack_array, bag_keys (parse_json/todynamic live with the conversions).
import type { DynamicValue } from '../../api.ts';
import { toDynamic } from '../../model/cells.ts';
import { map1, mapN } from '../../model/vector.ts';
import type { ScalarFunction } from '../registry.ts';

function isBag(value: unknown): value is { [key: string]: DynamicValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const pack: ScalarFunction = (args, site) =>
  mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    (values) => {
      const bag: { [key: string]: DynamicValue } = {};
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

export const DYNAMIC_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  array_length: ([value], site) => map1(value!.vector, site.rowCount, (cell) => (Array.isArray(cell) ? cell.length : null)),
  pack,
  bag_pack: pack,
  pack_array: packArray,
  bag_keys: ([value], site) => map1(value!.vector, site.rowCount, (cell) => (isBag(cell) ? Object.keys(cell) : null)),
};
