// The registry of built-in scalar functions by name: one table per family, merged here.
import type { ScalarFunction } from '../registry.ts';
import { CALENDAR_FUNCTIONS } from './calendar.ts';
import { CONVERSION_FUNCTIONS } from './conversion.ts';
import { DATETIME_FUNCTIONS } from './datetime.ts';
import { DYNAMIC_FUNCTIONS } from './dynamic.ts';
import { ENCODING_FUNCTIONS } from './encoding.ts';
import { FORMATTING_FUNCTIONS } from './formatting.ts';
import { LOGIC_FUNCTIONS } from './logic.ts';
import { MATH_FUNCTIONS } from './math.ts';
import { NETWORK_FUNCTIONS } from './network.ts';
import { REGEX_FUNCTIONS } from './regex.ts';
import { STRING_FUNCTIONS } from './strings.ts';
import { TYPE_FUNCTIONS } from './types.ts';
import { WINDOW_FUNCTIONS } from './window.ts';

export const SCALAR_FUNCTIONS: ReadonlyMap<string, ScalarFunction> = new Map(
  Object.entries({
    ...CALENDAR_FUNCTIONS,
    ...CONVERSION_FUNCTIONS,
    ...DATETIME_FUNCTIONS,
    ...DYNAMIC_FUNCTIONS,
    ...ENCODING_FUNCTIONS,
    ...FORMATTING_FUNCTIONS,
    ...LOGIC_FUNCTIONS,
    ...MATH_FUNCTIONS,
    ...NETWORK_FUNCTIONS,
    ...REGEX_FUNCTIONS,
    ...STRING_FUNCTIONS,
    ...TYPE_FUNCTIONS,
    ...WINDOW_FUNCTIONS,
  }),
);
