// strlen, tolower, toupper, strcat, strcat_delim, strcat_array, substring, indexof, split, replace_string,
// reverse, strrep, translate, string_size, strcmp (the regular-expression functions are in regex.ts).
import type { Cell, DynamicValue } from '../../api.ts';
import { cellToString } from '../../model/cells.ts';
import { map1, map2, mapN } from '../../model/vector.ts';
import { datetimeParts } from '../../values.ts';
import { textOf } from '../operators/strings.ts';
import type { Operand, ScalarFunction } from '../registry.ts';

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

/** A negative start counts from the end of the text. */
const substring: ScalarFunction = (args, site) =>
  mapN([textOf(args[0]!, site.rowCount), ...args.slice(1).map((arg) => arg.vector)], site.rowCount, ([value, start, length]) => {
    if (start === null || length === null) return '';
    const characters = Array.from(value as string);
    const from = Number(start) < 0 ? Math.max(0, characters.length + Number(start)) : Number(start);
    const to = length === undefined ? characters.length : from + Math.max(0, Number(length));
    return characters.slice(from, to).join('');
  });

/**
 * indexof(text, lookup[, start[, length[, occurrence]]]): each search examines `length` positions (-1: to the end)
 * from its start; a later occurrence is searched from just after the previous one, as the documented examples show.
 */
function indexOfOccurrence(text: string, needle: string, start: number, length: number, occurrence: number): number | null {
  if (length < -1 || occurrence < 0) return null;
  let from = start < 0 ? Math.max(0, text.length + start) : start;
  let found = -1;
  for (let seen = 0; seen < Math.max(1, occurrence); seen++) {
    const end = length === -1 ? text.length : Math.min(text.length, from + length);
    const at = text.indexOf(needle, from);
    found = at >= 0 && at + needle.length <= end ? at : -1;
    if (found < 0) return -1;
    from = found + 1;
  }
  return found;
}

const indexOf: ScalarFunction = (args, site) =>
  mapN([textOf(args[0]!, site.rowCount), textOf(args[1]!, site.rowCount), ...args.slice(2).map((arg) => arg.vector)], site.rowCount, (cells) => {
    const [value, needle, start = 0, length = -1, occurrence = 1] = cells;
    if (start === null || length === null || occurrence === null) return null;
    return indexOfOccurrence(value as string, needle as string, Number(start), Number(length), Number(occurrence));
  });

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

/** reverse() of a datetime reverses its full 7-digit form, as the service does; other values their tostring(). */
function reverseText(value: Cell, operand: Operand): string {
  let text = cellToString(value, operand.type);
  if (operand.type === 'datetime' && value !== null) {
    const fraction = String(datetimeParts(value as bigint).fractionTicks).padStart(7, '0');
    text = text.replace(/(\.\d+)?Z$/, `.${fraction}Z`);
  }
  return Array.from(text).reverse().join('');
}

const strrep: ScalarFunction = (args, site) =>
  mapN([textOf(args[0]!, site.rowCount), args[1]!.vector, ...(args[2] === undefined ? [] : [textOf(args[2], site.rowCount)])], site.rowCount, ([value, times, delimiter = '']) => {
    if (times === null) return '';
    const count = Math.max(0, Math.min(Number(times), 1024));
    return new Array<string>(count).fill(value as string).join(delimiter as string);
  });

/** translate(searchList, replacementList, text): characters beyond the replacement list map to its last one, or vanish when it is empty. */
const translate: ScalarFunction = ([from, to, text], site) =>
  mapN([textOf(from!, site.rowCount), textOf(to!, site.rowCount), textOf(text!, site.rowCount)], site.rowCount, ([search, replacement, value]) => {
    const sources = Array.from(search as string);
    const targets = Array.from(replacement as string);
    return Array.from(value as string)
      .map((character) => {
        const index = sources.indexOf(character);
        if (index < 0) return character;
        return targets.length === 0 ? '' : (targets[Math.min(index, targets.length - 1)] ?? '');
      })
      .join('');
  });

const strcatArray: ScalarFunction = ([array, delimiter], site) =>
  map2(array!.vector, textOf(delimiter!, site.rowCount), site.rowCount, (value, separator) =>
    Array.isArray(value) ? value.map((item) => cellToString(item, 'dynamic')).join(separator as string) : '',
  );

const utf8 = new TextEncoder();

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
  reverse: ([value], site) => map1(value!.vector, site.rowCount, (cell) => reverseText(cell, value!)),
  strrep,
  translate,
  strcat_array: strcatArray,
  strcmp: ([a, b], site) =>
    map2(textOf(a!, site.rowCount), textOf(b!, site.rowCount), site.rowCount, (left, right) => ((left as string) < (right as string) ? -1 : (left as string) > (right as string) ? 1 : 0)),
  string_size: ([text], site) => map1(textOf(text!, site.rowCount), site.rowCount, (value) => utf8.encode(value as string).length),
};
