// Literal values, read from their source text: Kusto.Language's folded constants lose information for some
// forms (time(1.02:03:04), real(nan), 0x1F), while the grammar of the text is small and well defined.
import type { Cell, DynamicValue, KustoType } from '../api.ts';
import { QueryRuntimeError, unsupported } from '../errors.ts';
import type { KustoLanguage } from '../kusto/language.ts';
import { nodeText } from '../kusto/syntax.ts';
import type { Expression, JsonArrayExpression, JsonObjectExpression, LiteralExpression } from '../kusto/syntax.ts';
import { normalizeLong, toDynamic } from '../model/cells.ts';
import { TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MICROSECOND, TICKS_PER_MINUTE, TICKS_PER_MS, TICKS_PER_SECOND, ticksFromTimespanText } from '../values.ts';
import { ticksFromDatetimeText } from './datetimeText.ts';

const LITERAL_TYPES: Readonly<Record<string, KustoType>> = {
  BooleanLiteralExpression: 'bool',
  IntLiteralExpression: 'int',
  LongLiteralExpression: 'long',
  RealLiteralExpression: 'real',
  DecimalLiteralExpression: 'decimal',
  DateTimeLiteralExpression: 'datetime',
  TimespanLiteralExpression: 'timespan',
  GuidLiteralExpression: 'guid',
  StringLiteralExpression: 'string',
  CompoundStringLiteralExpression: 'string',
};

export function isLiteralKind(kind: string): boolean {
  return kind in LITERAL_TYPES || kind === 'NullLiteralExpression';
}

/** The value of a literal expression node of the given SyntaxKind name. */
export function literalValue(node: LiteralExpression, kind: string): Cell {
  const type = LITERAL_TYPES[kind];
  if (type === 'string') {
    if (typeof node.ConstantValue !== 'string') unsupported('expression', nodeText(node));
    return node.ConstantValue;
  }
  if (type === undefined) return null;
  return parseTypedLiteral(type, nodeText(node));
}

/** `type(inner)` → inner; a bare literal stays as it is. */
function unwrap(text: string): string {
  const match = /^[a-z]+\s*\(([\s\S]*)\)$/i.exec(text);
  return match === null ? text : match[1]!.trim();
}

function parseTypedLiteral(type: KustoType, text: string): Cell {
  const inner = unwrap(text);
  if (inner.toLowerCase() === 'null') return null;
  switch (type) {
    case 'bool':
      return inner.toLowerCase() === 'true';
    case 'int':
    case 'long':
      return parseInteger(inner, type);
    case 'real':
      return parseReal(inner);
    case 'decimal':
      return inner;
    case 'datetime':
      return parseDatetime(inner);
    case 'timespan':
      return parseTimespanLiteral(text);
    case 'guid':
      return inner.toLowerCase();
    default:
      return unsupported('expression', text);
  }
}

function parseInteger(text: string, type: 'int' | 'long'): number | bigint {
  const value = /^[+-]?0x/i.test(text)
    ? (text.startsWith('-') ? -BigInt(text.slice(1)) : BigInt(text.replace(/^\+/, '')))
    : BigInt(text.replace(/^\+/, ''));
  return type === 'int' ? Number(BigInt.asIntN(32, value)) : normalizeLong(BigInt.asIntN(64, value));
}

function parseReal(text: string): number {
  const lower = text.toLowerCase();
  if (lower === 'nan') return NaN;
  if (lower === '+inf' || lower === 'inf') return Infinity;
  if (lower === '-inf') return -Infinity;
  return Number(text);
}

