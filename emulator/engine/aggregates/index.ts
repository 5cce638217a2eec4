// The registry of aggregation functions by name (arg_max/arg_min, which yield whole rows, live in summarize).
import { COLLECTION_AGGREGATES } from './collections.ts';
import { COUNTING_AGGREGATES } from './counting.ts';
import { NUMERIC_AGGREGATES } from './numeric.ts';
import type { AggregateFunction } from './registry.ts';

export const AGGREGATE_FUNCTIONS: ReadonlyMap<string, AggregateFunction> = new Map(
  Object.entries({ ...COUNTING_AGGREGATES, ...NUMERIC_AGGREGATES, ...COLLECTION_AGGREGATES }),
);
