// Evaluates a tabular expression: a source (table, let name, function call, datatable, print, union, search)
// followed by piped operators, checking for cancellation between operators.
import { scalarFrame } from '../context.ts';
import type { ExecutionContext, Scope } from '../context.ts';
import { UnsupportedError, unsupported } from '../errors.ts';
import { nodeText, separatedElements } from '../kusto/syntax.ts';
import type { DataTableExpression, Expression, FunctionBody, FunctionCallExpression, FunctionSymbol, PipeExpression, RangeOperator, SyntaxNode, WrappedExpression } from '../kusto/syntax.ts';
import type { Relation } from '../model/relation.ts';
import { cellAt } from '../model/vector.ts';
import { operand } from '../scalar/evaluate.ts';
import { TABULAR_OPERATORS } from './operators/index.ts';
import { sortThenTake } from './operators/ordering.ts';
import { search } from './operators/search.ts';
import { union } from './operators/union.ts';
import type { OperatorEnvironment } from './registry.ts';
import { PASS_THROUGH, runWithUnpackedSchema } from './openSchema.ts';
import { requireSerializedInput } from './serialization.ts';
import { dataTable, print, range, tableReference } from './sources.ts';

export function evaluateTabular(expression: Expression, scope: Scope, context: ExecutionContext): Relation {
  context.throwIfCancelled();
  const kind = context.language.kindName(expression);
  switch (kind) {
    case 'PipeExpression': {
      const pipe = expression as PipeExpression;
      const rebound = runWithUnpackedSchema(pipe, scope, context, evaluateTabular);
      if (rebound !== null) return rebound;
      const sorted = sortedTake(pipe, scope, context);
      if (sorted !== null) return sorted;
      const input = evaluateTabular(pipe.Expression, scope, context);
      context.throwIfCancelled();
      return applyOperator(pipe.Operator, input, pipe.Expression, scope, context);
    }
    case 'ParenthesizedExpression':
    case 'MaterializeExpression':
      return evaluateTabular((expression as WrappedExpression).Expression, scope, context);
    case 'NameReference':
      return evaluateReference(expression, scope, context);
    case 'FunctionCallExpression': {
      const call = expression as FunctionCallExpression;
      const args = separatedElements(call.ArgumentList.Expressions);
      if (call.Name.SimpleName === 'table' && call.GetExpansion() === null) return tableFunction(call, args, scope, context);
      return callTabularFunction(expression, args, scope, context, null);
    }
    case 'DataTableExpression':
      return dataTable(expression as DataTableExpression, scope, context);
    case 'PrintOperator':
      return print(expression, scope, context);
    case 'UnionOperator':
      return union(expression, null, environmentOf(scope, context));
    case 'SearchOperator':
      return search(expression, null, environmentOf(scope, context));
    case 'RangeOperator':
      return range(expression as RangeOperator, scope, context);
    default:
      return kind.endsWith('Operator') ? unsupported('operator', operatorKeyword(expression)) : unsupported('expression', nodeText(expression));
  }
}

/**
 * A subquery whose first operator has no source of its own (the body of mv-apply): its leftmost operator reads
 * `input`.
 */
function applyPipeline(expression: Expression, input: Relation, scope: Scope, context: ExecutionContext): Relation {
  const kind = context.language.kindName(expression);
  if (kind === 'PipeExpression') {
    const pipe = expression as PipeExpression;
    const inner = applyPipeline(pipe.Expression, input, scope, context);
    context.throwIfCancelled();
    return applyOperator(pipe.Operator, inner, null, scope, context);
  }
  if (kind === 'ParenthesizedExpression') return applyPipeline((expression as WrappedExpression).Expression, input, scope, context);
  if (TABULAR_OPERATORS.has(kind)) return applyOperator(expression, input, null, scope, context);
  return evaluateTabular(expression, scope, context);
}

function environmentOf(scope: Scope, context: ExecutionContext): OperatorEnvironment {
  return {
    context,
    scope,
    subquery: (expression, input, subqueryScope) => applyPipeline(expression, input, subqueryScope, context),
    invoke: (call, input) => callTabularFunction(call, separatedElements((call as FunctionCallExpression).ArgumentList.Expressions), scope, context, input),
  };
}

