// and / or with three-valued logic: false wins in `and`, true wins in `or`, otherwise null is contagious.
import type { Cell } from '../../api.ts';
import { map2 } from '../../model/vector.ts';
import type { BinaryOperator } from '../registry.ts';

function and(a: Cell, b: Cell): Cell {
  if (a === false || b === false) return false;
  return a === null || b === null ? null : true;
}

function or(a: Cell, b: Cell): Cell {
  if (a === true || b === true) return true;
  return a === null || b === null ? null : false;
}

export const LOGICAL_OPERATORS: Readonly<Record<string, BinaryOperator>> = {
  AndExpression: (left, right, site) => map2(left.vector, right.vector, site.rowCount, and),
  OrExpression: (left, right, site) => map2(left.vector, right.vector, site.rowCount, or),
};
