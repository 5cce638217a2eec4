// What evaluation carries along: the request's instant, window and cancellation, the let-bound names in scope,
// and for scalar expressions the rows they are evaluated over.
import type { Database, KustoType, RenderSpec, TimeWindow } from './api.ts';
import { QueryCancelledError } from './errors.ts';
import type { KustoLanguage } from './kusto/language.ts';
import type { Expression, SeparatedList, SyntaxNode } from './kusto/syntax.ts';
import type { Relation } from './model/relation.ts';
import type { Vector } from './model/vector.ts';

/**
 * Statement and tabular evaluation, handed to scalar evaluation through the context (toscalar(), `in (T)`,
 * function bodies) so the scalar modules do not import the tabular ones.
 */
export interface Evaluators {
  tabular(expression: Expression, scope: Scope, context: ExecutionContext): Relation;
  /** Binds let statements in order; returns the scope that sees all of them. */
  bindStatements(statements: SeparatedList<SyntaxNode>, scope: Scope, context: ExecutionContext): Scope;
}

export class ExecutionContext {
  rowsScanned = 0;
  /** Set by a `render` operator of the statement being evaluated. */
  render: RenderSpec | undefined = undefined;

  constructor(
    readonly language: KustoLanguage,
    readonly database: Database,
    readonly now: bigint,
    readonly window: TimeWindow | undefined,
    private readonly signal: AbortSignal | undefined,
    readonly evaluators: Evaluators,
  ) {}

  /** Called between operators so an abandoned request stops doing work. */
  throwIfCancelled(): void {
    if (this.signal?.aborted === true) throw new QueryCancelledError();
  }
}

export type Binding =
  | { kind: 'scalar'; value: Vector; type: KustoType }
  | { kind: 'tabular'; relation: () => Relation };

/** Let-bound names and function parameters; a child scope shadows its parent. */
export class Scope {
  private readonly bindings = new Map<string, Binding>();

  constructor(private readonly parent?: Scope) {}

  get(name: string): Binding | undefined {
    return this.bindings.get(name) ?? this.parent?.get(name);
  }

  set(name: string, binding: Binding): void {
    this.bindings.set(name, binding);
  }

  child(): Scope {
    return new Scope(this);
  }
}

/** Where a scalar expression is evaluated: over the rows of `input` (or a single row when there is none). */
export interface Frame {
  readonly context: ExecutionContext;
  readonly scope: Scope;
  readonly input: Relation | null;
  readonly rowCount: number;
  /** Nodes whose values are already known, such as the aggregates of a summarize, evaluated per group. */
  readonly known?: ReadonlyMap<SyntaxNode, Vector>;
}

export function rowFrame(context: ExecutionContext, scope: Scope, input: Relation): Frame {
  return { context, scope, input, rowCount: input.rowCount };
}

export function scalarFrame(context: ExecutionContext, scope: Scope): Frame {
  return { context, scope, input: null, rowCount: 1 };
}
