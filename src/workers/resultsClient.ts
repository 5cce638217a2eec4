// The page's side of the results worker: one promise per request, matched by id. Every promise resolves, with the
// value or a typed error; none rejects. A load's body streams to the worker as it downloads. The worker starts at start() or on the first request; dispose() stops it,
// and a later request starts a fresh one.

import type { CsvOptions } from '../domain/csv/writeCsv';
import type { TsvOptions } from '../domain/csv/writeTsv';
import type { SortDirection } from '../domain/results/sortIndex';
import { createWorkerPort } from './resultsPort';
import type { ResultsPort } from './resultsPort';
import type {
  Outcome,
  RequestOf,
  ResponseMessage,
  ResultsError,
  ResultsRequest,
  ResultsRequestType,
  ResultsValues,
} from './resultsProtocol';

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface ExportOptions extends RequestOptions {
  readonly onProgress?: (rowsWritten: number, rowCount: number) => void;
}

/** A response body on its way to the worker, written as it downloads. */
export interface IncomingLoad {
  /** The next bytes of the body. They are transferred: the chunk's buffer is unusable afterwards. */
  write(chunk: Uint8Array): void;
  /** The body is complete; resolves with the decoded result's summary. Calling it again returns the same promise. */
  end(): Promise<Outcome<ResultsValues['load']>>;
  /** The body will not be completed (the download failed); end() resolves as cancelled. */
  cancel(): void;
}

export interface ResultsClient {
  /** Starts a load whose body follows in chunks; aborting the signal cancels it, as cancel() does. */
  openLoad(options?: RequestOptions): IncomingLoad;
  window(resultId: string, tableIndex: number, start: number, count: number, columns: readonly number[], options?: RequestOptions): Promise<Outcome<ResultsValues['window']>>;
  /** Sorts the table in the worker; later windows and exports follow the order. 'none' restores the service's order. */
  sort(resultId: string, tableIndex: number, column: number, direction: SortDirection, options?: RequestOptions & { readonly locale?: string }): Promise<Outcome<ResultsValues['sort']>>;
  /** Aborting the signal stops the export in the worker between chunks. */
  exportCsv(resultId: string, tableIndex: number, csvOptions?: CsvOptions, options?: ExportOptions): Promise<Outcome<ResultsValues['exportCsv']>>;
  /** Rows `start … start + count - 1` of the current order as tab-separated text, for the clipboard. */
  tsv(resultId: string, tableIndex: number, start: number, count: number, tsvOptions?: TsvOptions, options?: RequestOptions): Promise<Outcome<ResultsValues['tsv']>>;
  disposeResult(resultId: string): Promise<Outcome<ResultsValues['dispose']>>;
  /**
   * Starts the worker now, so its script is fetched while the page loads: a worker first requested after the network
   * dropped could not load, and the next result would fail for that reason instead of its own.
   */
  start(): void;
  /** Stops the worker and settles every pending request with a 'disposed' error. */
  dispose(): void;
}

interface Pending {
  readonly settle: (outcome: Outcome<ResultsValues[ResultsRequestType]>) => void;
  readonly onProgress?: (rowsWritten: number, rowCount: number) => void;
}

