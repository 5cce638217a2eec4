// What a Log Analytics query gives back, in the app's own terms (the wire format stays in src/api).

export type ColumnType = 'bool' | 'datetime' | 'dynamic' | 'int' | 'long' | 'real' | 'string' | 'guid' | 'decimal' | 'timespan';

/** A cell as received: numbers and booleans natively, datetime/guid/timespan/decimal/dynamic as text, or null. */
export type CellValue = string | number | boolean | null;

export interface ResultColumn {
  name: string;
  type: ColumnType;
}

export interface QueryResultTable {
  name: string;
  columns: ResultColumn[];
  rows: CellValue[][];
}

/**
 * - `service`: the service answered with an error body (or a bare error status)
 * - `network`: no HTTP answer could be read (offline, DNS, CORS, connection reset)
 * - `blocked-host`: the console refused to send the token to a host that is not allow-listed for the cloud
 * - `malformed-response`: the answer was not the documented shape
 */
export type QueryFailureKind = 'service' | 'network' | 'blocked-host' | 'malformed-response';

export interface QueryFailure {
  kind: QueryFailureKind;
  /** HTTP status, or null when there was no HTTP answer. */
  status: number | null;
  code: string;
  message: string;
  /** The code of the deepest inner error, e.g. SYN0002 under BadArgumentError → SyntaxError. */
  innermostCode: string | null;
  correlationId: string | null;
}

export type QueryOutcome =
  | { status: 'completed'; tables: QueryResultTable[]; partialError: QueryFailure | null }
  /** HTTP 204: the workspace holds no data at all. */
  | { status: 'empty-workspace' }
  | { status: 'failed'; failure: QueryFailure };
