// The registry of aggregation functions by name (arg_max/arg_min, which yield whole rows, live in summarize).
import type { Cell } from '../api.ts';
import type { Operand } from '../scalar/registry.ts';
import { COLLECTION_AGGREGATES, MULTI_COLUMN_COLLECTIONS } from './collections.ts';
import { COUNTING_AGGREGATES } from './counting.ts';
import { NUMERIC_AGGREGATES } from './numeric.ts';
import type { AggregateFunction, Grouping } from './registry.ts';
import { MULTI_COLUMN_AGGREGATES as MULTI_COLUMN_STATISTICS, STATISTICS_AGGREGATES } from './statistics.ts';

export const AGGREGATE_FUNCTIONS: ReadonlyMap<string, AggregateFunction> = new Map(
  Object.entries({ ...COUNTING_AGGREGATES, ...NUMERIC_AGGREGATES, ...COLLECTION_AGGREGATES, ...STATISTICS_AGGREGATES }),
);

/**
 * Aggregations whose one call yields several output columns (`percentiles(x, 50, 95)`, `take_any(a, b)`), in the
 * order of the bound schema. Their single-column entries above answer a one-column call and refuse the others.
 */
export const MULTI_COLUMN_AGGREGATES: ReadonlyMap<string, (args: readonly Operand[], grouping: Grouping) => Cell[][]> = new Map(
  Object.entries({ ...MULTI_COLUMN_COLLECTIONS, ...MULTI_COLUMN_STATISTICS }),
);
