// The peers' input, made the way an app on the Azure SDK gets it: @azure/monitor-query-logs' own conversion of the
// parsed body (its transport has already run JSON.parse), then keyed row objects, which is what grids take.
// The functions are the SDK's internal ones (dist/esm/models/models.js): LogsQueryClient.queryWorkspace calls exactly
// these two after the HTTP pipeline, so timing them times the SDK's conversion without a fake HTTP client.
import { convertToLogsQueryResult, queryResultsDeserializer } from '../../../node_modules/@azure/monitor-query-logs/dist/esm/models/models.js';

export type SdkCell = string | number | boolean | Date | Record<string, unknown> | null;
export type KeyedRow = Record<string, SdkCell>;

export interface SdkTable {
  readonly columnNames: string[];
  readonly rows: SdkCell[][];
}

export function sdkConvert(text: string): SdkTable {
  const result = convertToLogsQueryResult(queryResultsDeserializer(JSON.parse(text)));
  const table = 'tables' in result ? result.tables[0] : result.partialTables[0];
  if (!table) throw new Error('The SDK conversion gave no table');
  return { columnNames: table.columnDescriptors.map((column) => column.name ?? ''), rows: table.rows as SdkCell[][] };
}

export function keyedRows({ columnNames, rows }: SdkTable): KeyedRow[] {
  return rows.map((row) => {
    const keyed: KeyedRow = {};
    for (let index = 0; index < columnNames.length; index++) keyed[columnNames[index] as string] = row[index] ?? null;
    return keyed;
  });
}

/** How the peer grids show a cell; only visible cells pay for it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
