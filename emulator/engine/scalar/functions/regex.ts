// The regular-expression functions: extract, extract_all, replace_regex (and the older replace), trim*, countof.
import type { Cell, DynamicValue } from '../../api.ts';
import { QueryRuntimeError } from '../../errors.ts';
import { map2, mapN } from '../../model/vector.ts';
import { textOf } from '../operators/strings.ts';
import { kustoRegex } from '../regex.ts';
import type { ScalarFunction } from '../registry.ts';
import { convertCell } from './conversion.ts';

/** extract(regex, group, text[, typeof(T)]): the captured group, converted to the requested type. */
const extract: ScalarFunction = (args, site) =>
  mapN([textOf(args[0]!, site.rowCount), args[1]!.vector, textOf(args[2]!, site.rowCount)], site.rowCount, (cells) => {
    const [pattern, group, value] = cells as [string, Cell, string];
    const captured = group === null ? undefined : kustoRegex(pattern).exec(value)?.[Number(group)];
    if (captured === undefined) return site.resultType === 'string' ? '' : null;
    return convertCell(captured, 'string', site.resultType);
  });

/** Which groups extract_all returns: every group of the regex, or the listed numbers and names. */
function groupSelectors(regex: RegExp, requested: Cell): (number | string)[] {
  if (Array.isArray(requested)) return requested.map((item) => (typeof item === 'number' ? item : String(item)));
  const groupCount = new RegExp(`${regex.source}|`, regex.flags).exec('')!.length - 1;
  if (groupCount === 0) throw new QueryRuntimeError('extract_all(): the regular expression needs at least one capturing group.');
  return Array.from({ length: groupCount }, (_, index) => index + 1);
}

/** extract_all(regex, [groups,] text): every match; one group gives strings, several give an array per match. */
const extractAll: ScalarFunction = (args, site) => {
  const [patternArg, groupsArg, textArg] = args.length === 3 ? args : [args[0], undefined, args[1]];
  const groups = groupsArg?.vector ?? { kind: 'scalar' as const, value: null };
  return mapN([textOf(patternArg!, site.rowCount), groups, textOf(textArg!, site.rowCount)], site.rowCount, (cells) => {
    const [pattern, requested, value] = cells as [string, Cell, string];
    const regex = kustoRegex(pattern, 'g');
    const selectors = groupSelectors(regex, requested);
    const matches: DynamicValue[] = [];
    for (const match of value.matchAll(regex)) {
      const picked = selectors.map((selector) => (typeof selector === 'number' ? match[selector] : match.groups?.[selector]) ?? '');
      matches.push(selectors.length === 1 ? picked[0]! : picked);
    }
    return matches.length === 0 ? null : matches;
  });
};

/** RE2 rewrite text: \0 is the whole match and \1..\9 the groups. */
function rewriter(rewrite: string): (match: string, ...rest: unknown[]) => string {
  return (match, ...rest) => {
    const groups = rest.slice(0, rest.findIndex((item) => typeof item === 'number'));
    return rewrite.replace(/\\(\d)/g, (_token, digit: string) => (digit === '0' ? match : String(groups[Number(digit) - 1] ?? '')));
  };
}

function replaceAll(text: string, pattern: string, rewrite: string): string {
  return text.replace(kustoRegex(pattern, 'g'), rewriter(rewrite));
}

const replaceRegex: ScalarFunction = ([text, pattern, rewrite], site) =>
  mapN([textOf(text!, site.rowCount), textOf(pattern!, site.rowCount), textOf(rewrite!, site.rowCount)], site.rowCount, (cells) => {
    const [value, regex, replacement] = cells as [string, string, string];
    return replaceAll(value, regex, replacement);
  });

/** The deprecated replace(regex, rewrite, text) takes its arguments in another order. */
const replaceDeprecated: ScalarFunction = ([pattern, rewrite, text], site) => replaceRegex([text!, pattern!, rewrite!], site);

function trimmer(ends: 'both' | 'start' | 'end'): ScalarFunction {
  return ([pattern, text], site) =>
    map2(textOf(pattern!, site.rowCount), textOf(text!, site.rowCount), site.rowCount, (regexText, value) => {
      const body = `(?:${regexText as string})`;
      const source = ends === 'start' ? `^${body}+` : ends === 'end' ? `${body}+$` : `^${body}+|${body}+$`;
      return (value as string).replace(kustoRegex(source, 'g'), '');
    });
}

/** countof(text, search[, kind]): plain matches may overlap, regex matches do not. */
function countOf(text: string, search: string, kind: string): number {
  if (search === '') return 0;
  if (kind === 'regex') return Array.from(text.matchAll(kustoRegex(search, 'g'))).length;
  if (kind !== 'normal') throw new QueryRuntimeError(`countof(): kind must be 'normal' or 'regex', not '${kind}'.`);
  let count = 0;
  for (let at = text.indexOf(search); at >= 0; at = text.indexOf(search, at + 1)) count++;
  return count;
}

const countof: ScalarFunction = (args, site) =>
  mapN(
    [textOf(args[0]!, site.rowCount), textOf(args[1]!, site.rowCount), args[2] === undefined ? { kind: 'scalar', value: 'normal' } : textOf(args[2], site.rowCount)],
    site.rowCount,
    (cells) => countOf(cells[0] as string, cells[1] as string, (cells[2] as string).toLowerCase()),
  );

export const REGEX_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  extract,
  extract_all: extractAll,
  replace_regex: replaceRegex,
  replace: replaceDeprecated,
  trim: trimmer('both'),
  trim_start: trimmer('start'),
  trim_end: trimmer('end'),
  countof,
};
