// Evaluates a bound scalar expression over all rows of a frame at once. The tree is walked once per operator
// application, never per row: every node yields a whole vector.
import type { Cell, KustoType } from '../api.ts';
import type { Frame } from '../context.ts';
import { QueryRuntimeError, unsupported } from '../errors.ts';
import { nodeText, separatedElements } from '../kusto/syntax.ts';
import type {
  BetweenExpression,
  ElementExpression,
  Expression,
  FunctionBody,
  FunctionCallExpression,
  FunctionSymbol,
  InExpression,
  LiteralExpression,
  PathExpression,
  SyntaxNode,
  WrappedExpression,
} from '../kusto/syntax.ts';
import { expressionType, kustoTypeOf } from '../kusto/types.ts';
import { cellToString } from '../model/cells.ts';
import { columnVector, map1, map2, scalarVector } from '../model/vector.ts';
import type { Vector } from '../model/vector.ts';
import { SCALAR_FUNCTIONS } from './functions/index.ts';
import { dynamicLiteral, isLiteralKind, literalValue } from './literals.ts';
import { negate } from './operators/arithmetic.ts';
import { BINARY_OPERATORS } from './operators/index.ts';
import { between, candidateKeys, inSet } from './operators/membership.ts';
import { hasTerms } from './operators/strings.ts';
import type { CallSite, Operand } from './registry.ts';
import { ROW_FUNCTIONS } from './rowFunctions.ts';

export function evaluateScalar(expression: Expression, frame: Frame): Vector {
  const known = frame.known?.get(expression);
  if (known !== undefined) return known;
  const kind = frame.context.language.kindName(expression);
  if (isLiteralKind(kind)) return scalarVector(literalValue(expression as LiteralExpression, kind));
  switch (kind) {
    case 'ParenthesizedExpression':
    case 'SimpleNamedExpression':
    case 'BracketedExpression':
      return evaluateScalar((expression as WrappedExpression).Expression, frame);
    case 'NameReference':
      return evaluateName(expression, frame);
    case 'DynamicExpression':
      return scalarVector(dynamicLiteral(frame.context.language, (expression as WrappedExpression).Expression));
    case 'FunctionCallExpression':
      return evaluateCall(expression as FunctionCallExpression, frame);
    case 'UnaryMinusExpression':
      return negate(operand((expression as WrappedExpression).Expression, frame), frame.rowCount);
    case 'UnaryPlusExpression':
      return evaluateScalar((expression as WrappedExpression).Expression, frame);
    case 'PathExpression':
      return evaluatePath(expression as PathExpression, frame);
    case 'ElementExpression':
      return evaluateElement(expression as ElementExpression, frame);
    case 'InExpression':
    case 'InCsExpression':
    case 'NotInExpression':
    case 'NotInCsExpression':
      return evaluateIn(expression as InExpression, frame);
    case 'HasAnyExpression':
    case 'HasAllExpression':
      return evaluateHasTerms(expression as InExpression, kind === 'HasAllExpression', frame);
    case 'BetweenExpression':
    case 'NotBetweenExpression':
      return evaluateBetween(expression as BetweenExpression, kind === 'NotBetweenExpression', frame);
    case 'ToScalarExpression':
      return evaluateToScalar(expression as WrappedExpression, frame);
    default:
      return evaluateBinary(expression, kind, frame);
  }
}

export function operand(expression: Expression, frame: Frame): Operand {
  // A typeof(T) argument (extract, parse) names a type; functions read the requested type from their call's
  // bound result type, so the argument itself is passed as its text.
  if (frame.context.language.kindName(expression) === 'TypeOfLiteralExpression') {
    return { vector: scalarVector(nodeText(expression)), type: 'string' };
  }
  return { vector: evaluateScalar(expression, frame), type: expressionType(expression) };
}

function site(name: string, expression: Expression, frame: Frame): CallSite {
  return { name, rowCount: frame.rowCount, resultType: expressionType(expression), context: frame.context };
}