function parseDatetime(literal: string): bigint {
  const text = literal.replace(/^(["'])(.*)\1$/, '$2');
  const ticks = ticksFromDatetimeText(text);
  if (ticks === null) throw new QueryRuntimeError(`Invalid datetime literal: '${text}'`);
  return ticks;
}

const UNIT_TICKS: Readonly<Record<string, bigint>> = {
  d: TICKS_PER_DAY, day: TICKS_PER_DAY, days: TICKS_PER_DAY,
  h: TICKS_PER_HOUR, hr: TICKS_PER_HOUR, hrs: TICKS_PER_HOUR, hour: TICKS_PER_HOUR, hours: TICKS_PER_HOUR,
  m: TICKS_PER_MINUTE, min: TICKS_PER_MINUTE, minute: TICKS_PER_MINUTE, minutes: TICKS_PER_MINUTE,
  s: TICKS_PER_SECOND, sec: TICKS_PER_SECOND, second: TICKS_PER_SECOND, seconds: TICKS_PER_SECOND,
  ms: TICKS_PER_MS, milli: TICKS_PER_MS, millis: TICKS_PER_MS, millisecond: TICKS_PER_MS, milliseconds: TICKS_PER_MS,
  microsecond: TICKS_PER_MICROSECOND, microseconds: TICKS_PER_MICROSECOND,
  tick: 1n, ticks: 1n,
};

/** `1d`, `1.5h`, `100ms`, `1tick`, `time(1.02:03:04)`, `timespan(2)` (days), `time(null)`. */
export function parseTimespanLiteral(text: string): bigint | null {
  const inner = unwrap(text);
  if (inner.toLowerCase() === 'null') return null;
  const withUnit = /^([+-]?)(\d+)(?:\.(\d+))?\s*([a-z]*)$/i.exec(inner);
  if (withUnit !== null) {
    const [, sign, whole, fraction = '', unitText] = withUnit;
    const unit = unitText === '' ? TICKS_PER_DAY : UNIT_TICKS[unitText!.toLowerCase()];
    if (unit === undefined) throw new QueryRuntimeError(`Invalid timespan literal: '${text}'`);
    const ticks = (BigInt(`${whole}${fraction}`) * unit) / 10n ** BigInt(fraction.length);
    return sign === '-' ? -ticks : ticks;
  }
  const clock = ticksFromTimespanText(inner);
  if (clock === null) throw new QueryRuntimeError(`Invalid timespan literal: '${text}'`);
  return clock;
}

/** The value of a `dynamic(...)` literal. */
export function dynamicLiteral(language: KustoLanguage, expression: Expression): DynamicValue {
  const kind = language.kindName(expression);
  if (kind === 'JsonObjectExpression') {
    const object: { [key: string]: DynamicValue } = {};
    const pairs = (expression as JsonObjectExpression).Pairs;
    for (let i = 0; i < pairs.Count; i++) {
      const pair = pairs.getItem(i).Element$1;
      object[jsonKey(pair.Name.Text)] = dynamicLiteral(language, pair.Value);
    }
    return object;
  }
  if (kind === 'JsonArrayExpression') {
    const values = (expression as JsonArrayExpression).Values;
    const array: DynamicValue[] = [];
    for (let i = 0; i < values.Count; i++) array.push(dynamicLiteral(language, values.getItem(i).Element$1));
    return array;
  }
  if (kind === 'UnaryMinusExpression') {
    const operand = dynamicLiteral(language, (expression as unknown as { Expression: Expression }).Expression);
    if (typeof operand === 'number') return -operand;
    return unsupported('expression', nodeText(expression));
  }
  if (isLiteralKind(kind)) {
    const type = LITERAL_TYPES[kind] ?? 'dynamic';
    return toDynamic(literalValue(expression as LiteralExpression, kind), type);
  }
  return unsupported('expression', nodeText(expression));
}

/** A JSON property name token: "double", 'single' quoted, or a bare identifier. */
function jsonKey(token: string): string {
  const text = token.trim();
  if (text.startsWith('"')) return JSON.parse(text) as string;
  if (text.startsWith("'")) {
    const body = text.slice(1, -1).replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"');
    return JSON.parse(`"${body}"`) as string;
  }
  return text;
}
