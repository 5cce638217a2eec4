// The columnar result model: what a Log Analytics answer becomes once decoded (DESIGN §5).
// One array per column instead of one object per row: typed arrays for numbers and bools, and the service's own text
// for the types whose precision or form a JS value would change (datetime's 100 ns, decimal's 28 digits, timespan).

export const KUSTO_TYPES = ['bool', 'datetime', 'dynamic', 'int', 'long', 'real', 'string', 'guid', 'decimal', 'timespan'] as const;
export type KustoType = (typeof KUSTO_TYPES)[number];

/** Marks null cells with 1. `null` when the column has no null at all, which is the common case and costs nothing. */
export type NullMask = Uint8Array | null;

/** Encoding of a bool cell in `BoolColumn.values`. */
export const BOOL_FALSE = 0;
export const BOOL_TRUE = 1;
export const BOOL_NULL = 2;

export interface BoolColumn {
  readonly type: 'bool';
  readonly name: string;
  /** BOOL_FALSE, BOOL_TRUE or BOOL_NULL per row. */
  readonly values: Uint8Array;
}

/** int and real. A real can legitimately be NaN, so nulls are kept in their own mask rather than as NaN. */
export interface NumberColumn {
  readonly type: 'int' | 'real';
  readonly name: string;
  readonly values: Float64Array;
  readonly nulls: NullMask;
}

export interface LongColumn {
  readonly type: 'long';
  readonly name: string;
  /** The value as a double: exact up to 2^53, the nearest double beyond. */
  readonly values: Float64Array;
  readonly nulls: NullMask;
  /**
   * The digits exactly as the service wrote them, for the rows whose magnitude reaches 2^53 (where a double is no
   * longer exact). `null` when no row needs it.
   */
  readonly exactDigits: ReadonlyMap<number, string> | null;
}

/**
 * Types kept as the service's text: datetime (ISO 8601 UTC, up to 7 fractional digits), timespan (.NET "c" form),
 * guid, decimal, and dynamic (compact JSON, parsed only when a caller asks for the value). `null` is a null cell.
 * Their sort keys are derived on the first sort of the column, not while decoding, so loading stays at parse speed.
 */
export interface TextColumn {
  readonly type: 'datetime' | 'timespan' | 'guid' | 'decimal' | 'dynamic';
  readonly name: string;
  readonly text: readonly (string | null)[];
}

/** KQL strings are never null: the service sends "" instead. */
export interface StringColumn {
  readonly type: 'string';
  readonly name: string;
  readonly values: readonly string[];
}

export type ResultColumn = BoolColumn | NumberColumn | LongColumn | TextColumn | StringColumn;

export interface ResultTable {
  readonly name: string;
  readonly columns: readonly ResultColumn[];
  readonly rowCount: number;
}

/** One step of the service's error chain (`details[]` and nested `innererror`). */
export interface ErrorCause {
  readonly code: string;
  readonly message: string;
  /** Present on engine errors, e.g. "Error"; anything else is a warning. */
  readonly severityName?: string;
}

/** The `error` a 200 answer carries when the result is incomplete (e.g. truncated past the row or size limit). */
export interface PartialErrorInfo {
  readonly code: string;
  readonly message: string;
  /** Every cause below the top error, depth first, outermost first. */
  readonly causes: readonly ErrorCause[];
  /** The deepest cause: the one that says what actually happened (e.g. E_QUERY_RESULT_SET_TOO_LARGE). */
  readonly innermost: ErrorCause | null;
}

export interface ResultSet {
  readonly tables: readonly ResultTable[];
  readonly partialError?: PartialErrorInfo;
  /** Passed through as received (`Prefer: include-statistics=true`). */
  readonly statistics?: Readonly<Record<string, unknown>>;
  /** Passed through as received (`Prefer: include-render=true`). */
  readonly render?: Readonly<Record<string, unknown>>;
}
