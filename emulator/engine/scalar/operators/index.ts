// The registry of binary operators by SyntaxKind name.
import type { BinaryOperator } from '../registry.ts';
import { ARITHMETIC_OPERATORS } from './arithmetic.ts';
import { COMPARISON_OPERATORS } from './comparison.ts';
import { LOGICAL_OPERATORS } from './logical.ts';
import { STRING_OPERATORS } from './strings.ts';

export const BINARY_OPERATORS: ReadonlyMap<string, BinaryOperator> = new Map(
  Object.entries({ ...ARITHMETIC_OPERATORS, ...COMPARISON_OPERATORS, ...LOGICAL_OPERATORS, ...STRING_OPERATORS }),
);
