// in / !in / in~ / !in~ over a list of candidate values, and between / !between over an inclusive range.
import type { Cell, KustoType } from '../../api.ts';
import { cellToString, groupKey } from '../../model/cells.ts';
import { map1, mapN } from '../../model/vector.ts';
import type { Vector } from '../../model/vector.ts';
import type { Operand } from '../registry.ts';

export interface MembershipMode {
  readonly caseInsensitive: boolean;
  readonly negated: boolean;
}

function lookupKey(value: Cell, caseInsensitive: boolean): Cell {
  if (typeof value === 'string') return caseInsensitive ? value.toLowerCase() : value;
  if (typeof value === 'bigint') return value;
  return groupKey(value);
}

const NUMERIC: ReadonlySet<KustoType> = new Set(['int', 'long', 'real', 'decimal']);

/**
 * Candidate values; a dynamic array among them contributes its elements, as the service expands it. Numbers
 * listed against a string column match by their text, as `==` does (`ResultType in (0, 50125)`).
 */
export function candidateKeys(candidates: readonly { values: readonly Cell[]; type: KustoType }[], mode: MembershipMode, leftType: KustoType): Set<Cell> {
  const keys = new Set<Cell>();
  const asText = (value: Cell, type: KustoType): Cell => (leftType === 'string' && NUMERIC.has(type) && value !== null ? cellToString(value, type) : value);
  for (const candidate of candidates) {
    for (const value of candidate.values) {
      if (candidate.type === 'dynamic' && Array.isArray(value)) {
        for (const element of value) keys.add(lookupKey(leftType === 'string' && typeof element === 'number' ? String(element) : element, mode.caseInsensitive));
      } else {
        keys.add(lookupKey(asText(value, candidate.type), mode.caseInsensitive));
      }
    }
  }
  return keys;
}

export function inSet(left: Operand, keys: ReadonlySet<Cell>, mode: MembershipMode, rowCount: number): Vector {
  return map1(left.vector, rowCount, (value) => {
    if (value === null) return null;
    return keys.has(lookupKey(value, mode.caseInsensitive)) !== mode.negated;
  });
}

/** `value between (low .. high)`, inclusive; for datetimes a timespan upper bound means low + span. */
export function between(value: Operand, low: Operand, high: Operand, negated: boolean, rowCount: number): Vector {
  const spanUpper = value.type === 'datetime' && high.type === 'timespan';
  return mapN([value.vector, low.vector, high.vector], rowCount, (cells) => {
    const [cell, lower, bound] = cells as [Cell, Cell, Cell];
    if (cell === null || lower === null || bound === null) return null;
    const upper = spanUpper ? (lower as bigint) + (bound as bigint) : bound;
    return ((cell as number) >= (lower as number) && (cell as number) <= (upper as number)) !== negated;
  });
}
