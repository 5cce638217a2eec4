// A thin typed view of the parts of Kusto.Language (C# projected to JS by Bridge.NET) that the engine reads.
// Only the members used are declared; the library's own 1.7 MB declaration file stays out of the build.

export interface ReadOnlyList<T> {
  readonly Count: number;
  getItem(index: number): T;
}

export interface KSymbol {
  readonly Name: string;
  readonly Kind: number;
}

export interface TypeSymbol extends KSymbol {
  /** Present on table symbols. */
  readonly Columns?: ReadOnlyList<ColumnSymbol>;
}

export interface ColumnSymbol extends KSymbol {
  readonly Type: TypeSymbol;
}

export interface FunctionSymbol extends KSymbol {
  readonly Signatures: ReadOnlyList<{ readonly Parameters: ReadOnlyList<{ readonly Name: string }> }>;
}

export interface Diagnostic {
  readonly Code: string;
  readonly Severity: string;
  readonly Category: string;
  readonly Message: string;
  readonly Start: number;
  readonly Length: number;
  readonly HasLocation: boolean;
}

export interface SyntaxElement {
  readonly Kind: number;
  readonly IsToken: boolean;
  readonly TextStart: number;
  readonly End: number;
  readonly Width: number;
  readonly ChildCount: number;
  readonly Parent: SyntaxNode | null;
  GetChild(index: number): SyntaxElement | null;
}

export interface SyntaxToken extends SyntaxElement {
  readonly Text: string;
  readonly ValueText: string;
}

export interface SyntaxNode extends SyntaxElement {
  readonly ResultType: TypeSymbol | null;
  readonly ReferencedSymbol: KSymbol | null;
  readonly ConstantValue: unknown;
  readonly IsConstant: boolean;
  GetTokenAt(position: number): SyntaxToken | null;
  GetFirstToken(includeZeroWidthTokens?: boolean): SyntaxToken | null;
  ToString(includeTrivia: number): string;
  /** For a call of a user-defined or stored function: its body, bound for this call site. */
  GetExpansion(): SyntaxNode | null;
}

/** SyntaxList<T>: also a node, and a list of its elements. */
export interface SyntaxList<T> extends SyntaxNode, ReadOnlyList<T> {}

export interface SeparatedElement<T> extends SyntaxNode {
  readonly Element$1: T;
}

export type SeparatedList<T> = SyntaxList<SeparatedElement<T>>;

export type Expression = SyntaxNode;

export interface QueryBlock extends SyntaxNode {
  readonly Statements: SeparatedList<SyntaxNode>;
}

export interface ExpressionStatement extends SyntaxNode {
  readonly Expression: Expression;
}

export interface NameNode extends SyntaxNode {
  readonly SimpleName: string;
}

export interface LetStatement extends SyntaxNode {
  readonly Name: NameNode;
  readonly Expression: Expression;
}

export interface SetOptionStatement extends SyntaxNode {
  readonly Name: NameNode;
  readonly ValueClause: { readonly Expression: Expression } | null;
}

export interface PipeExpression extends Expression {
  readonly Expression: Expression;
  readonly Operator: SyntaxNode;
}

export interface NamedParameter extends SyntaxNode {
  readonly Name: NameNode;
  readonly Expression: Expression;
}

export interface ExpressionListOperator extends SyntaxNode {
  readonly Expressions: SeparatedList<Expression>;
}

export interface FilterOperator extends SyntaxNode {
  readonly Condition: Expression;
}

export interface SummarizeOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Aggregates: SeparatedList<Expression>;
  readonly ByClause: { readonly Expressions: SeparatedList<Expression>; readonly BinClause: SyntaxNode | null } | null;
}

export interface SortOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Expressions: SeparatedList<Expression>;
}

export interface OrderedExpression extends Expression {
  readonly Expression: Expression;
  readonly Ordering: {
    readonly AscOrDescKeyword: SyntaxToken | null;
    readonly NullsClause: { readonly FirstOrLastKeyword: SyntaxToken | null } | null;
  } | null;
}

export interface TopOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Expression: Expression;
  readonly ByExpression: Expression;
}

export interface TakeOperator extends SyntaxNode {
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly Expression: Expression;
}