function evaluateBinary(expression: Expression, kind: string, frame: Frame): Vector {
  const binary = BINARY_OPERATORS.get(kind);
  if (binary === undefined) return unsupported('expression', nodeText(expression));
  const node = expression as unknown as { Left: Expression; Right: Expression; Operator: { Text: string } };
  return binary(operand(node.Left, frame), operand(node.Right, frame), site(node.Operator.Text, expression, frame));
}

function evaluateName(expression: Expression, frame: Frame): Vector {
  const symbol = expression.ReferencedSymbol;
  if (symbol === null) return unsupported('expression', nodeText(expression));
  const symbolKind = frame.context.language.symbolKindName(symbol);
  if (symbolKind === 'Column') {
    const index = frame.input?.indexOf(symbol.Name) ?? -1;
    if (index < 0 || frame.input === null) throw new QueryRuntimeError(`Column '${symbol.Name}' is not available here.`);
    return columnVector(frame.input.column(index));
  }
  if (symbolKind === 'Variable' || symbolKind === 'Parameter') {
    const binding = frame.scope.get(symbol.Name);
    if (binding?.kind === 'scalar') return binding.value;
    return unsupported('expression', nodeText(expression));
  }
  if (symbolKind === 'Function') return callUserFunction(expression, [], frame);
  return unsupported('expression', nodeText(expression));
}

function evaluateCall(call: FunctionCallExpression, frame: Frame): Vector {
  const name = call.Name.SimpleName;
  const symbol = call.ReferencedSymbol;
  if (symbol !== null && frame.context.language.globalsFor(frame.context.database).IsAggregateFunction(symbol)) {
    return unsupported('aggregation function', name);
  }
  const args = separatedElements(call.ArgumentList.Expressions);
  if (call.GetExpansion() !== null) return callUserFunction(call, args, frame);
  const rowFunction = ROW_FUNCTIONS.get(name);
  if (rowFunction !== undefined) return rowFunction(args, frame, (expression) => evaluateScalar(expression, frame), call);
  const builtIn = SCALAR_FUNCTIONS.get(name);
  if (builtIn === undefined) return unsupported('function', name);
  return builtIn(
    args.map((arg) => operand(arg, frame)),
    site(name, call, frame),
  );
}

/** A let-defined or stored function: its expansion is evaluated with the parameters bound to the arguments. */
function callUserFunction(call: SyntaxNode, args: readonly Expression[], frame: Frame): Vector {
  const body = call.GetExpansion() as FunctionBody | null;
  const symbol = call.ReferencedSymbol as FunctionSymbol | null;
  if (body === null || symbol === null) return unsupported('expression', nodeText(call));
  const parameterScope = frame.scope.child();
  const parameters = symbol.Signatures.getItem(0).Parameters;
  if (args.length !== parameters.Count) return unsupported('expression', nodeText(call));
  args.forEach((arg, index) => {
    const evaluated = operand(arg, frame);
    parameterScope.set(parameters.getItem(index).Name, { kind: 'scalar', value: evaluated.vector, type: evaluated.type });
  });
  const scope = frame.context.evaluators.bindStatements(body.Statements, parameterScope, frame.context);
  return evaluateScalar(body.Expression, { ...frame, input: null, scope, known: undefined });
}

function dynamicMember(value: Cell, key: Cell): Cell {
  if (value === null || typeof value !== 'object' || key === null) return null;
  if (Array.isArray(value)) {
    if (typeof key !== 'number' && typeof key !== 'bigint') return null;
    const index = Number(key);
    return value[index < 0 ? value.length + index : index] ?? null;
  }
  if (typeof key !== 'string') return null;
  return (value as Record<string, Cell>)[key] ?? null;
}

function requireDynamic(expression: Expression, whole: Expression): void {
  if (expressionType(expression) !== 'dynamic') unsupported('expression', nodeText(whole));
}

