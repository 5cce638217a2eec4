// The `parameters` text of a stored function in the metadata API ("a:string, b:int = 5, T:(x:long, y:string)")
// → typed parameters. Tabular parameters list their columns in brackets; `T:(*)` accepts any table.
import { toKustoType } from './kustoTypes';
import type { FunctionParameter, SchemaColumn } from './model';

/** Never throws: a part without a type is taken as `dynamic`, an empty part is skipped. */
export function parseFunctionParameters(text: string): FunctionParameter[] {
  return splitTopLevel(stripOuterBrackets(text.trim()), ',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(parseParameter);
}

function parseParameter(part: string): FunctionParameter {
  const [rawName = '', rest = ''] = splitOnce(part, ':');
  const name = rawName.trim();
  const [rawType = '', defaultValue = null] = splitOnce(rest, '=');
  const type = rawType.trim();
  if (type.startsWith('(')) return { kind: 'tabular', name, columns: parseColumns(stripOuterBrackets(type)) };
  return { kind: 'scalar', name, type: toKustoType(type), defaultValue: defaultValue === null ? null : defaultValue.trim() };
}

function parseColumns(text: string): SchemaColumn[] {
  if (text.trim() === '*') return [];
  return splitTopLevel(text, ',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '*')
    .map((part) => {
      const [name = '', type = ''] = splitOnce(part, ':');
      return { name: name.trim(), type: toKustoType(type) };
    });
}

function stripOuterBrackets(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('(') || !trimmed.endsWith(')')) return trimmed;
  // "(a:int), (b:int)" starts and ends with brackets that are not a pair: only strip a matching pair.
  return closingBracketOf(trimmed) === trimmed.length - 1 ? trimmed.slice(1, -1) : trimmed;
}

function closingBracketOf(text: string): number {
  let depth = 0;
  for (const [index, char] of [...text].entries()) {
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) return index;
  }
  return -1;
}

/** The first occurrence of `separator` outside brackets and quotes splits `text` in two; otherwise `[text]`. */
function splitOnce(text: string, separator: string): [string] | [string, string] {
  const [first, ...rest] = splitTopLevel(text, separator);
  return rest.length === 0 ? [first ?? ''] : [first ?? '', rest.join(separator)];
}

/** Splits on `separator` where it stands outside brackets and outside '...' or "..." literals (default values). */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote !== null) {
      if (char === '\\') index++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth = Math.max(0, depth - 1);
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