/** `... | sort by k | take N` evaluated as a top-N; null when the pipe is not of that shape. */
function sortedTake(pipe: PipeExpression, scope: Scope, context: ExecutionContext): Relation | null {
  const { language } = context;
  if (language.kindName(pipe.Operator) !== 'TakeOperator' || language.kindName(pipe.Expression) !== 'PipeExpression') return null;
  const sort = pipe.Expression as PipeExpression;
  if (language.kindName(sort.Operator) !== 'SortOperator') return null;
  const input = evaluateTabular(sort.Expression, scope, context);
  context.throwIfCancelled();
  return sortThenTake(sort.Operator, pipe.Operator, input, environmentOf(scope, context));
}

/** The keyword that names an operator in messages: `where`, `mv-apply`, `make-series`. */
function operatorKeyword(operator: SyntaxNode): string {
  return operator.GetFirstToken()?.Text ?? nodeText(operator);
}

/**
 * Rows of a schema-less `evaluate bag_unpack` have columns the binder never saw. In the plugin's own pipe the query is
 * re-analysed with them (openSchema.ts); rows that arrive some other way (through a let) may only meet operators
 * that keep their input's columns: one that builds its output from the bound schema would silently drop them.
 */
function requireKnownColumns(operator: SyntaxNode, input: Relation, inputExpression: Expression | null, context: ExecutionContext): void {
  const bound = inputExpression?.ResultType?.Columns;
  if (bound === undefined || PASS_THROUGH.has(context.language.kindName(operator))) return;
  const names = new Set<string>();
  for (let i = 0; i < bound.Count; i++) names.add(bound.getItem(i).Name);
  if (input.columns.every((column) => names.has(column.name))) return;
  const keyword = operatorKeyword(operator);
  throw new UnsupportedError(keyword, `'${keyword}' after 'evaluate bag_unpack' without an output schema (its columns are known only when it runs)`);
}

function applyOperator(operator: SyntaxNode, input: Relation, inputExpression: Expression | null, scope: Scope, context: ExecutionContext): Relation {
  const implementation = TABULAR_OPERATORS.get(context.language.kindName(operator));
  if (implementation === undefined) return unsupported('operator', operatorKeyword(operator));
  requireKnownColumns(operator, input, inputExpression, context);
  requireSerializedInput(operator, inputExpression, context.language);
  return implementation(operator, input, environmentOf(scope, context));
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
      return callTabularFunction(reference, [], scope, context, null);
    default:
      return unsupported('expression', nodeText(reference));
  }
}

/** `table("Name")`: a table, or a tabular let, named by a string (so a function can take the name as a parameter). */
function tableFunction(call: FunctionCallExpression, args: readonly Expression[], scope: Scope, context: ExecutionContext): Relation {
  const [nameArgument] = args;
  const name = nameArgument === undefined ? null : cellAt(operand(nameArgument, scalarFrame(context, scope)).vector, 0);
  if (typeof name !== 'string') return unsupported('function', nodeText(call));
  const binding = scope.get(name);
  if (binding?.kind === 'tabular') return binding.relation();
  if (context.database.tables.has(name)) return tableReference(name, context);
  return unsupported('function', nodeText(call));
}

/**
 * A let-defined or stored tabular function: its expansion, with parameters bound to the arguments. `invoke` passes
 * its input as the first, tabular, parameter.
 */
function callTabularFunction(call: SyntaxNode, args: readonly Expression[], scope: Scope, context: ExecutionContext, input: Relation | null): Relation {
  const body = call.GetExpansion() as FunctionBody | null;
  const symbol = call.ReferencedSymbol as FunctionSymbol | null;
  if (body === null || symbol === null) return unsupported('function', nodeText(call));
  const parameters = symbol.Signatures.getItem(0).Parameters;
  const offset = input === null ? 0 : 1;
  if (args.length + offset !== parameters.Count) return unsupported('expression', nodeText(call));
  const parameterScope = scope.child();
  if (input !== null) parameterScope.set(parameters.getItem(0).Name, { kind: 'tabular', relation: () => input });
  args.forEach((arg, index) => {
    const name = parameters.getItem(index + offset).Name;
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
