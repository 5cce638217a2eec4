// The shape of a tabular operator: the operator's syntax node applied to the relation piped into it.
import type { ExecutionContext, Scope } from '../context.ts';
import type { Expression, SyntaxNode } from '../kusto/syntax.ts';
import type { Relation } from '../model/relation.ts';

export interface OperatorEnvironment {
  readonly context: ExecutionContext;
  readonly scope: Scope;
  /** Runs a subquery without a source of its own (mv-apply's body) over `input`. */
  readonly subquery: (expression: Expression, input: Relation, scope: Scope) => Relation;
  /** Calls a tabular function with `input` as its first, tabular, argument (invoke). */
  readonly invoke: (call: Expression, input: Relation) => Relation;
}

export type TabularOperator = (operator: SyntaxNode, input: Relation, environment: OperatorEnvironment) => Relation;
