// What the results worker does with each message, written without the worker globals so unit tests run the very same
// handlers in-process. The worker entry (results.worker.ts) is a thin wrapper around handleResultsMessage.

import { writeCsv } from '../domain/csv/writeCsv';
import { writeTsv } from '../domain/csv/writeTsv';
import { decodeResponse } from '../domain/results/decodeResponse';
import type { ResultSet, ResultTable } from '../domain/results/model';
import { rowWindow } from '../domain/results/rowWindow';
import { sortIndex } from '../domain/results/sortIndex';
import type {
  Outcome,
  RequestMessage,
  RequestOf,
  ResponseMessage,
  ResultsError,
  ResultsRequest,
  ResultsRequestType,
  ResultsValues,
} from './resultsProtocol';

interface StoredResult {
  readonly resultSet: ResultSet;
  /** The current order of each table; null while unsorted (the service's order). */
  readonly orders: (Uint32Array | null)[];
}

/** A body arriving in chunks: each is turned into text as it comes, so little is left to do once the last one is in. */
interface IncomingBody {
  readonly decoder: TextDecoder;
  readonly parts: string[];
  /** The whole text at `end`; null when the load was cancelled. */
  readonly settle: (text: string | null) => void;
}

export interface ResultsState {
  readonly results: Map<string, StoredResult>;
  /** Loads whose body is still arriving, by request id. */
  readonly loads: Map<number, IncomingBody>;
  /** Exports in progress by request id; a cancel message flips the flag, the export sees it between chunks. */
  readonly exports: Map<number, { cancelled: boolean }>;
  nextResultId: number;
}

export function createResultsState(): ResultsState {
  return { results: new Map(), loads: new Map(), exports: new Map(), nextResultId: 1 };
}

export type Post = (message: ResponseMessage) => void;

