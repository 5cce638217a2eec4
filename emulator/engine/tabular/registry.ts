// The shape of a tabular operator: the operator's syntax node applied to the relation piped into it.
import type { ExecutionContext, Scope } from '../context.ts';
import type { SyntaxNode } from '../kusto/syntax.ts';
import type { Relation } from '../model/relation.ts';

export interface OperatorEnvironment {
  readonly context: ExecutionContext;
  readonly scope: Scope;
}

export type TabularOperator = (operator: SyntaxNode, input: Relation, environment: OperatorEnvironment) => Relation;
