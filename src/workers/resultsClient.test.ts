import { describe, expect, it, vi } from 'vitest';
import { responseBody, table } from '../domain/results/testing/responseBody';
import { createResultsClient, type RequestOptions, type ResultsClient } from './resultsClient';
import { createInProcessPort } from './resultsPort';
import type { ResultsPort } from './resultsPort';
import type { Outcome, RequestMessage, ResponseMessage, ResultSummary } from './resultsProtocol';

const BODY = responseBody({
  tables: [
    table('PrimaryResult', [['User', 'string'], ['Count', 'long']], [
      ['carol', 3],
      ['alice', 9007199254740993n],
      ['bob', null],
    ]),
  ],
});

/** A whole body written as one chunk, as the run does with a small answer. */
function load(client: ResultsClient, body: string, options?: RequestOptions): Promise<Outcome<ResultSummary>> {
  const incoming = client.openLoad(options);
  incoming.write(new TextEncoder().encode(body));
  return incoming.end();
}

function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.value;
}

/** The in-process port, with every message the client sends recorded. */
function recordingPort(): { port: ResultsPort; sent: RequestMessage[] } {
  const inner = createInProcessPort();
  const sent: RequestMessage[] = [];
  return {
    sent,
    port: {
      send: (message, transfer) => {
        sent.push(message);
        inner.send(message, transfer);
      },
      listen: (onMessage, onFailure) => inner.listen(onMessage, onFailure),
      terminate: () => inner.terminate(),
    },
  };
}

/** A port that never answers, to observe pending requests; `fail` plays a crashed worker. */
function silentPort(): { port: ResultsPort; fail: (reason: string) => void; terminated: () => boolean } {
  let failure: ((reason: string) => void) | null = null;
  let terminated = false;
  return {
    port: {
      send: () => undefined,
      listen: (_onMessage: (message: ResponseMessage) => void, onFailure) => {
        failure = onFailure;
      },
      terminate: () => {
        terminated = true;
      },
    },
    fail: (reason) => failure?.(reason),
    terminated: () => terminated,
  };
}

describe('resultsClient over the real handlers', () => {
  it('loads, windows, sorts, exports and disposes', async () => {
    const client = createResultsClient(createInProcessPort);
    const summary = valueOf(await load(client, BODY));
    expect(summary).toEqual({
      resultId: 'result-1',
      tables: [{ name: 'PrimaryResult', rowCount: 3, columns: [{ name: 'User', type: 'string' }, { name: 'Count', type: 'long' }] }],
    });
    const { resultId } = summary;
    expect(valueOf(await client.window(resultId, 0, 0, 3, [0, 1])).rows).toEqual([['carol', '3'], ['alice', '9007199254740993'], ['bob', '']]);

    expect(valueOf(await client.sort(resultId, 0, 0, 'ascending', { locale: 'en' }))).toEqual({ column: 0, direction: 'ascending' });
    expect(valueOf(await client.window(resultId, 0, 0, 3, [0])).rows).toEqual([['alice'], ['bob'], ['carol']]);

    const progress: [number, number][] = [];
    const exported = valueOf(await client.exportCsv(resultId, 0, { rowsPerChunk: 2, bom: false }, { onProgress: (rows, total) => progress.push([rows, total]) }));
    expect(progress).toEqual([[2, 3], [3, 3]]);
    expect(await exported.blob.text()).toBe('User,Count\r\nalice,9007199254740993\r\nbob,\r\ncarol,3\r\n');
    expect(valueOf(await client.tsv(resultId, 0, 1, 1))).toEqual({ text: 'bob\t', rowsWritten: 1 });

    expect(valueOf(await client.disposeResult(resultId))).toEqual({ disposed: true });
    expect(await client.window(resultId, 0, 0, 1, [0])).toMatchObject({ ok: false, error: { kind: 'unknown-result' } });
    client.dispose();
  });

  it('transfers each chunk to the worker instead of copying it, unless it shares its buffer', async () => {
    const client = createResultsClient(createInProcessPort);
    const bytes = new TextEncoder().encode(BODY);
    const shared = new Uint8Array(bytes.byteLength + 4);
    shared.set(bytes.subarray(10), 4);
    const head = bytes.slice(0, 10);
    const tail = shared.subarray(4, 4 + bytes.byteLength - 10);
    const incoming = client.openLoad();
    incoming.write(head);
    incoming.write(tail);
    const summary = valueOf(await incoming.end());
    expect(head.byteLength).toBe(0);
    expect(shared.byteLength).toBe(bytes.byteLength + 4);
    expect(summary.tables[0]?.rowCount).toBe(3);
    client.dispose();
  });

  it('marks the end of the body for the benchmark when it is complete, once', async () => {
    const client = createResultsClient(createInProcessPort);
    const incoming = client.openLoad();
    incoming.write(new TextEncoder().encode(BODY));
    performance.clearMarks();
    const first = incoming.end();
    expect(incoming.end()).toBe(first);
    expect(performance.getEntriesByType('mark').map((mark) => mark.name)).toEqual(['la:response-end']);
    expect((await first).ok).toBe(true);
    client.dispose();
  });

  it('resolves a decode failure as a typed value', async () => {
    const client = createResultsClient(createInProcessPort);
    expect(await load(client, 'not json')).toMatchObject({ ok: false, error: { kind: 'decode', decodeError: { kind: 'malformed-json', truncated: false } } });
    client.dispose();
  });

  it('marks the start and end of an export for the benchmark', async () => {
    const client = createResultsClient(createInProcessPort);
    const { resultId } = valueOf(await load(client, BODY));
    performance.clearMarks();
    await client.exportCsv(resultId, 0);
    expect(performance.getEntriesByType('mark').map((mark) => mark.name)).toEqual(['csv:start', 'csv:done']);
    client.dispose();
  });
});