export async function handleResultsMessage(state: ResultsState, message: RequestMessage, post: Post): Promise<void> {
  switch (message.kind) {
    case 'chunk':
      receiveChunk(state, message.id, message.bytes);
      return;
    case 'end':
      endBody(state, message.id);
      return;
    case 'cancel':
      cancel(state, message.id);
      return;
    case 'request':
      break;
  }
  const { id, request } = message;
  let outcome: Outcome<ResultsValues[ResultsRequestType]>;
  try {
    outcome = await handleRequest(state, id, request, post);
  } catch (error) {
    outcome = failure('internal', `The results worker failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  post({ kind: 'outcome', id, outcome });
}

function handleRequest(state: ResultsState, id: number, request: ResultsRequest, post: Post): Promise<Outcome<ResultsValues[ResultsRequestType]>> | Outcome<ResultsValues[ResultsRequestType]> {
  switch (request.type) {
    case 'load':
      return load(state, id);
    case 'window':
      return showWindow(state, request);
    case 'sort':
      return sort(state, request);
    case 'exportCsv':
      return exportCsv(state, id, request, post);
    case 'tsv':
      return tsv(state, request);
    case 'dispose':
      return { ok: true, value: { disposed: state.results.delete(request.resultId) } };
  }
  // Messages cross a thread boundary untyped; an unknown one gets an answer rather than silence.
  return failure('invalid-request', `Unknown request type "${String((request as { type?: unknown }).type)}".`);
}

// Chunks and ends for an id with no load waiting (cancelled, or never opened) are dropped.
function receiveChunk(state: ResultsState, id: number, bytes: ArrayBuffer): void {
  const body = state.loads.get(id);
  body?.parts.push(body.decoder.decode(bytes, { stream: true }));
}

function endBody(state: ResultsState, id: number): void {
  const body = state.loads.get(id);
  if (!body) return;
  state.loads.delete(id);
  body.parts.push(body.decoder.decode());
  body.settle(body.parts.join(''));
}

function cancel(state: ResultsState, id: number): void {
  const running = state.exports.get(id);
  if (running) running.cancelled = true;
  const body = state.loads.get(id);
  if (!body) return;
  state.loads.delete(id);
  body.settle(null);
}

async function load(state: ResultsState, id: number): Promise<Outcome<ResultsValues['load']>> {
  // Registered before the first await, so the chunks that follow this request in the mailbox find it.
  const text = await new Promise<string | null>((settle) => state.loads.set(id, { decoder: new TextDecoder(), parts: [], settle }));
  if (text === null) return failure('cancelled', 'The load was cancelled.');
  // Read by the benchmark (performance-and-style.md §1.7): decode time inside the worker.
  performance.mark('la:decode-start');
  const decoded = decodeResponse(text);
  performance.mark('la:decoded');
  if (!decoded.ok) return { ok: false, error: { kind: 'decode', message: decoded.error.message, decodeError: decoded.error } };

  const resultId = `result-${state.nextResultId++}`;
  const { tables, partialError, statistics, render } = decoded.result;
  state.results.set(resultId, { resultSet: decoded.result, orders: tables.map(() => null) });
  return {
    ok: true,
    value: {
      resultId,
      tables: tables.map(({ name, columns, rowCount }) => ({ name, rowCount, columns: columns.map((column) => ({ name: column.name, type: column.type })) })),
      ...(partialError && { partialError }),
      ...(statistics && { statistics }),
      ...(render && { render }),
    },
  };
}

function showWindow(state: ResultsState, request: RequestOf<'window'>): Outcome<ResultsValues['window']> {
  const found = findTable(state, request.resultId, request.tableIndex);
  if (!found.ok) return found;
  const { table, stored } = found.value;
  const invalid = invalidCount(request.start, 'start') ?? invalidCount(request.count, 'count') ?? invalidColumns(table, request.columns);
  if (invalid) return invalid;
  const rows = rowWindow(table, stored.orders[request.tableIndex] ?? null, request.start, request.count, request.columns);
  return { ok: true, value: { start: request.start, rows } };
}

function sort(state: ResultsState, request: RequestOf<'sort'>): Outcome<ResultsValues['sort']> {
  const found = findTable(state, request.resultId, request.tableIndex);
  if (!found.ok) return found;
  const { table, stored } = found.value;
  const invalid = invalidColumns(table, [request.column]);
  if (invalid) return invalid;
  stored.orders[request.tableIndex] =
    request.direction === 'none' ? null : sortIndex(table, request.column, request.direction, request.locale === undefined ? {} : { locale: request.locale });
  return { ok: true, value: { column: request.column, direction: request.direction } };
}

function tsv(state: ResultsState, request: RequestOf<'tsv'>): Outcome<ResultsValues['tsv']> {
  const found = findTable(state, request.resultId, request.tableIndex);
  if (!found.ok) return found;
  const { table, stored } = found.value;
  const { columns } = request.options;
  const invalid = invalidCount(request.start, 'start') ?? invalidCount(request.count, 'count') ?? (columns ? invalidColumns(table, columns) : null);
  if (invalid) return invalid;
  const order = stored.orders[request.tableIndex] ?? null;
  const end = Math.min(table.rowCount, request.start + request.count);
  const rows = new Uint32Array(Math.max(0, end - request.start));
  for (let index = 0; index < rows.length; index++) {
    const position = request.start + index;
    rows[index] = order ? (order[position] as number) : position;
  }
  return { ok: true, value: { text: writeTsv(table, rows, request.options), rowsWritten: rows.length } };
}

async function exportCsv(state: ResultsState, id: number, request: RequestOf<'exportCsv'>, post: Post): Promise<Outcome<ResultsValues['exportCsv']>> {
  const found = findTable(state, request.resultId, request.tableIndex);
  if (!found.ok) return found;
  const { table, stored } = found.value;
  const { columns, rowsPerChunk } = request.options;
  const invalid = (columns && invalidColumns(table, columns)) ?? (rowsPerChunk === undefined ? null : invalidChunkSize(rowsPerChunk));
  if (invalid) return invalid;

  const progress = { cancelled: false };
  state.exports.set(id, progress);
  try {
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let rowsWritten = 0;
    for (const chunk of writeCsv(table, stored.orders[request.tableIndex] ?? null, request.options)) {
      chunks.push(chunk.bytes);
      rowsWritten = chunk.rowsWritten;
      post({ kind: 'progress', id, rowsWritten, rowCount: table.rowCount });
      // Between chunks the worker reads its mailbox, which is how a cancel gets in.
      await yieldToEventLoop();
      if (progress.cancelled) return failure('cancelled', 'The export was cancelled.');
    }
    return { ok: true, value: { blob: new Blob(chunks, { type: 'text/csv;charset=utf-8' }), rowsWritten } };
  } finally {
    state.exports.delete(id);
  }
}

/**
 * A message-channel round trip lets queued messages run without the 4 ms minimum that nested timers get, which at
 * one yield per chunk would otherwise add most of a second to a 200k-row export.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function findTable(state: ResultsState, resultId: string, tableIndex: number): Outcome<{ stored: StoredResult; table: ResultTable }> {
  const stored = state.results.get(resultId);
  if (!stored) return failure('unknown-result', `No result "${resultId}" is loaded (it was disposed, or the worker restarted).`);
  const table = stored.resultSet.tables[tableIndex];
  if (!table) return failure('invalid-request', `Result "${resultId}" has no table ${tableIndex}.`);
  return { ok: true, value: { stored, table } };
}

function invalidColumns(table: ResultTable, columns: readonly number[]): Outcome<never> | null {
  const bad = columns.find((column) => !Number.isInteger(column) || column < 0 || column >= table.columns.length);
  return bad === undefined ? null : failure('invalid-request', `Table "${table.name}" has no column ${bad}.`);
}

function invalidCount(value: number, name: string): Outcome<never> | null {
  return Number.isInteger(value) && value >= 0 ? null : failure('invalid-request', `The window ${name} must be a whole number ≥ 0, not ${value}.`);
}

function invalidChunkSize(rowsPerChunk: number): Outcome<never> | null {
  return Number.isInteger(rowsPerChunk) && rowsPerChunk >= 1 ? null : failure('invalid-request', `rowsPerChunk must be a whole number ≥ 1, not ${rowsPerChunk}.`);
}

function failure(kind: Exclude<ResultsError['kind'], 'decode'>, message: string): Outcome<never> {
  return { ok: false, error: { kind, message } };
}
