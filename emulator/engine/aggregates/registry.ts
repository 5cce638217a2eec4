// The shape of an aggregation: given the rows' group numbers, one result cell per group.
import type { Cell, KustoType } from '../api.ts';
import type { Operand } from '../scalar/registry.ts';

export interface Grouping {
  /** The group of every input row. */
  readonly groupOf: Int32Array;
  readonly groupCount: number;
  readonly rowCount: number;
}

export interface AggregateSite {
  readonly name: string;
  /** The bound result type of the aggregation call. */
  readonly resultType: KustoType;
}

export type AggregateFunction = (args: readonly Operand[], grouping: Grouping, site: AggregateSite) => Cell[];
