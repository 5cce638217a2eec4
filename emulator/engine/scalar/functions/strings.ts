// strlen, tolower, toupper, strcat, strcat_delim, substring, indexof, split, replace_string, extract, trim.
import type { Cell, DynamicValue } from '../../api.ts';
import { QueryRuntimeError } from '../../errors.ts';
import { map1, map2, mapN } from '../../model/vector.ts';
import { textOf } from '../operators/strings.ts';
import type { Operand, ScalarFunction } from '../registry.ts';
import { convertCell } from './conversion.ts';

/** Length in Unicode code points, so a surrogate pair counts once. */
function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) length--;
  }
  return length;
}

function texts(args: readonly Operand[], rowCount: number) {
  return args.map((arg) => textOf(arg, rowCount));
}

const strlen: ScalarFunction = ([text], site) => map1(textOf(text!, site.rowCount), site.rowCount, (value) => codePointLength(value as string));

const strcat: ScalarFunction = (args, site) => mapN(texts(args, site.rowCount), site.rowCount, (values) => values.join(''));

const strcatDelim: ScalarFunction = ([delimiter, ...parts], site) =>
  mapN([textOf(delimiter!, site.rowCount), ...texts(parts, site.rowCount)], site.rowCount, ([separator, ...values]) =>
    values.join(separator as string),
  );

const substring: ScalarFunction = (args, site) =>
  mapN([textOf(args[0]!, site.rowCount), ...args.slice(1).map((arg) => arg.vector)], site.rowCount, ([value, start, length]) => {
    if (start === null) return '';
    const characters = Array.from(value as string);
    const from = Math.max(0, Number(start));
    const to = length === undefined || length === null ? characters.length : from + Math.max(0, Number(length));
    return characters.slice(from, to).join('');
  });

const indexOf: ScalarFunction = ([text, lookup], site) =>
  map2(textOf(text!, site.rowCount), textOf(lookup!, site.rowCount), site.rowCount, (value, needle) =>
    (value as string).indexOf(needle as string),
  );

const split: ScalarFunction = (args, site) =>
  mapN([textOf(args[0]!, site.rowCount), textOf(args[1]!, site.rowCount), ...args.slice(2).map((arg) => arg.vector)], site.rowCount, ([value, delimiter, index]) => {
    const parts: DynamicValue[] = (value as string).split(delimiter as string);
    if (index === undefined) return parts;
    if (index === null) return null;
    const part = parts[Number(index)];
    return part === undefined ? [] : [part];
  });

const replaceString: ScalarFunction = ([text, lookup, rewrite], site) =>
  mapN([textOf(text!, site.rowCount), textOf(lookup!, site.rowCount), textOf(rewrite!, site.rowCount)], site.rowCount, ([value, find, replacement]) =>
    find === '' ? (value as string) : (value as string).split(find as string).join(replacement as string),
  );

function compile(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    throw new QueryRuntimeError(`Invalid regular expression: '${pattern}'`);
  }
}

/** extract(regex, group, text[, typeof(T)]): the captured group, converted to the requested type. */
const extract: ScalarFunction = (args, site) => {
  const cache = new Map<Cell, RegExp>();
  return mapN([textOf(args[0]!, site.rowCount), args[1]!.vector, textOf(args[2]!, site.rowCount)], site.rowCount, (cells) => {
    const [pattern, group, value] = cells as [string, Cell, string];
    let regex = cache.get(pattern);
    if (regex === undefined) {
      regex = compile(pattern);
      cache.set(pattern, regex);
    }
    const match = regex.exec(value);
    const captured = match?.[Number(group)];
    if (captured === undefined) return site.resultType === 'string' ? '' : null;
    return convertCell(captured, 'string', site.resultType);
  });
};

function trimmer(ends: 'both' | 'start' | 'end'): ScalarFunction {
  return ([pattern, text], site) => {
    const cache = new Map<Cell, RegExp>();
    return map2(textOf(pattern!, site.rowCount), textOf(text!, site.rowCount), site.rowCount, (regexText, value) => {
      let regex = cache.get(regexText);
      if (regex === undefined) {
        const body = `(?:${regexText as string})`;
        const source = ends === 'start' ? `^${body}+` : ends === 'end' ? `${body}+$` : `^${body}+|${body}+$`;
        regex = new RegExp(source, 'gu');
        cache.set(regexText, regex);
      }
      return (value as string).replace(regex, '');
    });
  };
}

export const STRING_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  strlen,
  tolower: ([text], site) => map1(textOf(text!, site.rowCount), site.rowCount, (value) => (value as string).toLowerCase()),
  toupper: ([text], site) => map1(textOf(text!, site.rowCount), site.rowCount, (value) => (value as string).toUpperCase()),
  strcat,
  strcat_delim: strcatDelim,
  substring,
  indexof: indexOf,
  split,
  replace_string: replaceString,
  extract,
  trim: trimmer('both'),
  trim_start: trimmer('start'),
  trim_end: trimmer('end'),
};
