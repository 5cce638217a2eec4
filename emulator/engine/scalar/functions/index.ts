// The registry of built-in scalar functions by name: one table per family, merged here.
import type { ScalarFunction } from '../registry.ts';
import { CONVERSION_FUNCTIONS } from './conversion.ts';
import { DATETIME_FUNCTIONS } from './datetime.ts';
import { DYNAMIC_FUNCTIONS } from './dynamic.ts';
import { LOGIC_FUNCTIONS } from './logic.ts';
import { MATH_FUNCTIONS } from './math.ts';
import { STRING_FUNCTIONS } from './strings.ts';

export const SCALAR_FUNCTIONS: ReadonlyMap<string, ScalarFunction> = new Map(
  Object.entries({
    ...CONVERSION_FUNCTIONS,
    ...DATETIME_FUNCTIONS,
    ...DYNAMIC_FUNCTIONS,
    ...LOGIC_FUNCTIONS,
    ...MATH_FUNCTIONS,
    ...STRING_FUNCTIONS,
  }),
);
