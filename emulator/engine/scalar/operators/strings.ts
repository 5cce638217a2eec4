// The string predicates: has (whole terms), hasprefix/hassuffix (term prefixes/suffixes), contains, startswith,
// endswith, matches regex, each with its case-sensitive (_cs) and negated (!) forms.
// `has` follows the service's term semantics: terms are maximal runs of letters and digits, so
// "KustoExplorerQueryRun" has "Explorer" is false while contains "Explorer" is true.
import { cellToString } from '../../model/cells.ts';
import { map1, map2 } from '../../model/vector.ts';
import type { Vector } from '../../model/vector.ts';
import { kustoRegex } from '../regex.ts';
import type { BinaryOperator, CallSite, Operand } from '../registry.ts';

const TERM_CHAR = '[\\p{L}\\p{N}]';
const TERM_START = new RegExp(`^${TERM_CHAR}`, 'u');
const TERM_END = new RegExp(`${TERM_CHAR}$`, 'u');

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

type PatternBuilder = (needle: string) => string;

const termPattern: PatternBuilder = (needle) =>
  `${TERM_START.test(needle) ? `(?<!${TERM_CHAR})` : ''}${escapeRegex(needle)}${TERM_END.test(needle) ? `(?!${TERM_CHAR})` : ''}`;
const termPrefixPattern: PatternBuilder = (needle) => `${TERM_START.test(needle) ? `(?<!${TERM_CHAR})` : ''}${escapeRegex(needle)}`;
const termSuffixPattern: PatternBuilder = (needle) => `${escapeRegex(needle)}${TERM_END.test(needle) ? `(?!${TERM_CHAR})` : ''}`;
const substringPattern: PatternBuilder = (needle) => escapeRegex(needle);
const prefixPattern: PatternBuilder = (needle) => `^${escapeRegex(needle)}`;
const suffixPattern: PatternBuilder = (needle) => `${escapeRegex(needle)}$`;

/** Text of an operand: strings as they are, other types by their tostring() form. */
export function textOf(operand: Operand, rowCount: number): Vector {
  if (operand.type === 'string') return operand.vector;
  return map1(operand.vector, rowCount, (value) => cellToString(value, operand.type));
}

/** Compiles one regex per distinct needle (a constant needle compiles once). */
function regexCache(build: PatternBuilder, flags: string): (needle: string) => RegExp {
  const cache = new Map<string, RegExp>();
  return (needle) => {
    let regex = cache.get(needle);
    if (regex === undefined) {
      regex = new RegExp(build(needle), flags);
      cache.set(needle, regex);
    }
    return regex;
  };
}

function patternPredicate(build: PatternBuilder, caseSensitive: boolean, negated: boolean): BinaryOperator {
  return (left: Operand, right: Operand, site: CallSite): Vector => {
    const regexFor = regexCache(build, caseSensitive ? 'u' : 'iu');
    return map2(textOf(left, site.rowCount), textOf(right, site.rowCount), site.rowCount, (text, needle) =>
      regexFor(needle as string).test(text as string) !== negated,
    );
  };
}

function plainPredicate(test: (text: string, needle: string) => boolean, negated: boolean): BinaryOperator {
  return (left: Operand, right: Operand, site: CallSite): Vector =>
    map2(textOf(left, site.rowCount), textOf(right, site.rowCount), site.rowCount, (text, needle) =>
      test(text as string, needle as string) !== negated,
    );
}

function matchesRegex(left: Operand, right: Operand, site: CallSite): Vector {
  return map2(textOf(left, site.rowCount), textOf(right, site.rowCount), site.rowCount, (text, pattern) =>
    kustoRegex(pattern as string).test(text as string),
  );
}

/** has_any / has_all: whether the text has any (or every) one of the terms, each matched as `has` does. */
export function hasTerms(left: Operand, needles: readonly string[], requireAll: boolean, rowCount: number): Vector {
  const regexes = needles.map((needle) => new RegExp(termPattern(needle), 'iu'));
  return map1(textOf(left, rowCount), rowCount, (text) =>
    requireAll ? regexes.every((regex) => regex.test(text as string)) : regexes.some((regex) => regex.test(text as string)),
  );
}

function withNegation(name: string, build: PatternBuilder): Record<string, BinaryOperator> {
  return {
    [`${name}Expression`]: patternPredicate(build, false, false),
    [`${name}CsExpression`]: patternPredicate(build, true, false),
    [`Not${name}Expression`]: patternPredicate(build, false, true),
    [`Not${name}CsExpression`]: patternPredicate(build, true, true),
  };
}

export const STRING_OPERATORS: Readonly<Record<string, BinaryOperator>> = {
  ...withNegation('Has', termPattern),
  ...withNegation('HasPrefix', termPrefixPattern),
  ...withNegation('HasSuffix', termSuffixPattern),
  ...withNegation('Contains', substringPattern),
  ...withNegation('StartsWith', prefixPattern),
  ...withNegation('EndsWith', suffixPattern),
  // The case-sensitive forms need no regex.
  ContainsCsExpression: plainPredicate((text, needle) => text.includes(needle), false),
  NotContainsCsExpression: plainPredicate((text, needle) => text.includes(needle), true),
  StartsWithCsExpression: plainPredicate((text, needle) => text.startsWith(needle), false),
  NotStartsWithCsExpression: plainPredicate((text, needle) => text.startsWith(needle), true),
  EndsWithCsExpression: plainPredicate((text, needle) => text.endsWith(needle), false),
  NotEndsWithCsExpression: plainPredicate((text, needle) => text.endsWith(needle), true),
  MatchesRegexExpression: matchesRegex,
};
