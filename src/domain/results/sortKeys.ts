// Per column type, numbers that sort the rows in the column's natural order: chronological datetimes, durations,
// exact numbers (longs beyond 2^53 included), false before true, and text in the locale's dictionary order.

import { compareDecimalText, isDecimalText } from './compareDecimalText';
import { dictionaryRanks } from './dictionaryRanks';
import { BOOL_NULL } from './model';
import type { LongColumn, NumberColumn, ResultColumn } from './model';
import { datetimeKey, timespanKey } from './timeKeys';
import type { TimeKey } from './timeKeys';

/**
 * Rows compare by `primary`, then by `secondary` when there is one. Equal keys mean equal values, which is what lets
 * a descending order be derived from an ascending one without sorting again.
 */
export interface SortKeys {
  readonly primary: Float64Array;
  readonly secondary: Float64Array | null;
  /** 1 for rows that sort last in both directions: nulls, and text the type cannot order. */
  readonly missing: Uint8Array | null;
}

export function sortKeysOf(column: ResultColumn, collator: Intl.Collator): SortKeys {
  switch (column.type) {
    case 'bool':
      return boolKeys(column.values);
    case 'int':
      return { primary: column.values, secondary: null, missing: column.nulls };
    case 'real':
      return realKeys(column);
    case 'long':
      return longKeys(column);
    case 'string':
      return rankKeys(dictionaryRanks(column.values, collator.compare));
    case 'datetime':
      return timeKeys(column.text, datetimeKey);
    case 'timespan':
      return timeKeys(column.text, timespanKey);
    case 'decimal':
      return rankKeys(dictionaryRanks(column.text.map((text) => (text !== null && isDecimalText(text) ? text : null)), compareDecimalText));
    case 'guid':
    case 'dynamic':
      return rankKeys(dictionaryRanks(column.text, collator.compare));
  }
}

function boolKeys(values: Uint8Array): SortKeys {
  let missing: Uint8Array | null = null;
  values.forEach((value, row) => {
    if (value === BOOL_NULL) (missing ??= new Uint8Array(values.length))[row] = 1;
  });
  return { primary: Float64Array.from(values), secondary: null, missing };
}

/** NaN is a real value, not a null: it sorts after +Infinity (and before the nulls). */
function realKeys(column: NumberColumn): SortKeys {
  const { values, nulls } = column;
  if (!values.some(Number.isNaN)) return { primary: values, secondary: null, missing: nulls };
  const primary = Float64Array.from(values);
  const secondary = new Float64Array(values.length);
  for (let row = 0; row < values.length; row++) {
    if (!Number.isNaN(values[row])) continue;
    primary[row] = Number.POSITIVE_INFINITY;
    secondary[row] = 1;
  }
  return { primary, secondary, missing: nulls };
}

/**
 * Beyond 2^53 several longs share one double; the secondary key is each exact value's distance from its double
 * (at most 2^10 for a 64-bit long, so itself exact), which orders them.
 */
function longKeys(column: LongColumn): SortKeys {
  const { values, nulls, exactDigits } = column;
  if (!exactDigits || exactDigits.size === 0) return { primary: values, secondary: null, missing: nulls };
  const secondary = new Float64Array(values.length);
  for (const [row, digits] of exactDigits) {
    secondary[row] = Number(BigInt(digits) - BigInt(values[row] as number));
  }
  return { primary: values, secondary, missing: nulls };
}

function timeKeys(texts: readonly (string | null)[], keyOf: (text: string) => TimeKey | null): SortKeys {
  const primary = new Float64Array(texts.length);
  const secondary = new Float64Array(texts.length);
  let missing: Uint8Array | null = null;
  for (let row = 0; row < texts.length; row++) {
    const text = texts[row] ?? null;
    const key = text === null ? null : keyOf(text);
    if (key === null) {
      (missing ??= new Uint8Array(texts.length))[row] = 1;
    } else {
      primary[row] = key.whole;
      secondary[row] = key.ticks;
    }
  }
  return { primary, secondary, missing };
}

function rankKeys({ ranks, missing }: { ranks: Float64Array; missing: Uint8Array | null }): SortKeys {
  return { primary: ranks, secondary: null, missing };
}
