// Predicates over every column: `* has "x"` in where and search, and search's bare terms (`"err"`, `"err*"`,
// `Col:"err"`). They are evaluated here and handed to the scalar evaluator as known values of their nodes.
import type { Cell } from '../../api.ts';
import type { Frame } from '../../context.ts';
import { QueryRuntimeError, unsupported } from '../../errors.ts';
import { nodeText } from '../../kusto/syntax.ts';
import type { BinaryExpression, Expression, SyntaxNode } from '../../kusto/syntax.ts';
import { expressionType } from '../../kusto/types.ts';
import { cellToString } from '../../model/cells.ts';
import type { Relation } from '../../model/relation.ts';
import { columnVector, map1, materialize, scalarVector } from '../../model/vector.ts';
import type { Vector } from '../../model/vector.ts';
import { evaluateScalar } from '../../scalar/evaluate.ts';
import { BINARY_OPERATORS } from '../../scalar/operators/index.ts';
import type { CallSite, Operand } from '../../scalar/registry.ts';

/** A term test on text: the operator kind to apply (HasExpression, ContainsCsExpression, ...) and its needle. */
interface TermTest {
  readonly kind: string;
  readonly needle: string;
}

/**
 * The documented meaning of a search term: `err` has, `*err` hassuffix, `err*` hasprefix, `*err*` contains, and a
 * star inside (`Lab*PC`) a regex `\bLab.*PC\b`.
 */
function termTest(term: string, caseSensitive: boolean): TermTest {
  const cs = caseSensitive ? 'Cs' : '';
  const leading = term.startsWith('*');
  const trailing = term.length > 1 && term.endsWith('*');
  const core = term.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (core.includes('*')) {
    const pattern = `\\b${core.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('.*')}\\b`;
    return { kind: 'Regex', needle: caseSensitive ? pattern : `(?i)${pattern}` };
  }
  if (leading && trailing) return { kind: `Contains${cs}Expression`, needle: core };
  if (leading) return { kind: `HasSuffix${cs}Expression`, needle: core };
  if (trailing) return { kind: `HasPrefix${cs}Expression`, needle: core };
  return { kind: `Has${cs}Expression`, needle: core };
}

function site(name: string, frame: Frame): CallSite {
  return { name, rowCount: frame.rowCount, resultType: 'bool', context: frame.context };
}

function testColumn(operand: Operand, test: TermTest, frame: Frame): Vector {
  if (test.kind === 'Regex') {
    const insensitive = test.needle.startsWith('(?i)');
    let regex: RegExp;
    try {
      regex = new RegExp(insensitive ? test.needle.slice(4) : test.needle, insensitive ? 'iu' : 'u');
    } catch {
      throw new QueryRuntimeError(`Invalid search term: '${test.needle}'`);
    }
    return map1(operand.vector, frame.rowCount, (cell) => regex.test(cellToString(cell, operand.type)));
  }
  const operator = BINARY_OPERATORS.get(test.kind);
  if (operator === undefined) return unsupported('expression', test.kind);
  return operator(operand, { vector: scalarVector(test.needle), type: 'string' }, site(test.kind, frame));
}

/**
 * A cheap test every match passes (the needle occurs in the text), so the costly term test runs only on the few
 * candidates; null when there is none (regexes, needles outside ASCII whose case folding differs).
 */
function prefilter(test: TermTest): ((text: string) => boolean) | null {
  const match = /^(?:Has|HasPrefix|HasSuffix|Contains|StartsWith|EndsWith)(Cs)?Expression$/.exec(test.kind);
  if (match === null || !/^[\x20-\x7e]*$/.test(test.needle)) return null;
  if (match[1] !== undefined) return (text) => text.includes(test.needle);
  const needle = new RegExp(test.needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'i');
  return (text) => needle.test(text);
}

