// iff/iif, case, coalesce, not, and the emptiness tests isempty/isnotempty/isnull/isnotnull.
import type { Cell } from '../../api.ts';
import { map1, mapN } from '../../model/vector.ts';
import type { ScalarFunction } from '../registry.ts';

const iff: ScalarFunction = ([condition, whenTrue, whenFalse], site) =>
  mapN([condition!.vector, whenTrue!.vector, whenFalse!.vector], site.rowCount, ([test, a, b]) => (test === true ? a! : b!));

/** case(test1, value1, test2, value2, ..., otherwise) */
const caseFunction: ScalarFunction = (args, site) =>
  mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    (values) => {
      for (let i = 0; i + 1 < values.length; i += 2) if (values[i] === true) return values[i + 1]!;
      return values[values.length - 1]!;
    },
  );

function isEmptyCell(value: Cell): boolean {
  return value === null || value === '';
}

const coalesce: ScalarFunction = (args, site) =>
  mapN(
    args.map((arg) => arg.vector),
    site.rowCount,
    (values) => values.find((value) => !isEmptyCell(value)) ?? (site.resultType === 'string' ? '' : null),
  );

export const LOGIC_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  iff,
  iif: iff,
  case: caseFunction,
  coalesce,
  not: ([value], site) => map1(value!.vector, site.rowCount, (cell) => (cell === null ? null : !cell)),
  isempty: ([value], site) => map1(value!.vector, site.rowCount, isEmptyCell),
  isnotempty: ([value], site) => map1(value!.vector, site.rowCount, (cell) => !isEmptyCell(cell)),
  notempty: ([value], site) => map1(value!.vector, site.rowCount, (cell) => !isEmptyCell(cell)),
  isnull: ([value], site) => map1(value!.vector, site.rowCount, (cell) => cell === null),
  isnotnull: ([value], site) => map1(value!.vector, site.rowCount, (cell) => cell !== null),
  notnull: ([value], site) => map1(value!.vector, site.rowCount, (cell) => cell !== null),
};
