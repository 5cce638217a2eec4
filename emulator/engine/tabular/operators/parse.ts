// parse and parse-where: a pattern of string constants, `*` and columns (`Name` or `Name:type`) is turned into a
// regular expression matched against the text of an expression.
// - simple (default): constants are literal, the match is anchored at both ends, `*` and string columns take as
//   little as possible; numeric columns must match numbers and every typed column must convert, or the row gets
//   nulls (parse) or is dropped (parse-where).
// - relaxed: as simple, but a column that does not convert is null on its own.
// - regex: constants are RE2 regular expressions, `*` and string columns are greedy (flag U makes them lazy).
import type { Cell, ColumnSchema, KustoType } from '../../api.ts';
import { rowFrame } from '../../context.ts';
import { unsupported } from '../../errors.ts';
import { listItems, nodeText } from '../../kusto/syntax.ts';
import type { SyntaxNode } from '../../kusto/syntax.ts';
import { expressionType, tableSchemaOf } from '../../kusto/types.ts';
import { cellToString } from '../../model/cells.ts';
import { Relation } from '../../model/relation.ts';
import { materialize } from '../../model/vector.ts';
import { convertCell } from '../../scalar/functions/conversion.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import { kustoRegex } from '../../scalar/regex.ts';
import type { OperatorEnvironment, TabularOperator } from '../registry.ts';
import type { NameAndTypeDeclaration, NameDeclaration, ParseOperator } from '../syntax.ts';
import { keepRows } from './filter.ts';

type Mode = 'simple' | 'relaxed' | 'regex';

interface Capture {
  readonly column: ColumnSchema;
  readonly group: string;
}

interface Pattern {
  readonly regex: RegExp;
  readonly captures: Capture[];
  readonly mode: Mode;
}

const INTEGER = '-?\\d+';
const REAL = '-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function options(operator: ParseOperator): { mode: Mode; flags: string } {
  let mode: Mode = 'simple';
  let flags = '';
  for (const parameter of listItems(operator.Parameters)) {
    const name = parameter.Name.SimpleName.toLowerCase();
    const value = nodeText(parameter.Expression);
    if (name === 'kind' && (value === 'simple' || value === 'relaxed' || value === 'regex')) mode = value;
    else if (name === 'flags') flags = value;
    else return unsupported('parameter', `parse ${name}=${value}`);
  }
  return { mode, flags };
}

/** The capture of one column: a number where one is wanted (relaxed mode also accepts anything else). */
function captureSource(type: KustoType, mode: Mode, lazy: boolean): string {
  const any = lazy ? '.*?' : '.*';
  const number = type === 'int' || type === 'long' ? INTEGER : type === 'real' ? REAL : null;
  if (number === null) return any;
  return mode === 'relaxed' ? `${number}|${any}` : number;
}

function buildPattern(operator: ParseOperator, schema: readonly ColumnSchema[], environment: OperatorEnvironment): Pattern {
  const { mode, flags } = options(operator);
  const { language } = environment.context;
  const lazy = mode !== 'regex' || flags.includes('U');
  const captures: Capture[] = [];
  let source = '';
  for (const element of listItems(operator.Patterns)) {
    const kind = language.kindName(element);
    if (kind === 'StarExpression') source += lazy ? '.*?' : '.*';
    else if (kind === 'StringLiteralExpression' || kind === 'CompoundStringLiteralExpression') {
      const text = String(element.ConstantValue ?? '');
      source += mode === 'regex' ? text : escapeRegex(text);
    } else if (kind === 'NameAndTypeDeclaration' || kind === 'NameDeclaration') {
      const name = kind === 'NameDeclaration' ? (element as NameDeclaration).SimpleName : (element as NameAndTypeDeclaration).Name.SimpleName;
      const column = schema.find((output) => output.name === name);
      if (column === undefined) return unsupported('expression', nodeText(element));
      const group = `parse${captures.length}`;
      captures.push({ column, group });
      source += `(?<${group}>${captureSource(column.type, mode, lazy)})`;
    } else return unsupported('expression', nodeText(element));
  }
  if (mode === 'regex') {
    const regexFlags = [...flags].filter((flag) => flag === 'i' || flag === 'm' || flag === 's').join('');
    return { regex: kustoRegex(regexFlags === '' ? source : `(?${regexFlags})${source}`), captures, mode };
  }
  // UNCERTAIN: whether simple mode's `*` crosses line breaks is not documented; it does here.
  return { regex: new RegExp(`^${source}$`, 'su'), captures, mode };
}

/** The parsed values of one text, one per capture; null when the row does not parse. */
function parseText(text: string, pattern: Pattern): Cell[] | null {
  const match = pattern.regex.exec(text);
  if (match === null) return null;
  const values: Cell[] = [];
  for (const { column, group } of pattern.captures) {
    const value = convertCell(match.groups?.[group] ?? '', 'string', column.type);
    if (value === null && pattern.mode !== 'relaxed') return null;
    values.push(value);
  }
  return values;
}

function parseRows(node: SyntaxNode, input: Relation, environment: OperatorEnvironment, keepUnparsed: boolean): Relation {
  const operator = node as ParseOperator;
  const schema = tableSchemaOf(operator);
  const pattern = buildPattern(operator, schema, environment);
  const type = expressionType(operator.Expression);
  const texts = materialize(evaluateScalar(operator.Expression, rowFrame(environment.context, environment.scope, input)), input.rowCount);
  const parsed = texts.map((text) => parseText(cellToString(text, type), pattern));
  const extracted = new Map<string, Cell[]>(
    pattern.captures.map(({ column }, index) => [column.name, parsed.map((values) => values?.[index] ?? (column.type === 'string' ? '' : null))]),
  );
  const sources = schema.map((column) => {
    const cells = extracted.get(column.name);
    return cells === undefined ? input.source(input.indexOf(column.name)) : () => cells;
  });
  const output = new Relation(schema, input.rowCount, sources);
  if (keepUnparsed) return output;
  return keepRows(output, { kind: 'column', cells: parsed.map((values) => values !== null) });
}

export const PARSE_OPERATORS: Readonly<Record<string, TabularOperator>> = {
  ParseOperator: (node, input, environment) => parseRows(node, input, environment, true),
  ParseWhereOperator: (node, input, environment) => parseRows(node, input, environment, false),
};
