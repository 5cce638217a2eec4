// The messages between the page and the results worker. The page only ever receives summaries, windows of display
// text and finished exports: row data stays in the worker (DESIGN §5).

import type { CsvOptions } from '../domain/csv/writeCsv';
import type { TsvOptions } from '../domain/csv/writeTsv';
import type { DecodeError } from '../domain/results/decodeResponse';
import type { KustoType, PartialErrorInfo } from '../domain/results/model';
import type { SortDirection } from '../domain/results/sortIndex';

export type ResultsRequest =
  /**
   * A response body, as raw bytes that follow in `chunk` messages with this request's id until `end`: the worker
   * turns them into text while the rest is still downloading, and decodes the whole once it has all of it.
   */
  | { readonly type: 'load' }
  | {
      readonly type: 'window';
      readonly resultId: string;
      readonly tableIndex: number;
      /** Position in the current sort order. */
      readonly start: number;
      readonly count: number;
      readonly columns: readonly number[];
    }
  | {
      readonly type: 'sort';
      readonly resultId: string;
      readonly tableIndex: number;
      readonly column: number;
      readonly direction: SortDirection;
      /** Text order; the worker's default locale when absent. */
      readonly locale?: string;
    }
  /** Written in the table's current sort order. */
  | { readonly type: 'exportCsv'; readonly resultId: string; readonly tableIndex: number; readonly options: CsvOptions }
  /** Tab-separated text for the clipboard: rows `start … start + count - 1` of the current sort order, clipped to the table. */
  | {
      readonly type: 'tsv';
      readonly resultId: string;
      readonly tableIndex: number;
      readonly start: number;
      readonly count: number;
      readonly options: TsvOptions;
    }
  | { readonly type: 'dispose'; readonly resultId: string };

export type ResultsRequestType = ResultsRequest['type'];
export type RequestOf<T extends ResultsRequestType> = Extract<ResultsRequest, { readonly type: T }>;

export interface TableSummary {
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: KustoType }[];
  readonly rowCount: number;
}

export interface ResultSummary {
  readonly resultId: string;
  readonly tables: readonly TableSummary[];
  readonly partialError?: PartialErrorInfo;
  readonly statistics?: Readonly<Record<string, unknown>>;
  readonly render?: Readonly<Record<string, unknown>>;
}

export interface RowWindow {
  readonly start: number;
  /** Display text, one array per row, cells in the order of the requested columns. */
  readonly rows: readonly (readonly string[])[];
}

export interface SortApplied {
  readonly column: number;
  readonly direction: SortDirection;
}

export interface CsvExport {
  readonly blob: Blob;
  readonly rowsWritten: number;
}

export interface TsvText {
  readonly text: string;
  readonly rowsWritten: number;
}

export interface ResultDisposed {
  /** False when the worker held no result by that id (already disposed, or from a worker that was restarted). */
  readonly disposed: boolean;
}

export interface ResultsValues {
  readonly load: ResultSummary;
  readonly window: RowWindow;
  readonly sort: SortApplied;
  readonly exportCsv: CsvExport;
  readonly tsv: TsvText;
  readonly dispose: ResultDisposed;
}

export type ResultsError =
  | { readonly kind: 'decode'; readonly message: string; readonly decodeError: DecodeError }
  | { readonly kind: 'unknown-result'; readonly message: string }
  | { readonly kind: 'invalid-request'; readonly message: string }
  | { readonly kind: 'cancelled'; readonly message: string }
  /** The worker could not start or died; the results it held are gone. */
  | { readonly kind: 'worker-failed'; readonly message: string }
  /** The client was disposed while the request was pending. */
  | { readonly kind: 'disposed'; readonly message: string }
  /** A bug: a handler threw. */
  | { readonly kind: 'internal'; readonly message: string };

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ResultsError };

/**
 * Page → worker. `chunk` and `end` carry the body of the `load` request with that id. `cancel` names the id of a
 * running load or export; other requests finish too fast to need it.
 */
export type RequestMessage =
  | { readonly kind: 'request'; readonly id: number; readonly request: ResultsRequest }
  | { readonly kind: 'chunk'; readonly id: number; readonly bytes: ArrayBuffer }
  | { readonly kind: 'end'; readonly id: number }
  | { readonly kind: 'cancel'; readonly id: number };

/** Worker → page. Every request gets exactly one `outcome`; an export sends `progress` before it. */
export type ResponseMessage =
  | { readonly kind: 'outcome'; readonly id: number; readonly outcome: Outcome<ResultsValues[ResultsRequestType]> }
  | { readonly kind: 'progress'; readonly id: number; readonly rowsWritten: number; readonly rowCount: number };