/** Whether any of the searched columns (the `$table` column excepted) passes the test. */
function anyColumn(relation: Relation, test: TermTest, frame: Frame, searched: ReadonlySet<string> | undefined): Vector {
  const result = new Array<Cell>(frame.rowCount).fill(false);
  const candidate = prefilter(test);
  relation.columns.forEach((column, index) => {
    if (column.name === '$table' || (searched !== undefined && !searched.has(column.name))) return;
    const cells = relation.column(index);
    let operand: Operand = { vector: columnVector(cells), type: column.type };
    if (candidate !== null) {
      // Rows already matched, and rows whose text cannot match, are tested as the empty string.
      const texts = cells.map((cell, row) => {
        if (result[row] === true || cell === null) return '';
        const text = cellToString(cell ?? null, column.type);
        return candidate(text) ? text : '';
      });
      operand = { vector: columnVector(texts), type: 'string' };
    }
    const hits = materialize(testColumn(operand, test, frame), frame.rowCount);
    for (let row = 0; row < frame.rowCount; row++) if (hits[row] === true) result[row] = true;
  });
  return columnVector(result);
}

function constantText(expression: Expression, frame: Frame): string {
  const value = evaluateScalar(expression, { ...frame, input: null, rowCount: 1 });
  return value.kind === 'scalar' ? String(value.value ?? '') : unsupported('expression', nodeText(expression));
}

/** The string predicates that can take `*` (every column) on their left; search's case_sensitive makes them _cs. */
const TERM_OPERATORS: ReadonlySet<string> = new Set(['Has', 'HasPrefix', 'HasSuffix', 'Contains', 'StartsWith', 'EndsWith']);

function termOperator(kind: string): { base: string; cs: boolean } | null {
  const match = /^(\w+?)(Cs)?Expression$/.exec(kind);
  return match !== null && TERM_OPERATORS.has(match[1]!) ? { base: match[1]!, cs: match[2] !== undefined } : null;
}

/**
 * The values of the nodes the scalar evaluator cannot compute itself: `* op "x"`, and in search (`terms` true) a
 * bare string term or `Col:"term"`. Other nodes are left to the evaluator. `searched` limits `*` to the columns a
 * search source really has.
 */
export function termValues(condition: SyntaxNode, relation: Relation, frame: Frame, options: { terms: boolean; caseSensitive: boolean; searched?: ReadonlySet<string> }): Map<SyntaxNode, Vector> {
  const known = new Map<SyntaxNode, Vector>();
  const { language } = frame.context;
  const visit = (node: SyntaxNode): void => {
    const kind = language.kindName(node);
    if (options.terms && kind === 'StringLiteralExpression' && node.ResultType?.Name === 'bool') {
      known.set(node, anyColumn(relation, termTest(String(node.ConstantValue ?? ''), options.caseSensitive), frame, options.searched));
      return;
    }
    if (options.terms && kind === 'StarExpression' && node.ResultType?.Name === 'bool') {
      known.set(node, scalarVector(true));
      return;
    }
    if (options.terms && kind === 'SearchExpression') {
      const search = node as BinaryExpression;
      const test = termTest(constantText(search.Right, frame), options.caseSensitive);
      known.set(node, testColumn({ vector: evaluateScalar(search.Left, frame), type: expressionType(search.Left) }, test, frame));
      return;
    }
    const predicate = termOperator(kind);
    if (predicate !== null) {
      const binary = node as BinaryExpression;
      const operatorKind = `${predicate.base}${predicate.cs || options.caseSensitive ? 'Cs' : ''}Expression`;
      if (language.kindName(binary.Left) === 'StarExpression') {
        known.set(node, anyColumn(relation, { kind: operatorKind, needle: constantText(binary.Right, frame) }, frame, options.searched));
        return;
      }
      if (operatorKind !== kind) {
        const right: Operand = { vector: evaluateScalar(binary.Right, frame), type: expressionType(binary.Right) };
        known.set(node, BINARY_OPERATORS.get(operatorKind)!({ vector: evaluateScalar(binary.Left, frame), type: expressionType(binary.Left) }, right, site(operatorKind, frame)));
        return;
      }
    }
    for (let i = 0; i < node.ChildCount; i++) {
      const child = node.GetChild(i);
      // A nested query (`in (T | where * has "x")`) evaluates its own predicates over its own rows.
      if (child !== null && !child.IsToken && (child as SyntaxNode).ResultType?.Columns === undefined) visit(child as SyntaxNode);
    }
  };
  visit(condition);
  return known;
}