/** `d.name`, `d.["name"]` and `d.[0]` (a bracketed selector after the dot, as Sentinel queries write it). */
function evaluatePath(path: PathExpression, frame: Frame): Vector {
  requireDynamic(path.Expression, path);
  const target = evaluateScalar(path.Expression, frame);
  if (frame.context.language.kindName(path.Selector) === 'BracketedExpression') {
    const key = evaluateScalar((path.Selector as WrappedExpression).Expression, frame);
    return map2(target, key, frame.rowCount, dynamicMember);
  }
  const selector = path.Selector as SyntaxNode & { SimpleName?: string };
  const key = selector.SimpleName;
  if (key === undefined) return unsupported('expression', nodeText(path));
  return map1(target, frame.rowCount, (value) => dynamicMember(value, key));
}

function evaluateElement(element: ElementExpression, frame: Frame): Vector {
  requireDynamic(element.Expression, element);
  return map2(evaluateScalar(element.Expression, frame), evaluateScalar(element.Selector, frame), frame.rowCount, dynamicMember);
}

function isTabular(expression: Expression): boolean {
  return expression.ResultType?.Columns !== undefined;
}

/** The first column of a tabular expression, as candidate values. */
function tabularValues(expression: Expression, frame: Frame): { values: Cell[]; type: KustoType } {
  const relation = frame.context.evaluators.tabular(expression, frame.scope, frame.context);
  const type = relation.columns[0]?.type;
  if (type === undefined) return { values: [], type: 'dynamic' };
  return { values: relation.column(0), type };
}

/** The values listed on the right of in / has_any: constants, dynamic arrays, or a subquery's first column. */
function listedValues(expression: InExpression, frame: Frame): { values: Cell[]; type: KustoType }[] {
  const candidates: { values: Cell[]; type: KustoType }[] = [];
  for (const item of separatedElements(expression.Right.Expressions)) {
    if (isTabular(item)) {
      candidates.push(tabularValues(item, frame));
      continue;
    }
    const value = evaluateScalar(item, frame);
    if (value.kind !== 'scalar') return unsupported('expression', nodeText(expression));
    candidates.push({ values: [value.value], type: expressionType(item) });
  }
  return candidates;
}

function evaluateIn(expression: InExpression, frame: Frame): Vector {
  const operatorText = expression.Operator.Text;
  const mode = { caseInsensitive: operatorText.endsWith('~'), negated: operatorText.startsWith('!') };
  const left = operand(expression.Left, frame);
  const keys = candidateKeys(listedValues(expression, frame), mode, left.type);
  return inSet(left, keys, mode, frame.rowCount);
}

function evaluateHasTerms(expression: InExpression, requireAll: boolean, frame: Frame): Vector {
  const needles = listedValues(expression, frame).flatMap(({ values, type }) =>
    values.flatMap((value): Cell[] => (type === 'dynamic' && Array.isArray(value) ? value : [value])).map((value) => cellToString(value, type)),
  );
  return hasTerms(operand(expression.Left, frame), needles, requireAll, frame.rowCount);
}

function evaluateBetween(expression: BetweenExpression, negated: boolean, frame: Frame): Vector {
  return between(
    operand(expression.Left, frame),
    operand(expression.Right.First, frame),
    operand(expression.Right.Second, frame),
    negated,
    frame.rowCount,
  );
}

function evaluateToScalar(expression: WrappedExpression, frame: Frame): Vector {
  const inner = expression.Expression;
  if (!isTabular(inner)) return evaluateScalar(inner, frame);
  const relation = frame.context.evaluators.tabular(inner, frame.scope, frame.context);
  if (relation.columns.length === 0 || relation.rowCount === 0) return scalarVector(kustoTypeOf(expression.ResultType) === 'string' ? '' : null);
  return scalarVector(relation.column(0)[0] ?? null);
}