export interface DistinctOperator extends ExpressionListOperator {
  readonly Parameters: SyntaxList<NamedParameter>;
}

export interface UnionOperator extends ExpressionListOperator {
  readonly Parameters: SyntaxList<NamedParameter>;
}

export interface RenderOperator extends SyntaxNode {
  readonly ChartType: SyntaxToken;
  readonly Parameters: SyntaxList<NamedParameter>;
  readonly WithClause: { readonly Properties: SeparatedList<NamedParameter> } | null;
}

export interface GetSchemaOperator extends SyntaxNode {
  readonly KindParameter: NamedParameter | null;
}

export interface RangeOperator extends SyntaxNode {
  readonly From: Expression;
  readonly To: Expression;
  readonly Step: Expression;
}

export interface NameAndTypeDeclaration extends SyntaxNode {
  readonly Name: NameNode;
  readonly Type: SyntaxNode;
}

export interface DataTableExpression extends Expression {
  readonly Schema: { readonly Columns: SeparatedList<NameAndTypeDeclaration> };
  readonly Values: SeparatedList<Expression>;
}

export interface SimpleNamedExpression extends Expression {
  readonly Name: NameNode;
  readonly Expression: Expression;
}

export interface CompoundNamedExpression extends Expression {
  readonly Names: { readonly Names: SeparatedList<NameNode> };
  readonly Expression: Expression;
}

export interface NameReference extends Expression {
  readonly SimpleName: string;
}

export interface FunctionCallExpression extends Expression {
  readonly Name: NameReference;
  readonly ArgumentList: { readonly Expressions: SeparatedList<Expression> };
}

export interface BinaryExpression extends Expression {
  readonly Left: Expression;
  readonly Operator: SyntaxToken;
  readonly Right: Expression;
}

export interface PrefixUnaryExpression extends Expression {
  readonly Expression: Expression;
}

export interface InExpression extends Expression {
  readonly Left: Expression;
  readonly Operator: SyntaxToken;
  readonly Right: { readonly Expressions: SeparatedList<Expression> };
}

export interface BetweenExpression extends Expression {
  readonly Left: Expression;
  readonly Right: { readonly First: Expression; readonly Second: Expression };
}

export interface PathExpression extends Expression {
  readonly Expression: Expression;
  readonly Selector: Expression;
}

export interface ElementExpression extends Expression {
  readonly Expression: Expression;
  readonly Selector: Expression;
}

export interface WrappedExpression extends Expression {
  readonly Expression: Expression;
}

export interface LiteralExpression extends Expression {
  readonly Token: SyntaxToken;
}

export interface JsonObjectExpression extends Expression {
  readonly Pairs: SeparatedList<{ readonly Name: SyntaxToken; readonly Value: Expression }>;
}

export interface JsonArrayExpression extends Expression {
  readonly Values: SeparatedList<Expression>;
}

export interface FunctionBody extends SyntaxNode {
  readonly Statements: SeparatedList<SyntaxNode>;
  readonly Expression: Expression;
}

export interface KustoCode {
  readonly Text: string;
  readonly Syntax: QueryBlock;
  readonly ResultType: TypeSymbol | null;
  GetDiagnostics(): ReadOnlyList<Diagnostic>;
  GetSyntaxDiagnostics(): ReadOnlyList<Diagnostic>;
}

export interface GlobalState {
  IsAggregateFunction(fn: KSymbol): boolean;
}

/** IncludeTrivia.Minimal: the node's text without surrounding whitespace and comments. */
const MINIMAL_TRIVIA = 2;

export function nodeText(node: SyntaxNode): string {
  return node.ToString(MINIMAL_TRIVIA);
}

/** The elements of a comma-separated syntax list, without their separators. */
export function separatedElements<T>(list: SeparatedList<T>): T[] {
  const items: T[] = [];
  for (let i = 0; i < list.Count; i++) items.push(list.getItem(i).Element$1);
  return items;
}

export function listItems<T>(list: ReadOnlyList<T>): T[] {
  const items: T[] = [];
  for (let i = 0; i < list.Count; i++) items.push(list.getItem(i));
  return items;
}
