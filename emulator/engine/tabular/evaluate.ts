// Evaluates a tabular expression: a source (table, let name, function call, datatable, print, union)
// followed by piped operators, checking for cancellation between operators.
import { scalarFrame } from '../context.ts';
import type { ExecutionContext, Scope } from '../context.ts';
import { unsupported } from '../errors.ts';
import { nodeText, separatedElements } from '../kusto/syntax.ts';
import type { DataTableExpression, Expression, FunctionBody, FunctionCallExpression, FunctionSymbol, PipeExpression, RangeOperator, SyntaxNode, WrappedExpression } from '../kusto/syntax.ts';
import type { Relation } from '../model/relation.ts';
import { operand } from '../scalar/evaluate.ts';
import { TABULAR_OPERATORS } from './operators/index.ts';
import { sortThenTake } from './operators/ordering.ts';
import { union } from './operators/union.ts';
import { dataTable, print, range, tableReference } from './sources.ts';

export function evaluateTabular(expression: Expression, scope: Scope, context: ExecutionContext): Relation {
  context.throwIfCancelled();
  const kind = context.language.kindName(expression);
  switch (kind) {
    case 'PipeExpression': {
      const pipe = expression as PipeExpression;
      const sorted = sortedTake(pipe, scope, context);
      if (sorted !== null) return sorted;
      const input = evaluateTabular(pipe.Expression, scope, context);
      context.throwIfCancelled();
      return applyOperator(pipe.Operator, input, scope, context);
    }
    case 'ParenthesizedExpression':
    case 'MaterializeExpression':
      return evaluateTabular((expression as WrappedExpression).Expression, scope, context);
    case 'NameReference':
      return evaluateReference(expression, scope, context);
    case 'FunctionCallExpression':
      return callTabularFunction(expression, separatedElements((expression as FunctionCallExpression).ArgumentList.Expressions), scope, context);
    case 'DataTableExpression':
      return dataTable(expression as DataTableExpression, scope, context);
    case 'PrintOperator':
      return print(expression, scope, context);
    case 'UnionOperator':
      return union(expression, null, { context, scope });
    case 'RangeOperator':
      return range(expression as RangeOperator, scope, context);
    default:
      return kind.endsWith('Operator') ? unsupported('operator', operatorKeyword(expression)) : unsupported('expression', nodeText(expression));
  }
}

/** `... | sort by k | take N` evaluated as a top-N; null when the pipe is not of that shape. */
function sortedTake(pipe: PipeExpression, scope: Scope, context: ExecutionContext): Relation | null {
  const { language } = context;
  if (language.kindName(pipe.Operator) !== 'TakeOperator' || language.kindName(pipe.Expression) !== 'PipeExpression') return null;
  const sort = pipe.Expression as PipeExpression;
  if (language.kindName(sort.Operator) !== 'SortOperator') return null;
  const input = evaluateTabular(sort.Expression, scope, context);
  context.throwIfCancelled();
  return sortThenTake(sort.Operator, pipe.Operator, input, { context, scope });
}

/** The keyword that names an operator in messages: `where`, `mv-apply`, `make-series`. */
function operatorKeyword(operator: SyntaxNode): string {
  return operator.GetFirstToken()?.Text ?? nodeText(operator);
}

function applyOperator(operator: SyntaxNode, input: Relation, scope: Scope, context: ExecutionContext): Relation {
  const implementation = TABULAR_OPERATORS.get(context.language.kindName(operator));
  if (implementation === undefined) return unsupported('operator', operatorKeyword(operator));
  return implementation(operator, input, { context, scope });
}

function evaluateReference(reference: Expression, scope: Scope, context: ExecutionContext): Relation {
  const symbol = reference.ReferencedSymbol;
  if (symbol === null) return unsupported('expression', nodeText(reference));
  switch (context.language.symbolKindName(symbol)) {
    case 'Table':
      return tableReference(symbol.Name, context);
    case 'Variable':
    case 'Parameter': {
      const binding = scope.get(symbol.Name);
      if (binding?.kind === 'tabular') return binding.relation();
      return unsupported('expression', nodeText(reference));
    }
    case 'Function':
      return callTabularFunction(reference, [], scope, context);
    default:
      return unsupported('expression', nodeText(reference));
  }
}

/** A let-defined or stored tabular function: its expansion, with parameters bound to the arguments. */
function callTabularFunction(call: SyntaxNode, args: readonly Expression[], scope: Scope, context: ExecutionContext): Relation {
  const body = call.GetExpansion() as FunctionBody | null;
  const symbol = call.ReferencedSymbol as FunctionSymbol | null;
  if (body === null || symbol === null) return unsupported('function', nodeText(call));
  const parameters = symbol.Signatures.getItem(0).Parameters;
  if (args.length !== parameters.Count) return unsupported('expression', nodeText(call));
  const parameterScope = scope.child();
  args.forEach((arg, index) => {
    const name = parameters.getItem(index).Name;
    if (arg.ResultType?.Columns !== undefined) {
      const relation = evaluateTabular(arg, scope, context);
      parameterScope.set(name, { kind: 'tabular', relation: () => relation });
    } else {
      const value = operand(arg, scalarFrame(context, scope));
      parameterScope.set(name, { kind: 'scalar', value: value.vector, type: value.type });
    }
  });
  const bodyScope = context.evaluators.bindStatements(body.Statements, parameterScope, context);
  return evaluateTabular(body.Expression, bodyScope, context);
}
