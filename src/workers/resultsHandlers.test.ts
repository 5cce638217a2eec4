import { describe, expect, it } from 'vitest';
import { responseBody, table } from '../domain/results/testing/responseBody';
import { createResultsState, handleResultsMessage } from './resultsHandlers';
import type { ResultsState } from './resultsHandlers';
import type { Outcome, RequestOf, ResponseMessage, ResultsRequest, ResultsRequestType, ResultsValues } from './resultsProtocol';

const BODY = responseBody({
  tables: [
    table('PrimaryResult', [['User', 'string'], ['When', 'datetime'], ['Count', 'long']], [
      ['carol', '2026-11-23T10:15:00.1234567Z', 3],
      ['alice', null, 12345678901234567890n],
      ['bob', '2026-11-23T10:14:00Z', null],
      ['=cmd', '2026-11-23T10:16:00Z', -1],
    ]),
    table('Table_1', [['n', 'int']], [[1]]),
  ],
  error: { code: 'PartialError', message: 'There were some errors when processing your query.', details: [{ code: 'EngineError', message: 'inner' }] },
  statistics: { query: { executionTime: 0.5 } },
});

let nextId = 1;

async function run<T extends ResultsRequestType>(state: ResultsState, request: RequestOf<T>): Promise<{ outcome: Outcome<ResultsValues[T]>; progress: ResponseMessage[] }> {
  const posted: ResponseMessage[] = [];
  await handleResultsMessage(state, { kind: 'request', id: nextId++, request: request as ResultsRequest }, (message) => posted.push(message));
  const last = posted.at(-1);
  if (last?.kind !== 'outcome') throw new Error('no outcome was posted');
  return { outcome: last.outcome as Outcome<ResultsValues[T]>, progress: posted.slice(0, -1) };
}

async function value<T extends ResultsRequestType>(state: ResultsState, request: RequestOf<T>): Promise<ResultsValues[T]> {
  const { outcome } = await run(state, request);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.value;
}

/** A load as the client sends it: the request, the body's bytes in chunks of `chunkBytes`, the end. */
async function load(state: ResultsState, body: string | Uint8Array, chunkBytes = Number.POSITIVE_INFINITY): Promise<Outcome<ResultsValues['load']>> {
  const id = nextId++;
  const posted: ResponseMessage[] = [];
  const post = (message: ResponseMessage) => posted.push(message);
  const handled = handleResultsMessage(state, { kind: 'request', id, request: { type: 'load' } }, post);
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    await handleResultsMessage(state, { kind: 'chunk', id, bytes: bytes.slice(start, start + chunkBytes).buffer }, post);
  }
  await handleResultsMessage(state, { kind: 'end', id }, post);
  await handled;
  const last = posted.at(-1);
  if (last?.kind !== 'outcome') throw new Error('no outcome was posted');
  return last.outcome as Outcome<ResultsValues['load']>;
}

async function loaded(state: ResultsState, body = BODY): Promise<string> {
  const outcome = await load(state, body);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.value.resultId;
}

