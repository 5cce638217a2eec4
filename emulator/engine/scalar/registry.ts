// The shapes of scalar operators and functions, so each family lives in its own module with a table of entries.
import type { KustoType } from '../api.ts';
import type { ExecutionContext } from '../context.ts';
import type { Vector } from '../model/vector.ts';

/** An evaluated argument: its values and the type the binder gave it. */
export interface Operand {
  readonly vector: Vector;
  readonly type: KustoType;
}

export interface CallSite {
  readonly name: string;
  readonly rowCount: number;
  /** The bound result type of the call or operator expression. */
  readonly resultType: KustoType;
  readonly context: ExecutionContext;
}

export type BinaryOperator = (left: Operand, right: Operand, site: CallSite) => Vector;

export type ScalarFunction = (args: readonly Operand[], site: CallSite) => Vector;