describe('resultsClient: cancellation', () => {
  it('does not send a request whose signal is already aborted', async () => {
    const createPort = vi.fn(createInProcessPort);
    const client = createResultsClient(createPort);
    const outcome = await load(client, BODY, { signal: AbortSignal.abort() });
    expect(outcome).toEqual({ ok: false, error: { kind: 'cancelled', message: 'The request was cancelled.' } });
    expect(createPort).not.toHaveBeenCalled();
  });

  it('stops a running export in the worker when its signal aborts', async () => {
    const { port, sent } = recordingPort();
    const client = createResultsClient(() => port);
    const rows = Array.from({ length: 50 }, (_, index) => [`user${index}`, index]);
    const { resultId } = valueOf(await load(client, responseBody({ tables: [table('T', [['u', 'string'], ['n', 'long']], rows)] })));
    const controller = new AbortController();
    const progress: number[] = [];
    const outcome = await client.exportCsv(resultId, 0, { rowsPerChunk: 1 }, {
      signal: controller.signal,
      onProgress: (rowsWritten) => {
        progress.push(rowsWritten);
        if (rowsWritten === 2) controller.abort();
      },
    });
    expect(outcome).toEqual({ ok: false, error: { kind: 'cancelled', message: 'The request was cancelled.' } });
    const exportId = sent.find((message) => message.kind === 'request' && message.request.type === 'exportCsv')?.id;
    expect(sent.at(-1)).toEqual({ kind: 'cancel', id: exportId });
    // Let the worker reach its next chunk boundary: it stops there and reports no further progress.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(progress).toEqual([1, 2]);
    client.dispose();
  });

  it('cancels a load whose download failed: the worker is told, and later bytes are not sent', async () => {
    const { port, sent } = recordingPort();
    const client = createResultsClient(() => port);
    const incoming = client.openLoad();
    incoming.write(new TextEncoder().encode('{"tables":'));
    incoming.cancel();
    incoming.write(new TextEncoder().encode('[]}'));
    expect(await incoming.end()).toEqual({ ok: false, error: { kind: 'cancelled', message: 'The request was cancelled.' } });
    expect(sent.map((message) => message.kind)).toEqual(['request', 'chunk', 'cancel']);
    client.dispose();
  });

  it('disposes a result whose load was abandoned, so nothing is left behind in the worker', async () => {
    const { port, sent } = recordingPort();
    const client = createResultsClient(() => port);
    const controller = new AbortController();
    const loading = load(client, BODY, { signal: controller.signal });
    controller.abort();
    expect(await loading).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
    await vi.waitFor(() => expect(sent.at(-1)).toEqual({ kind: 'request', id: expect.any(Number), request: { type: 'dispose', resultId: 'result-1' } }));
    client.dispose();
  });
});

describe('resultsClient: worker lifecycle', () => {
  it('starts the worker on the first request, not before', async () => {
    const createPort = vi.fn(createInProcessPort);
    const client = createResultsClient(createPort);
    expect(createPort).not.toHaveBeenCalled();
    await load(client, BODY);
    await load(client, BODY);
    expect(createPort).toHaveBeenCalledTimes(1);
    client.dispose();
  });

  it('start() starts the worker at once, and requests reuse it', async () => {
    const createPort = vi.fn(createInProcessPort);
    const client = createResultsClient(createPort);
    client.start();
    expect(createPort).toHaveBeenCalledTimes(1);
    client.start();
    expect((await load(client, BODY)).ok).toBe(true);
    expect(createPort).toHaveBeenCalledTimes(1);
    client.dispose();
  });

  it('settles pending requests when disposed, and starts a fresh worker for later requests', async () => {
    const silent = silentPort();
    const createPort = vi.fn((): ResultsPort => silent.port);
    const client = createResultsClient(createPort);
    const pending = client.window('result-1', 0, 0, 1, [0]);
    client.dispose();
    expect(await pending).toEqual({ ok: false, error: { kind: 'disposed', message: 'The results client was disposed.' } });
    expect(silent.terminated()).toBe(true);
    void client.window('result-1', 0, 0, 1, [0]);
    expect(createPort).toHaveBeenCalledTimes(2);
  });

  it('settles pending requests with the reason when the worker dies, then starts a new one', async () => {
    const silent = silentPort();
    const createPort = vi.fn((): ResultsPort => silent.port);
    const client = createResultsClient(createPort);
    const first = client.sort('result-1', 0, 0, 'ascending');
    const second = load(client, BODY);
    silent.fail('Uncaught RangeError: out of memory');
    const died = { ok: false, error: { kind: 'worker-failed', message: 'Uncaught RangeError: out of memory' } };
    expect([await first, await second]).toEqual([died, died]);
    expect(silent.terminated()).toBe(true);
    void load(client, BODY);
    expect(createPort).toHaveBeenCalledTimes(2);
    client.dispose();
  });
});
