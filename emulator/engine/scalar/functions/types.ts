// gettype() and new_guid().
import type { Cell } from '../../api.ts';
import { map1, scalarVector } from '../../model/vector.ts';
import type { ScalarFunction } from '../registry.ts';

const INT_RANGE = 2 ** 31;

/** The runtime type of a dynamic value, named as the service names it (a bag is a "dictionary"). */
function dynamicTypeName(value: Cell): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'object':
      return 'dictionary';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'long';
    case 'number':
      if (!Number.isInteger(value)) return 'real';
      return value >= -INT_RANGE && value < INT_RANGE ? 'int' : 'long';
    default:
      return 'null';
  }
}

const gettype: ScalarFunction = ([value], site) =>
  value!.type === 'dynamic' ? map1(value!.vector, site.rowCount, dynamicTypeName) : scalarVector(value!.type);

/** A fresh random (version 4) GUID per row. */
const newGuid: ScalarFunction = (_args, site) => {
  if (site.rowCount <= 1) return scalarVector(crypto.randomUUID());
  return { kind: 'column', cells: Array.from({ length: site.rowCount }, () => crypto.randomUUID()) };
};

export const TYPE_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  gettype,
  new_guid: newGuid,
};
