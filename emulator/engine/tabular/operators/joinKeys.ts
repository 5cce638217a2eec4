// The `on` clause of join and lookup: `Key` (same name on both sides) and `$left.A == $right.B`, separated by
// commas or `and`. Other conditions (`where`, `<`) are not executed.
import type { Cell } from '../../api.ts';
import { unsupported } from '../../errors.ts';
import { nodeText, separatedElements } from '../../kusto/syntax.ts';
import type { BinaryExpression, Expression, PathExpression, SyntaxNode } from '../../kusto/syntax.ts';
import type { Relation } from '../../model/relation.ts';
import type { OperatorEnvironment } from '../registry.ts';
import type { JoinOnClause } from '../syntax.ts';

export interface JoinKeys {
  readonly left: Cell[][];
  readonly right: Cell[][];
  /** The right-side key columns (lookup does not repeat them). */
  readonly rightColumns: number[];
}

interface KeyPair {
  readonly left: string;
  readonly right: string;
}

/** `$left.A` or `$right.B` as the side and the column name; null for anything else. */
function sideColumn(expression: Expression, environment: OperatorEnvironment): { side: string; name: string } | null {
  if (environment.context.language.kindName(expression) !== 'PathExpression') return null;
  const path = expression as PathExpression;
  const side = nodeText(path.Expression);
  const name = (path.Selector as SyntaxNode & { SimpleName?: string }).SimpleName;
  return (side === '$left' || side === '$right') && name !== undefined ? { side, name } : null;
}

function keyPairs(expression: Expression, environment: OperatorEnvironment, found: KeyPair[]): KeyPair[] {
  const kind = environment.context.language.kindName(expression);
  if (kind === 'NameReference') {
    const name = expression.ReferencedSymbol?.Name ?? nodeText(expression);
    found.push({ left: name, right: name });
    return found;
  }
  const binary = expression as BinaryExpression;
  if (kind === 'AndExpression') return keyPairs(binary.Right, environment, keyPairs(binary.Left, environment, found));
  if (kind === 'EqualExpression') {
    const a = sideColumn(binary.Left, environment);
    const b = sideColumn(binary.Right, environment);
    if (a !== null && b !== null && a.side !== b.side) {
      found.push(a.side === '$left' ? { left: a.name, right: b.name } : { left: b.name, right: a.name });
      return found;
    }
  }
  return unsupported('expression', nodeText(expression));
}

function columnIndex(relation: Relation, name: string, clause: SyntaxNode): number {
  const index = relation.indexOf(name);
  return index < 0 ? unsupported('expression', nodeText(clause)) : index;
}

export function joinKeys(clause: SyntaxNode, left: Relation, right: Relation, environment: OperatorEnvironment): JoinKeys {
  if (environment.context.language.kindName(clause) !== 'JoinOnClause') return unsupported('expression', nodeText(clause));
  const pairs = separatedElements((clause as JoinOnClause).Expressions).flatMap((expression) => keyPairs(expression, environment, []));
  const leftColumns = pairs.map((pair) => columnIndex(left, pair.left, clause));
  const rightColumns = pairs.map((pair) => columnIndex(right, pair.right, clause));
  return {
    left: leftColumns.map((column) => left.column(column)),
    right: rightColumns.map((column) => right.column(column)),
    rightColumns,
  };
}

/** One text per distinct combination of key values (bigints tagged so they cannot collide with strings). */
export function keyOf(keys: readonly (readonly Cell[])[], row: number): string {
  return JSON.stringify(keys.map((cells) => {
    const cell = cells[row] ?? null;
    return typeof cell === 'bigint' ? { n: cell.toString() } : cell;
  }));
}
