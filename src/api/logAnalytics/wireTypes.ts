// The Log Analytics query API's JSON as it travels (reference/log-analytics-api.md §1.5, §2.1). Only src/api reads it.

export interface WireColumn {
  name: string;
  type: string;
}

export interface WireTable {
  name: string;
  columns: WireColumn[];
  rows: unknown[][];
}

export interface WireErrorInfo {
  code?: string;
  message?: string;
  correlationId?: string;
  innererror?: WireErrorInfo;
  details?: WireErrorInfo[];
  /** On a syntax error's innermost level: 1-based line, 0-based offset within it, and the token. */
  line?: number;
  pos?: number;
  token?: string;
}

export interface WireQueryResults {
  tables: WireTable[];
  /** Present on HTTP 200 when the result is partial (code PartialError). */
  error?: WireErrorInfo;
}

export interface WireErrorResponse {
  error: WireErrorInfo;
}
