// "Why is it empty?" (issue #4): the checks that explain a query that ran and returned no rows, planned from the
// query text, the timespan the run sent and the workspace's schema. Pure: the troubleshooting feature sends the check
// queries and interpret.ts reads their answers.
import { findLastFilter, removeLastFilter } from '../../kql/lastFilter';
import { findTableReferences } from '../../kql/tableReferences';
import { appendOperator } from './appendOperator';

/**
 * How far back the data checks look. Longer than the widest preset (30 days), so they tell "the data stopped before
 * any preset reaches" from "there is no data at all"; 90 days is the interactive retention many workspaces keep (free
 * with Sentinel), so older data is usually gone anyway; and a count and a max over one table stay cheap at that length.
 * Sent as the request's timespan, so the query text stays the analyst's own.
 */
export const WIDE_WINDOW = { isoDuration: 'P90D', label: 'the last 90 days' } as const;

/**
 * Tables past this many are not checked: each check scans the whole wide window, so the checks stay quick, and with
 * the two query checks no more than five queries go out (one after another), well inside the service's per-user
 * limits (reference/log-analytics-api.md §3).
 */
export const MAX_TABLE_CHECKS = 3;

const SUMMARY = 'summarize Rows = count(), LastArrived = max(TimeGenerated)';

/** What the loaded schema says about a name the query reads; `unknown` when the schema has not loaded. */
export type TablePresence = 'inSchema' | 'notInSchema' | 'function' | 'wildcard' | 'unknown';

export interface PlannedTable {
  name: string;
  presence: TablePresence;
}

export type WhyEmptyCheck =
  /** The table's rows and latest TimeGenerated over the wide window: does it receive data, and since when not? */
  | { kind: 'tableData'; table: string; query: string; timespan: string }
  /** The same for the rows the whole query returns: when did anything last match? */
  | { kind: 'matchingRows'; query: string; timespan: string }
  /** The query without its last filter, counted over the run's own timespan: is that filter what empties it? */
  | { kind: 'withoutLastFilter'; filter: string; query: string; timespan: string | null };

export interface WhyEmptyPlan {
  tables: PlannedTable[];
  /** Tables past MAX_TABLE_CHECKS, whose data is not checked. */
  uncheckedTables: string[];
  /** The last top-level filter as written, or null when there is none. */
  lastFilter: string | null;
  checks: WhyEmptyCheck[];
}

export interface WhyEmptyPlanInput {
  queryText: string;
  /** The timespan the run sent (ISO 8601), null when the query set its own. */
  runTimespan: string | null;
  /** The workspace's table and saved-function names; undefined until the schema has loaded. */
  schema?: { tables: readonly string[]; functions: readonly string[] } | undefined;
}

export function planWhyEmpty({ queryText, runTimespan, schema }: WhyEmptyPlanInput): WhyEmptyPlan {
  const tables = findTableReferences(queryText).map(({ name }) => ({ name, presence: presenceOf(name, schema) }));
  const checkable = tables.filter((table) => table.presence === 'inSchema' || table.presence === 'wildcard' || table.presence === 'unknown');
  const checks: WhyEmptyCheck[] = checkable
    .slice(0, MAX_TABLE_CHECKS)
    .map((table) => ({ kind: 'tableData', table: table.name, query: `${tableSource(table.name)} | ${SUMMARY}`, timespan: WIDE_WINDOW.isoDuration }));

  const matching = appendOperator(queryText, SUMMARY);
  if (matching !== null) checks.push({ kind: 'matchingRows', query: matching, timespan: WIDE_WINDOW.isoDuration });

  const lastFilter = findLastFilter(queryText);
  const withoutFilter = lastFilter === null ? null : appendOperator(removeLastFilter(queryText) ?? '', 'count');
  if (lastFilter !== null && withoutFilter !== null) {
    checks.push({ kind: 'withoutLastFilter', filter: lastFilter.text, query: withoutFilter, timespan: runTimespan });
  }
  return { tables, uncheckedTables: checkable.slice(MAX_TABLE_CHECKS).map((table) => table.name), lastFilter: lastFilter?.text ?? null, checks };
}

function presenceOf(name: string, schema: WhyEmptyPlanInput['schema']): TablePresence {
  if (name.endsWith('*')) return 'wildcard';
  if (schema === undefined) return 'unknown';
  if (schema.tables.includes(name)) return 'inSchema';
  return schema.functions.includes(name) ? 'function' : 'notInSchema';
}

/** The table as a query source: a plain name as is, `union App*` for a wildcard, `['...']` for any other name. */
function tableSource(name: string): string {
  if (name.endsWith('*')) return `union ${name}`;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
  return `['${name.replace(/[\\']/g, '\\$&')}']`;
}
