// The words around a result: tab names, the status line and the statistics the service sent. Numbers are written the
// same way everywhere in the console (en-US grouping), so "30,000" in a notice matches "30,000" in a tab.
import type { TableSummary } from '../../workers/resultsProtocol';
import { formatBytes } from '../../domain/formatBytes';

const counts = new Intl.NumberFormat('en-US');

export function formatCount(value: number): string {
  return counts.format(value);
}

export function rowsText(rowCount: number): string {
  return `${formatCount(rowCount)} ${rowCount === 1 ? 'row' : 'rows'}`;
}

/** "PrimaryResult (1,234 rows)". */
export function tabLabel(table: Pick<TableSummary, 'name' | 'rowCount'>): string {
  return `${table.name} (${rowsText(table.rowCount)})`;
}

/** "850 ms", "1.2 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export interface QueryStatistics {
  /** The engine's own time, seconds. */
  readonly executionSeconds: number | null;
  readonly rowsScanned: number | null;
  readonly rowsTotal: number | null;
  /** Bytes read from the hot and cold cache shards; null when the service reported none. */
  readonly bytesScanned: number | null;
}

/** Reads what the console shows from `statistics` (reference/log-analytics-api.md §1.7); any part may be missing. */
export function readStatistics(statistics: Readonly<Record<string, unknown>> | undefined): QueryStatistics {
  const query = field(statistics, 'query');
  const rows = field(field(query, 'inputDatasetStatistics'), 'rows');
  const shards = field(field(field(query, 'resourceUsage'), 'cache'), 'shards');
  const shardBytes = ['hot', 'cold'].flatMap((tier) => ['hitbytes', 'missbytes'].map((name) => numberField(field(shards, tier), name)));
  const known = shardBytes.filter((value): value is number => value !== null);
  const bytes = known.reduce((sum, value) => sum + value, 0);
  return {
    executionSeconds: numberField(query, 'executionTime'),
    rowsScanned: numberField(rows, 'scanned'),
    rowsTotal: numberField(rows, 'total'),
    bytesScanned: bytes > 0 ? bytes : null,
  };
}

/** The status line's facts, in reading order. */
export function statusFacts(input: { rowCount: number; durationMs: number | null; statistics: QueryStatistics }): string[] {
  const { rowCount, durationMs, statistics } = input;
  const facts = [rowsText(rowCount)];
  if (durationMs !== null) facts.push(`in ${formatDuration(durationMs)}`);
  if (statistics.executionSeconds !== null) facts.push(`server ${formatDuration(statistics.executionSeconds * 1000)}`);
  if (statistics.rowsScanned !== null) {
    facts.push(
      statistics.rowsTotal !== null && statistics.rowsTotal > 0
        ? `${formatCount(statistics.rowsScanned)} of ${formatCount(statistics.rowsTotal)} rows scanned`
        : `${formatCount(statistics.rowsScanned)} rows scanned`,
    );
  }
  if (statistics.bytesScanned !== null) facts.push(`${formatBytes(statistics.bytesScanned)} scanned`);
  return facts;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function numberField(value: unknown, name: string): number | null {
  const found = field(value, name);
  return typeof found === 'number' && Number.isFinite(found) ? found : null;
}
