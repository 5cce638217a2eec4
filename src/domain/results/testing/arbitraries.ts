// Test support: fast-check generators for cells of every Kusto type, each with its wire form (as the service encodes
// it, log-analytics-api.md §1.6) and what the model must give back for it.

import fc from 'fast-check';
import type { CellValue } from '../cells';
import { KUSTO_TYPES } from '../model';
import type { KustoType } from '../model';
import type { WireCell, WireTable } from './responseBody';

export interface GeneratedCell {
  readonly wire: WireCell;
  /** What cellText must return. */
  readonly text: string;
  /** What cellValue must return. */
  readonly value: CellValue;
}

export interface GeneratedTable {
  readonly wire: WireTable;
  readonly types: readonly KustoType[];
  readonly cells: readonly (readonly GeneratedCell[])[];
}

const cell = (wire: WireCell, text: string, value: CellValue = wire as CellValue): GeneratedCell => ({ wire, text, value });
const nullCell = cell(null, '', null);
const nullable = (arbitrary: fc.Arbitrary<GeneratedCell>): fc.Arbitrary<GeneratedCell> =>
  fc.oneof({ weight: 5, arbitrary }, { weight: 1, arbitrary: fc.constant(nullCell) });

/** Characters that stress CSV, TSV and the formula guard, mixed with any code point. */
export const trickyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(',', '"', '\r', '\n', '\t', '=', '+', '-', '@', "'", ';', 'é', 'e\u0301', 'ß', '😀', ' '),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});

const EXACT_LIMIT = 2n ** 53n;

const longCell = fc
  .oneof(
    fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    fc.bigInt({ min: -1000n, max: 1000n }),
    fc.constantFrom(EXACT_LIMIT - 1n, EXACT_LIMIT, EXACT_LIMIT + 1n, -EXACT_LIMIT - 1n, 2n ** 63n - 1n, -(2n ** 63n)),
  )
  .map((value) => {
    const exact = value < EXACT_LIMIT && value > -EXACT_LIMIT;
    return cell(exact ? Number(value) : value, value.toString(), exact ? Number(value) : value);
  });

const NON_FINITE: ReadonlyMap<number, string> = new Map([
  [Number.NaN, 'NaN'],
  [Number.POSITIVE_INFINITY, 'Infinity'],
  [Number.NEGATIVE_INFINITY, '-Infinity'],
]);

const realCell = fc.double().map((value) => {
  const wireText = NON_FINITE.get(value);
  if (wireText !== undefined) return cell(wireText, wireText, value);
  // JSON writes -0 as 0, so 0 is what arrives.
  const received = value === 0 ? 0 : value;
  return cell(received, String(received), received);
});

const MIN_DATETIME_MS = Date.parse('0001-01-01T00:00:00Z');
const MAX_DATETIME_MS = Date.parse('9999-12-31T23:59:59.999Z');

/** ISO 8601 UTC with up to 7 fractional digits, trailing zeros trimmed, as the service writes it. */
const datetimeText = fc
  .tuple(fc.integer({ min: MIN_DATETIME_MS, max: MAX_DATETIME_MS }), fc.integer({ min: 0, max: 9999 }))
  .map(([ms, subMs]) => {
    const iso = new Date(ms).toISOString();
    const fraction = `${iso.slice(20, 23)}${String(subMs).padStart(4, '0')}`.replace(/0+$/, '');
    return `${iso.slice(0, 19)}${fraction ? `.${fraction}` : ''}Z`;
  });

/** .NET "c" form: [-][d.]hh:mm:ss[.fffffff]. */
const timespanText = fc
  .record({
    negative: fc.boolean(),
    days: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_675_199 })),
    hours: fc.integer({ min: 0, max: 23 }),
    minutes: fc.integer({ min: 0, max: 59 }),
    seconds: fc.integer({ min: 0, max: 59 }),
    ticks: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9_999_999 })),
  })
  .map(({ negative, days, hours, minutes, seconds, ticks }) => {
    const two = (value: number): string => String(value).padStart(2, '0');
    const time = `${two(hours)}:${two(minutes)}:${two(seconds)}${ticks ? `.${String(ticks).padStart(7, '0')}` : ''}`;
    return `${negative ? '-' : ''}${days ? `${days}.` : ''}${time}`;
  });

const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 28n), max: 10n ** 28n }), fc.integer({ min: 0, max: 10 }))
  .map(([unscaled, scale]) => {
    const digits = (unscaled < 0n ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
    const sign = unscaled < 0n ? '-' : '';
    return scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  });

const textCell = (text: fc.Arbitrary<string>): fc.Arbitrary<GeneratedCell> => text.map((value) => cell(value, value));

export const cellArbitraries: Readonly<Record<KustoType, fc.Arbitrary<GeneratedCell>>> = {
  bool: nullable(fc.boolean().map((value) => cell(value, String(value)))),
  int: nullable(fc.integer().map((value) => cell(value, String(value)))),
  long: nullable(longCell),
  real: nullable(realCell),
  string: textCell(trickyText),
  datetime: nullable(textCell(datetimeText)),
  timespan: nullable(textCell(timespanText)),
  guid: nullable(textCell(fc.uuid())),
  decimal: nullable(textCell(decimalText)),
  dynamic: nullable(fc.jsonValue().map((value) => JSON.stringify(value)).map((text) => cell(text, text, JSON.parse(text) as CellValue))),
};

export function tableArbitrary(name: string, maxRows = 8): fc.Arbitrary<GeneratedTable> {
  return fc.array(fc.constantFrom(...KUSTO_TYPES), { maxLength: 6 }).chain((types) =>
    fc.array(fc.tuple(...types.map((type) => cellArbitraries[type])), { maxLength: maxRows }).map((cells) => ({
      types,
      cells,
      wire: {
        name,
        columns: types.map((type, index) => [`${type}_${index}`, type] as const),
        rows: cells.map((row) => row.map((generated) => generated.wire)),
      },
    })),
  );
}
