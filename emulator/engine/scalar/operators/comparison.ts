// == != < <= > >= =~ !~. A comparison involving null is null, so `where` drops the row.
// A string compared for equality with a number compares with the number's text, as published queries rely on
// (`SigninLogs | where ResultType == 0`, ResultType being a string); ordering a string against a number is refused
// rather than guessed.
import type { Cell, KustoType } from '../../api.ts';
import { cellsEqual, cellToString } from '../../model/cells.ts';
import { unsupported } from '../../errors.ts';
import { map1, map2 } from '../../model/vector.ts';
import type { Vector } from '../../model/vector.ts';
import { ticksFromIso, ticksFromTimespanText } from '../../values.ts';
import type { BinaryOperator, CallSite, Operand } from '../registry.ts';

type Normalizer = ((value: Cell) => Cell) | null;

/** Reads a dynamic cell as the other side's type, so `dyn.when > datetime(...)` compares instants. */
function dynamicAs(type: KustoType): Normalizer {
  switch (type) {
    case 'datetime':
      return (value) => (typeof value === 'string' ? ticksFromIso(value) : null);
    case 'timespan':
      return (value) => (typeof value === 'string' ? ticksFromTimespanText(value) : null);
    case 'string':
    case 'guid':
      return (value) => (value === null ? null : typeof value === 'string' ? value : JSON.stringify(value));
    default:
      return null;
  }
}

const NUMERIC: ReadonlySet<KustoType> = new Set(['int', 'long', 'real', 'decimal']);

function textOfType(type: KustoType): Normalizer {
  return (value) => (value === null ? null : cellToString(value, type));
}

function normalizers(left: KustoType, right: KustoType): [Normalizer, Normalizer] {
  if (left === 'dynamic' && right !== 'dynamic') return [dynamicAs(right), null];
  if (right === 'dynamic' && left !== 'dynamic') return [null, dynamicAs(left)];
  if (left === 'string' && NUMERIC.has(right)) return [null, textOfType(right)];
  if (right === 'string' && NUMERIC.has(left)) return [textOfType(left), null];
  return [null, null];
}

function mixesTextAndNumber(left: KustoType, right: KustoType): boolean {
  return (left === 'string' && NUMERIC.has(right)) || (right === 'string' && NUMERIC.has(left));
}

function normalized(operand: Operand, normalizer: Normalizer, rowCount: number): Vector {
  return normalizer === null ? operand.vector : map1(operand.vector, rowCount, normalizer);
}

function comparison(test: (a: Cell, b: Cell) => boolean, ordering = false): BinaryOperator {
  return (left: Operand, right: Operand, site: CallSite): Vector => {
    if (ordering && mixesTextAndNumber(left.type, right.type)) return unsupported('expression', `${left.type} ${site.name} ${right.type}`);
    const [leftNormalizer, rightNormalizer] = normalizers(left.type, right.type);
    return map2(
      normalized(left, leftNormalizer, site.rowCount),
      normalized(right, rightNormalizer, site.rowCount),
      site.rowCount,
      (a, b) => (a === null || b === null ? null : test(a, b)),
    );
  };
}

/** Compares the text of both sides ignoring case; non-string operands compare by their text form. */
function caseInsensitiveEquality(expected: boolean): BinaryOperator {
  return (left: Operand, right: Operand, site: CallSite): Vector => {
    const text = (operand: Operand): Vector =>
      operand.type === 'string'
        ? map1(operand.vector, site.rowCount, (value) => (value as string).toLowerCase())
        : map1(operand.vector, site.rowCount, (value) => cellToString(value, operand.type).toLowerCase());
    return map2(text(left), text(right), site.rowCount, (a, b) => (a === b) === expected);
  };
}

export const COMPARISON_OPERATORS: Readonly<Record<string, BinaryOperator>> = {
  EqualExpression: comparison((a, b) => cellsEqual(a, b)),
  NotEqualExpression: comparison((a, b) => !cellsEqual(a, b)),
  LessThanExpression: comparison((a, b) => (a as number) < (b as number), true),
  LessThanOrEqualExpression: comparison((a, b) => (a as number) <= (b as number), true),
  GreaterThanExpression: comparison((a, b) => (a as number) > (b as number), true),
  GreaterThanOrEqualExpression: comparison((a, b) => (a as number) >= (b as number), true),
  EqualTildeExpression: caseInsensitiveEquality(true),
  BangTildeExpression: caseInsensitiveEquality(false),
};
