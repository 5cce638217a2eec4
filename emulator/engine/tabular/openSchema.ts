// `evaluate bag_unpack(d)` without an output schema has columns that only the data tells, so Kusto.Language cannot
// type what follows it (`| summarize count() by city`). The service learns them by running the plugin; so does the
// engine: it runs the pipe up to the plugin, writes the columns it found as the plugin's output schema
// (`bag_unpack(d) : (*, city:string, ...)`), analyses the query again and runs the rewritten pipe.
import type { ExecutionContext, Scope } from '../context.ts';
import { QueryRuntimeError } from '../errors.ts';
import { listItems, nodeText } from '../kusto/syntax.ts';
import type { Expression, KustoCode, PipeExpression, SyntaxNode } from '../kusto/syntax.ts';
import type { Relation } from '../model/relation.ts';
import type { EvaluateOperator } from './syntax.ts';

/** IncludeTrivia.All: the node's text exactly as written, so offsets match TextStart. */
const ALL_TRIVIA = 0;

/** Operators that read their input's columns as they are; after them the unpacked columns need no schema. */
export const PASS_THROUGH: ReadonlySet<string> = new Set([
  'FilterOperator', 'TakeOperator', 'SortOperator', 'TopOperator', 'RenderOperator', 'CountOperator', 'GetSchemaOperator', 'SampleOperator', 'AsOperator',
]);

function isSchemalessUnpack(operator: SyntaxNode, context: ExecutionContext): boolean {
  if (context.language.kindName(operator) !== 'EvaluateOperator') return false;
  const evaluate = operator as EvaluateOperator;
  return evaluate.FunctionCall.Name.SimpleName === 'bag_unpack' && evaluate.Schema === null;
}

/** The pipe, within a chain of pipes, whose operator is a schema-less bag_unpack followed by an operator that needs its columns. */
function unpackNeedingSchema(top: PipeExpression, context: ExecutionContext): PipeExpression | null {
  const chain: PipeExpression[] = [];
  for (let node: Expression = top; context.language.kindName(node) === 'PipeExpression'; node = (node as PipeExpression).Expression) {
    chain.push(node as PipeExpression);
  }
  let needsColumns = false;
  for (const pipe of chain) {
    if (isSchemalessUnpack(pipe.Operator, context) && needsColumns) return pipe;
    if (!PASS_THROUGH.has(context.language.kindName(pipe.Operator))) needsColumns = true;
  }
  return null;
}

function root(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.Parent !== null) current = current.Parent;
  return current;
}

function firstError(code: KustoCode): string | null {
  return listItems(code.GetDiagnostics()).find((diagnostic) => diagnostic.Severity === 'Error')?.Message ?? null;
}

/** The node of the re-analysed query that spans [start, end) and is a pipe. */
function pipeAt(code: KustoCode, start: number, end: number, context: ExecutionContext): PipeExpression | null {
  let node: SyntaxNode | null = code.Syntax.GetTokenAt(start)?.Parent ?? null;
  while (node !== null && !(node.TextStart === start && node.End === end && context.language.kindName(node) === 'PipeExpression')) node = node.Parent;
  return node as PipeExpression | null;
}

/**
 * The rows of `top`, a pipe at the top of its chain, when the chain needs the columns of a schema-less
 * bag_unpack; null when it does not, or when the columns cannot be written as a schema (the caller then refuses the
 * operator clearly).
 */
export function runWithUnpackedSchema(
  top: PipeExpression,
  scope: Scope,
  context: ExecutionContext,
  evaluate: (expression: Expression, scope: Scope, context: ExecutionContext) => Relation,
): Relation | null {
  const parent = top.Parent;
  if (parent !== null && context.language.kindName(parent) === 'PipeExpression' && (parent as PipeExpression).Expression === top) return null;
  const unpack = unpackNeedingSchema(top, context);
  // A slot that replaces an input column (columnsConflict='replace_source') cannot be declared next to `*`.
  if (unpack === null || nodeText((unpack.Operator as EvaluateOperator).FunctionCall).includes('replace_source')) return null;
  const bound = unpack.Operator.ResultType?.Columns;
  if (bound === undefined) return null;
  const known = new Set(listItems(bound).map((column) => column.Name));
  const unpacked = evaluate(unpack, scope, context);
  const slots = unpacked.columns.filter((column) => !known.has(column.name));
  const declared = slots.map((column) => `, ['${column.name.replace(/'/g, "\\'")}']:${column.type}`).join('');
  const insertion = ` : (*${declared})`;
  const query = root(top);
  const text = query.ToString(ALL_TRIVIA);
  const at = unpack.Operator.End;
  const code = context.language.parseAndAnalyze(`${text.slice(0, at)}${insertion}${text.slice(at)}`, context.database);
  const error = firstError(code);
  // An error in the whole query is the query's own (a column the data does not have); in a function body alone,
  // the body's parameters are unknown, so the rewrite is given up.
  if (error !== null && context.language.kindName(query) === 'QueryBlock') throw new QueryRuntimeError(error);
  if (error !== null) return null;
  const rewritten = pipeAt(code, top.TextStart, top.End + insertion.length, context);
  return rewritten === null ? null : evaluate(rewritten, scope, context);
}
