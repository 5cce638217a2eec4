// The array expansion shared by mv-expand and mv-apply. Each input row yields as many rows as its longest
// collection; collections are expanded in parallel (shorter ones padded with null). A null value counts as one
// element, an empty array or bag as none, a property bag gives one single-entry bag (or [key, value] pair) per slot.
import type { Cell, DynamicValue, KustoType } from '../../api.ts';
import { nodeText } from '../../kusto/syntax.ts';
import { convertCell } from '../../scalar/functions/conversion.ts';
import type { ToTypeOfClause } from '../syntax.ts';

export type BagExpansion = 'bag' | 'array';

export interface Expanded {
  /** The input row of every output row. */
  readonly sourceRows: number[];
  /** The 0-based position of the element within its collection (with_itemindex). */
  readonly itemIndexes: number[];
  /** One column of elements per expanded expression. */
  readonly columns: Cell[][];
}

function elementsOf(value: Cell, bags: BagExpansion): Cell[] {
  if (value === null) return [null];
  if (Array.isArray(value)) return value;
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, DynamicValue>).map(([key, item]) => (bags === 'bag' ? { [key]: item } : [key, item]));
  }
  // UNCERTAIN: a dynamic scalar is expanded as a one-element collection.
  return [value];
}

const TYPE_NAMES: Readonly<Record<string, KustoType>> = {
  bool: 'bool', boolean: 'bool', int: 'int', long: 'long', real: 'real', double: 'real', string: 'string', datetime: 'datetime',
  date: 'datetime', timespan: 'timespan', time: 'timespan', guid: 'guid', uniqueid: 'guid', dynamic: 'dynamic', decimal: 'decimal',
};

/** The type named by `to typeof(T)`; dynamic without the clause. */
export function targetType(clause: ToTypeOfClause | null): KustoType | null {
  if (clause === null) return 'dynamic';
  const name = /typeof\s*\(\s*(\w+)\s*\)/i.exec(nodeText(clause.TypeOf))?.[1]?.toLowerCase();
  return name === undefined ? null : (TYPE_NAMES[name] ?? null);
}

/**
 * `to typeof(T)` casts without parsing: an element of another JSON kind becomes null (a string "12" is not a long).
 * Datetimes, timespans and guids are held in dynamic values as text, so those are read from their text.
 */
export function castElement(value: Cell, type: KustoType): Cell {
  if (type === 'dynamic' || value === null) return type === 'string' && value === null ? '' : value;
  const kind = typeof value;
  if (type === 'string') return kind === 'string' ? value : '';
  if (type === 'bool') return kind === 'boolean' ? value : null;
  if (type === 'int' || type === 'long') return kind === 'number' && Number.isInteger(value) ? convertCell(value, 'long', type) : null;
  if (type === 'real') return kind === 'number' ? value : null;
  if (type === 'decimal') return kind === 'number' || kind === 'string' ? convertCell(value, 'dynamic', type) : null;
  return kind === 'string' ? convertCell(value, 'string', type) : null;
}

export function expand(values: readonly (readonly Cell[])[], types: readonly KustoType[], rowCount: number, bags: BagExpansion, limit: number): Expanded {
  const expanded: Expanded = { sourceRows: [], itemIndexes: [], columns: values.map(() => []) };
  for (let row = 0; row < rowCount; row++) {
    const collections = values.map((cells) => elementsOf(cells[row] ?? null, bags));
    const count = Math.min(limit, Math.max(0, ...collections.map((items) => items.length)));
    for (let item = 0; item < count; item++) {
      expanded.sourceRows.push(row);
      expanded.itemIndexes.push(item);
      collections.forEach((items, index) => expanded.columns[index]!.push(castElement(items[item] ?? null, types[index]!)));
    }
  }
  return expanded;
}
