// Typed views of the Kusto.Language nodes of the operators in this folder (join, parse, mv-expand, ...).
// Only the members read are declared, in the style of kusto/syntax.ts.
import type { Expression, FunctionCallExpression, NameNode, NamedParameter, SeparatedList, SyntaxList, SyntaxNode } from '../kusto/syntax.ts';

export interface JoinOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Expression: Expression;
  readonly ConditionClause: SyntaxNode;
}

export interface LookupOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Expression: Expression;
  readonly LookupClause: SyntaxNode;
}

export interface JoinOnClause extends SyntaxNode {
  readonly Expressions: SeparatedList<Expression>;
}

export interface ParseOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Expression: Expression;
  readonly Patterns: SyntaxList<SyntaxNode>;
}

export interface NameAndTypeDeclaration extends SyntaxNode {
  readonly Name: NameNode;
}

export interface NameDeclaration extends SyntaxNode {
  readonly SimpleName: string;
}

export interface ToTypeOfClause extends SyntaxNode {
  readonly TypeOf: SyntaxNode;
}

/** mv-expand and mv-apply share the shape of their expanded expressions. */
export interface ExpandExpression extends Expression {
  readonly Expression: Expression;
  readonly ToTypeOf: ToTypeOfClause | null;
}

export interface RowLimitClause extends SyntaxNode {
  readonly RowLimit: Expression;
}

export interface MvExpandOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Expressions: SeparatedList<ExpandExpression>;
  readonly RowLimitClause: RowLimitClause | null;
}

export interface MvApplyOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Expressions: SeparatedList<ExpandExpression>;
  readonly RowLimitClause: RowLimitClause | null;
  readonly ContextIdClause: SyntaxNode | null;
  readonly Subquery: { readonly Expression: Expression };
}

export interface MakeSeriesExpression extends Expression {
  readonly Expression: Expression;
  readonly DefaultExpression: { readonly Expression: Expression } | null;
}

export interface MakeSeriesOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Aggregates: SeparatedList<MakeSeriesExpression>;
  readonly OnClause: { readonly Expression: Expression };
  readonly RangeClause: SyntaxNode;
  readonly ByClause: { readonly Expressions: SeparatedList<Expression> } | null;
}

export interface MakeSeriesFromToStepClause extends SyntaxNode {
  readonly MakeSeriesFromClause: { readonly Expression: Expression } | null;
  readonly MakeSeriesToClause: { readonly Expression: Expression } | null;
  readonly MakeSeriesStepClause: { readonly Expression: Expression };
}

export interface MakeSeriesInRangeClause extends SyntaxNode {
  readonly Arguments: { readonly Expressions: SeparatedList<Expression> };
}

export interface SearchOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly DataScope: SyntaxNode | null;
  readonly InClause: { readonly Expressions: SeparatedList<Expression> } | null;
  readonly Condition: Expression;
}

export interface SearchExpression extends Expression {
  readonly Left: Expression;
  readonly Right: Expression;
}

export interface SampleOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Expression: Expression;
}

export interface TopNestedClause extends SyntaxNode {
  readonly Expression: Expression | null;
  readonly OfExpression: Expression;
  readonly WithOthersClause: { readonly Expression: Expression } | null;
  readonly ByExpression: Expression;
}

export interface TopNestedOperator extends SyntaxNode {
  readonly Clauses: SeparatedList<TopNestedClause>;
}

export interface AsOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Name: NameDeclaration;
}

export interface InvokeOperator extends SyntaxNode {
  readonly Function: Expression;
}

export interface EvaluateOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly FunctionCall: FunctionCallExpression;
  readonly Schema: SyntaxNode | null;
}
