// + - * / % over int, long, real, datetime and timespan, typed by the binder's result type.
// Null in, null out. Integer division truncates; integer division by zero gives null (the service's behaviour
// here is not recorded; null is the conservative choice). Real division follows IEEE (±∞, NaN). The modulo is
// always a small non-negative number, 0 <= N % D < abs(D), as the service documents (-14 % 12 == 10).
import type { Cell, KustoType } from '../../api.ts';
import { unsupported } from '../../errors.ts';
import { normalizeLong, wrapLong } from '../../model/cells.ts';
import { map1, map2 } from '../../model/vector.ts';
import type { Vector } from '../../model/vector.ts';
import type { BinaryOperator, CallSite, Operand } from '../registry.ts';

type ArithmeticSymbol = '+' | '-' | '*' | '/' | '%';
type CellFn = (a: Cell, b: Cell) => Cell;

function toBigInt(value: Cell): bigint {
  return typeof value === 'bigint' ? value : BigInt(value as number);
}

function isIntegral(value: Cell): boolean {
  return typeof value === 'bigint' || Number.isInteger(value);
}

function realFn(symbol: ArithmeticSymbol): CellFn {
  switch (symbol) {
    case '+':
      return (a, b) => (a === null || b === null ? null : Number(a) + Number(b));
    case '-':
      return (a, b) => (a === null || b === null ? null : Number(a) - Number(b));
    case '*':
      return (a, b) => (a === null || b === null ? null : Number(a) * Number(b));
    case '/':
      return (a, b) => (a === null || b === null ? null : Number(a) / Number(b));
    case '%':
      return (a, b) => (a === null || b === null ? null : nonNegativeModulo(Number(a), Number(b)));
  }
}

function nonNegativeModulo(a: number, b: number): number {
  const remainder = a % b;
  return remainder < 0 ? remainder + Math.abs(b) : remainder;
}

const bigOps: Record<ArithmeticSymbol, (a: bigint, b: bigint) => bigint | null> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => (b === 0n ? null : a / b),
  '%': (a, b) => {
    if (b === 0n) return null;
    const remainder = a % b;
    return remainder < 0n ? remainder + (b < 0n ? -b : b) : remainder;
  },
};

/** long arithmetic: plain numbers while the result stays exact, bigint beyond, wrapped to 64 bits. */
function longFn(symbol: ArithmeticSymbol): CellFn {
  const big = bigOps[symbol];
  const exact = (a: Cell, b: Cell): Cell => {
    const result = big(toBigInt(a), toBigInt(b));
    return result === null ? null : wrapLong(result);
  };
  switch (symbol) {
    case '+':
    case '-':
    case '*': {
      const fast = realFn(symbol);
      return (a, b) => {
        if (a === null || b === null) return null;
        if (typeof a === 'number' && typeof b === 'number') {
          const result = fast(a, b) as number;
          if (Number.isSafeInteger(result)) return result;
        }
        return exact(a, b);
      };
    }
    case '/':
      return (a, b) => {
        if (a === null || b === null) return null;
        if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) <= 0x7fffffff && Math.abs(b) <= 0x7fffffff) {
          return b === 0 ? null : Math.trunc(a / b);
        }
        return exact(a, b);
      };
    case '%':
      return (a, b) => {
        if (a === null || b === null) return null;
        if (typeof a === 'number' && typeof b === 'number') return b === 0 ? null : nonNegativeModulo(a, b);
        return exact(a, b);
      };
  }
}

function intFn(symbol: ArithmeticSymbol): CellFn {
  const long = longFn(symbol);
  return (a, b) => {
    const result = long(a, b);
    return result === null ? null : Number(BigInt.asIntN(32, toBigInt(result)));
  };
}

/** Ticks (bigint) combined with ticks, or scaled by a number. */
function ticksFn(symbol: ArithmeticSymbol, leftType: KustoType, rightType: KustoType): CellFn {
  const leftTicks = leftType === 'datetime' || leftType === 'timespan';
  const rightTicks = rightType === 'datetime' || rightType === 'timespan';
  if (leftTicks && rightTicks) {
    const big = bigOps[symbol];
    return (a, b) => (a === null || b === null ? null : big(a as bigint, b as bigint));
  }
  if (symbol === '*' || symbol === '/') {
    const scale = (ticks: bigint, factor: Cell): bigint | null => {
      if (symbol === '*') return isIntegral(factor) ? ticks * toBigInt(factor) : BigInt(Math.round(Number(ticks) * Number(factor)));
      if (Number(factor) === 0) return null;
      return isIntegral(factor) ? ticks / toBigInt(factor) : BigInt(Math.round(Number(ticks) / Number(factor)));
    };
    if (leftTicks) return (a, b) => (a === null || b === null ? null : scale(a as bigint, b));
    if (symbol === '*') return (a, b) => (a === null || b === null ? null : scale(b as bigint, a));
  }
  return unsupported('expression', `${leftType} ${symbol} ${rightType}`);
}

/** Arithmetic on dynamic values holding numbers: integral operands stay integral, as with long. */
function dynamicFn(symbol: ArithmeticSymbol): CellFn {
  const long = longFn(symbol);
  const real = realFn(symbol);
  return (a, b) => {
    if (typeof a !== 'number' || typeof b !== 'number') return null;
    return Number.isInteger(a) && Number.isInteger(b) ? long(a, b) : real(a, b);
  };
}

function cellFunction(symbol: ArithmeticSymbol, left: KustoType, right: KustoType, result: KustoType): CellFn {
  switch (result) {
    case 'real':
      return realFn(symbol);
    case 'long':
      return longFn(symbol);
    case 'int':
      return intFn(symbol);
    case 'datetime':
    case 'timespan':
      return ticksFn(symbol, left, right);
    case 'dynamic':
      return dynamicFn(symbol);
    default:
      return unsupported('expression', `${left} ${symbol} ${right}`);
  }
}

function arithmetic(symbol: ArithmeticSymbol): BinaryOperator {
  return (left: Operand, right: Operand, site: CallSite): Vector =>
    map2(left.vector, right.vector, site.rowCount, cellFunction(symbol, left.type, right.type, site.resultType));
}

export const ARITHMETIC_OPERATORS: Readonly<Record<string, BinaryOperator>> = {
  AddExpression: arithmetic('+'),
  SubtractExpression: arithmetic('-'),
  MultiplyExpression: arithmetic('*'),
  DivideExpression: arithmetic('/'),
  ModuloExpression: arithmetic('%'),
};

export function negate(operand: Operand, rowCount: number): Vector {
  switch (operand.type) {
    case 'real':
      return map1(operand.vector, rowCount, (value) => (value === null ? null : -(value as number)));
    case 'int':
      return map1(operand.vector, rowCount, (value) => (value === null ? null : -(value as number) | 0));
    case 'long':
      return map1(operand.vector, rowCount, (value) =>
        value === null ? null : typeof value === 'number' ? 0 - value : normalizeLong(-(value as bigint)),
      );
    case 'timespan':
      return map1(operand.vector, rowCount, (value) => (value === null ? null : -(value as bigint)));
    case 'dynamic':
      return map1(operand.vector, rowCount, (value) => (typeof value === 'number' ? -value : null));
    default:
      return unsupported('expression', `-(${operand.type})`);
  }
}