export function createResultsClient(createPort: () => ResultsPort = createWorkerPort): ResultsClient {
  const pending = new Map<number, Pending>();
  let port: ResultsPort | null = null;
  let nextId = 1;

  const settleAll = (error: ResultsError): void => {
    const settling = [...pending.values()];
    pending.clear();
    for (const { settle } of settling) settle({ ok: false, error });
  };

  const onMessage = (message: ResponseMessage): void => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.kind === 'progress') {
      waiting.onProgress?.(message.rowsWritten, message.rowCount);
      return;
    }
    pending.delete(message.id);
    waiting.settle(message.outcome);
  };

  const onFailure = (reason: string): void => {
    port?.terminate();
    port = null;
    settleAll({ kind: 'worker-failed', message: reason });
  };

  const portInUse = (): ResultsPort => {
    if (!port) {
      port = createPort();
      port.listen(onMessage, onFailure);
    }
    return port;
  };

  function start<T extends ResultsRequestType>(request: RequestOf<T>, options: ExportOptions = {}): { id: number; outcome: Promise<Outcome<ResultsValues[T]>> } {
    const { signal, onProgress } = options;
    const id = nextId++;
    if (signal?.aborted) return { id, outcome: Promise.resolve(cancelled()) };
    const outcome = new Promise<Outcome<ResultsValues[T]>>((resolve) => {
      const onAbort = (): void => giveUp(id, request);
      pending.set(id, {
        settle: (settled) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(settled as Outcome<ResultsValues[T]>);
        },
        ...(onProgress && { onProgress }),
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      portInUse().send({ kind: 'request', id, request: request as ResultsRequest }, []);
    });
    return { id, outcome };
  }

  function send<T extends ResultsRequestType>(request: RequestOf<T>, options: ExportOptions = {}): Promise<Outcome<ResultsValues[T]>> {
    return start(request, options).outcome;
  }

  const giveUp = (id: number, request: ResultsRequest): void => {
    const waiting = pending.get(id);
    if (!waiting) return;
    abandon(id, request);
    waiting.settle(cancelled());
  };

  /**
   * The caller has stopped waiting. A running export is told to stop; a load that still completes is disposed at
   * once, or its result would stay in the worker with no one holding its id.
   */
  const abandon = (id: number, request: ResultsRequest): void => {
    pending.delete(id);
    port?.send({ kind: 'cancel', id }, []);
    if (request.type !== 'load') return;
    pending.set(id, {
      settle: (outcome) => {
        if (outcome.ok && 'resultId' in outcome.value) void send({ type: 'dispose', resultId: outcome.value.resultId });
      },
    });
  };

  return {
    openLoad: (options) => {
      const request = { type: 'load' } as const;
      const { id, outcome } = start(request, options);
      // Once the load is cancelled (or aborted) its entry changes or goes, and further bytes are not sent.
      const waiting = pending.get(id);
      const open = (): boolean => waiting !== undefined && pending.get(id) === waiting;
      let ended = false;
      return {
        write: (chunk) => {
          if (ended || !open()) return;
          const bytes = ownedBuffer(chunk);
          port?.send({ kind: 'chunk', id, bytes }, [bytes]);
        },
        end: () => {
          if (ended || !open()) return outcome;
          ended = true;
          // Read by the benchmark: the answer is complete (its last byte handed to the worker).
          performance.mark('la:response-end');
          port?.send({ kind: 'end', id }, []);
          return outcome;
        },
        cancel: () => giveUp(id, request),
      };
    },
    window: (resultId, tableIndex, start, count, columns, options) => send({ type: 'window', resultId, tableIndex, start, count, columns }, options),
    sort: (resultId, tableIndex, column, direction, options = {}) =>
      send({ type: 'sort', resultId, tableIndex, column, direction, ...(options.locale !== undefined && { locale: options.locale }) }, options),
    exportCsv: async (resultId, tableIndex, csvOptions = {}, options) => {
      // Read by the benchmark (performance-and-style.md §1.7): export time as the page sees it.
      performance.mark('csv:start');
      const outcome = await send({ type: 'exportCsv', resultId, tableIndex, options: csvOptions }, options);
      performance.mark('csv:done');
      return outcome;
    },
    tsv: (resultId, tableIndex, start, count, tsvOptions = {}, options) => send({ type: 'tsv', resultId, tableIndex, start, count, options: tsvOptions }, options),
    disposeResult: (resultId) => send({ type: 'dispose', resultId }),
    start: () => {
      portInUse();
    },
    dispose: () => {
      port?.terminate();
      port = null;
      settleAll({ kind: 'disposed', message: 'The results client was disposed.' });
    },
  };
}

/** A buffer holding exactly the chunk's bytes, which can be transferred without detaching anyone else's data. */
function ownedBuffer(chunk: Uint8Array): ArrayBuffer {
  const whole = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength && chunk.buffer instanceof ArrayBuffer;
  return whole ? (chunk.buffer as ArrayBuffer) : chunk.slice().buffer;
}

function cancelled(): Outcome<never> {
  return { ok: false, error: { kind: 'cancelled', message: 'The request was cancelled.' } };
}
