// The registry of tabular operators by SyntaxKind name: one table per family, merged here.
import type { TabularOperator } from '../registry.ts';
import { FILTER_OPERATORS } from './filter.ts';
import { JOIN_OPERATORS } from './join.ts';
import { MAKE_SERIES_OPERATORS } from './makeSeries.ts';
import { MV_APPLY_OPERATORS } from './mvApply.ts';
import { MV_EXPAND_OPERATORS } from './mvExpand.ts';
import { NAMING_OPERATORS } from './naming.ts';
import { ORDERING_OPERATORS } from './ordering.ts';
import { PARSE_OPERATORS } from './parse.ts';
import { PLUGIN_OPERATORS } from './plugins.ts';
import { PRESENTATION_OPERATORS } from './presentation.ts';
import { PROJECTION_OPERATORS } from './projection.ts';
import { ROW_OPERATORS } from './rows.ts';
import { SAMPLING_OPERATORS } from './sampling.ts';
import { search } from './search.ts';
import { SUMMARIZE_OPERATORS } from './summarize.ts';
import { TOP_NESTED_OPERATORS } from './topNested.ts';
import { union } from './union.ts';

export const TABULAR_OPERATORS: ReadonlyMap<string, TabularOperator> = new Map(
  Object.entries({
    ...FILTER_OPERATORS,
    ...JOIN_OPERATORS,
    ...MAKE_SERIES_OPERATORS,
    ...MV_APPLY_OPERATORS,
    ...MV_EXPAND_OPERATORS,
    ...NAMING_OPERATORS,
    ...ORDERING_OPERATORS,
    ...PARSE_OPERATORS,
    ...PLUGIN_OPERATORS,
    ...PRESENTATION_OPERATORS,
    ...PROJECTION_OPERATORS,
    ...ROW_OPERATORS,
    ...SAMPLING_OPERATORS,
    ...SUMMARIZE_OPERATORS,
    ...TOP_NESTED_OPERATORS,
    UnionOperator: union,
    SearchOperator: search,
  }),
);