describe('results worker handlers', () => {
  it('loads a body into a summary with no row data', async () => {
    const state = createResultsState();
    expect(await load(state, BODY)).toEqual({
      ok: true,
      value: {
        resultId: 'result-1',
        tables: [
          { name: 'PrimaryResult', rowCount: 4, columns: [{ name: 'User', type: 'string' }, { name: 'When', type: 'datetime' }, { name: 'Count', type: 'long' }] },
          { name: 'Table_1', rowCount: 1, columns: [{ name: 'n', type: 'int' }] },
        ],
        partialError: {
          code: 'PartialError',
          message: 'There were some errors when processing your query.',
          causes: [{ code: 'EngineError', message: 'inner' }],
          innermost: { code: 'EngineError', message: 'inner' },
        },
        statistics: { query: { executionTime: 0.5 } },
      },
    });
  });

  it('decodes UTF-8 bytes that arrive in chunks, characters split between chunks included', async () => {
    const state = createResultsState();
    const bytes = new TextEncoder().encode(responseBody({ tables: [table('T', [['City', 'string']], [['São Paulo'], ['Zürich'], ['東京 🗼']])] }));
    for (const chunkBytes of [1, 3, 7]) {
      const outcome = await load(state, bytes, chunkBytes);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
      const window = { type: 'window', resultId: outcome.value.resultId, tableIndex: 0, start: 0, count: 3, columns: [0] } as const;
      expect(await value(state, window)).toEqual({ start: 0, rows: [['São Paulo'], ['Zürich'], ['東京 🗼']] });
    }
  });

  it('answers a cancelled load as cancelled, and drops the chunks that still arrive for it', async () => {
    const state = createResultsState();
    const posted: ResponseMessage[] = [];
    const post = (message: ResponseMessage) => posted.push(message);
    const handled = handleResultsMessage(state, { kind: 'request', id: 900, request: { type: 'load' } }, post);
    await handleResultsMessage(state, { kind: 'chunk', id: 900, bytes: new TextEncoder().encode('{"tables":').buffer }, post);
    await handleResultsMessage(state, { kind: 'cancel', id: 900 }, post);
    await handled;
    await handleResultsMessage(state, { kind: 'chunk', id: 900, bytes: new TextEncoder().encode('[]}').buffer }, post);
    await handleResultsMessage(state, { kind: 'end', id: 900 }, post);
    expect(posted).toEqual([{ kind: 'outcome', id: 900, outcome: { ok: false, error: { kind: 'cancelled', message: 'The load was cancelled.' } } }]);
    expect(state.loads.size).toBe(0);
    expect(state.results.size).toBe(0);
  });

  it('answers a body it cannot decode with the typed decode error', async () => {
    const outcome = await load(createResultsState(), '{"tables":[');
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'decode', message: expect.stringContaining('not valid JSON'), decodeError: expect.objectContaining({ kind: 'malformed-json', truncated: true }) },
    });
  });

  it('serves windows in the current order: load → window → sort → window → unsort', async () => {
    const state = createResultsState();
    const resultId = await loaded(state);
    const window = { type: 'window', resultId, tableIndex: 0, start: 1, count: 2, columns: [2, 0] } as const;
    expect(await value(state, window)).toEqual({ start: 1, rows: [['12345678901234567890', 'alice'], ['', 'bob']] });

    expect(await value(state, { type: 'sort', resultId, tableIndex: 0, column: 1, direction: 'descending' })).toEqual({ column: 1, direction: 'descending' });
    expect(await value(state, { ...window, start: 0, count: 4 })).toEqual({
      start: 0,
      rows: [['-1', '=cmd'], ['3', 'carol'], ['', 'bob'], ['12345678901234567890', 'alice']],
    });

    await value(state, { type: 'sort', resultId, tableIndex: 0, column: 0, direction: 'ascending', locale: 'en' });
    expect((await value(state, { ...window, start: 0, count: 4, columns: [0] })).rows).toEqual([['=cmd'], ['alice'], ['bob'], ['carol']]);

    await value(state, { type: 'sort', resultId, tableIndex: 0, column: 0, direction: 'none' });
    expect((await value(state, { ...window, start: 0, count: 4, columns: [0] })).rows).toEqual([['carol'], ['alice'], ['bob'], ['=cmd']]);
  });

  it('exports the table in its current order as a UTF-8 CSV blob, reporting progress per chunk', async () => {
    const state = createResultsState();
    const resultId = await loaded(state);
    await value(state, { type: 'sort', resultId, tableIndex: 0, column: 2, direction: 'ascending' });
    const { outcome, progress } = await run(state, { type: 'exportCsv', resultId, tableIndex: 0, options: { rowsPerChunk: 3 } });
    expect(progress).toEqual([
      { kind: 'progress', id: expect.any(Number), rowsWritten: 3, rowCount: 4 },
      { kind: 'progress', id: expect.any(Number), rowsWritten: 4, rowCount: 4 },
    ]);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.value.rowsWritten).toBe(4);
    expect(outcome.value.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await outcome.value.blob.arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      'User,When,Count\r\n' + "'=cmd,2026-11-23T10:16:00Z,-1\r\n" + 'carol,2026-11-23T10:15:00.1234567Z,3\r\n' + 'alice,,12345678901234567890\r\n' + 'bob,2026-11-23T10:14:00Z,\r\n',
    );
  });

  it('writes rows of the current order as TSV, clipped to the table, with the formula guard', async () => {
    const state = createResultsState();
    const resultId = await loaded(state);
    await value(state, { type: 'sort', resultId, tableIndex: 0, column: 2, direction: 'ascending' });
    expect(await value(state, { type: 'tsv', resultId, tableIndex: 0, start: 0, count: 2, options: { header: true } })).toEqual({
      text: "User\tWhen\tCount\r\n'=cmd\t2026-11-23T10:16:00Z\t-1\r\ncarol\t2026-11-23T10:15:00.1234567Z\t3",
      rowsWritten: 2,
    });
    expect(await value(state, { type: 'tsv', resultId, tableIndex: 0, start: 3, count: 10, options: { columns: [0], formulaGuard: false } })).toEqual({ text: 'bob', rowsWritten: 1 });
    expect((await run(state, { type: 'tsv', resultId, tableIndex: 0, start: -1, count: 1, options: {} })).outcome).toEqual({
      ok: false,
      error: { kind: 'invalid-request', message: 'The window start must be a whole number ≥ 0, not -1.' },
    });
  });

  it('stops an export between chunks when cancelled', async () => {
    const state = createResultsState();
    const resultId = await loaded(state);
    const posted: ResponseMessage[] = [];
    const exporting = handleResultsMessage(state, { kind: 'request', id: 900, request: { type: 'exportCsv', resultId, tableIndex: 0, options: { rowsPerChunk: 1 } } }, (message) =>
      posted.push(message),
    );
    await handleResultsMessage(state, { kind: 'cancel', id: 900 }, () => expect.fail('a cancel gets no answer'));
    await exporting;
    expect(posted).toEqual([
      { kind: 'progress', id: 900, rowsWritten: 1, rowCount: 4 },
      { kind: 'outcome', id: 900, outcome: { ok: false, error: { kind: 'cancelled', message: 'The export was cancelled.' } } },
    ]);
    expect(state.exports.size).toBe(0);
  });

  it('ignores a cancel for a request that is not running', async () => {
    const state = createResultsState();
    await handleResultsMessage(state, { kind: 'cancel', id: 12345 }, () => expect.fail('a cancel gets no answer'));
    expect(state.exports.size).toBe(0);
  });

  it('disposes a result, after which its id is unknown', async () => {
    const state = createResultsState();
    const resultId = await loaded(state);
    expect(await value(state, { type: 'dispose', resultId })).toEqual({ disposed: true });
    expect(await value(state, { type: 'dispose', resultId })).toEqual({ disposed: false });
    expect((await run(state, { type: 'window', resultId, tableIndex: 0, start: 0, count: 1, columns: [0] })).outcome).toEqual({
      ok: false,
      error: { kind: 'unknown-result', message: 'No result "result-1" is loaded (it was disposed, or the worker restarted).' },
    });
  });

  it.each([
    [{ tableIndex: 2 }, 'Result "result-1" has no table 2.'],
    [{ columns: [3] }, 'Table "PrimaryResult" has no column 3.'],
    [{ columns: [0.5] }, 'Table "PrimaryResult" has no column 0.5.'],
    [{ start: -1 }, 'The window start must be a whole number ≥ 0, not -1.'],
    [{ count: 1.5 }, 'The window count must be a whole number ≥ 0, not 1.5.'],
  ])('refuses a window with %j', async (change, message) => {
    const state = createResultsState();
    const resultId = await loaded(state);
    const { outcome } = await run(state, { type: 'window', resultId, tableIndex: 0, start: 0, count: 1, columns: [0], ...change });
    expect(outcome).toEqual({ ok: false, error: { kind: 'invalid-request', message } });
  });

  it('refuses to sort or export by a column the table does not have', async () => {
    const state = createResultsState();
    const resultId = await loaded(state);
    const refused = { ok: false, error: { kind: 'invalid-request', message: 'Table "Table_1" has no column 1.' } };
    expect((await run(state, { type: 'sort', resultId, tableIndex: 1, column: 1, direction: 'ascending' })).outcome).toEqual(refused);
    expect((await run(state, { type: 'exportCsv', resultId, tableIndex: 1, options: { columns: [0, 1] } })).outcome).toEqual(refused);
  });

  it('refuses an export chunk size that would never advance', async () => {
    const state = createResultsState();
    const resultId = await loaded(state);
    expect((await run(state, { type: 'exportCsv', resultId, tableIndex: 0, options: { rowsPerChunk: 0 } })).outcome).toEqual({
      ok: false,
      error: { kind: 'invalid-request', message: 'rowsPerChunk must be a whole number ≥ 1, not 0.' },
    });
  });

  it('answers an unknown message type', async () => {
    const { outcome } = await run(createResultsState(), { type: 'explode' } as unknown as RequestOf<'load'>);
    expect(outcome).toEqual({ ok: false, error: { kind: 'invalid-request', message: 'Unknown request type "explode".' } });
  });

  it('marks decode start and end for the benchmark', async () => {
    performance.clearMarks();
    await loaded(createResultsState());
    expect(performance.getEntriesByType('mark').map((mark) => mark.name)).toEqual(['la:decode-start', 'la:decoded']);
  });
});
