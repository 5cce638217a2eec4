import { describe, expect, it, vi } from 'vitest';
import { CLOUDS, isBearerTokenUrlAllowed } from '../../domain/clouds';
import { failure } from '../../domain/queryFailure';
import { bodyText, queryUrl, queryWorkspace, type QueryRequest } from './queryClient';

const WORKSPACE_ID = 'b5a3e4c2-0000-4000-8000-0000000d3001';

function answering(response: Response | Error) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
}

function request(fetchFn: typeof fetch, overrides: Partial<QueryRequest> = {}): QueryRequest {
  return {
    endpoint: 'https://api.loganalytics.io',
    workspaceId: WORKSPACE_ID,
    query: 'Heartbeat | take 1',
    timespan: 'PT1H',
    token: 'token-value',
    isTokenUrlAllowed: (url) => isBearerTokenUrlAllowed(CLOUDS.AzurePublic, url),
    serverWaitSeconds: 30,
    signal: new AbortController().signal,
    onBodyChunk: () => undefined,
    fetchFn,
    ...overrides,
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('queryUrl', () => {
  it('joins the endpoint and the encoded workspace id', () => {
    expect(queryUrl('https://api.loganalytics.io/', 'a b')).toBe('https://api.loganalytics.io/v1/workspaces/a%20b/query');
  });
});

describe('queryWorkspace', () => {
  it('POSTs the query with the token, JSON body and Prefer header, and passes the raw body on', async () => {
    const fetchFn = answering(json(200, { tables: [] }));
    const body = bodyText();
    const response = await queryWorkspace(request(fetchFn, { onBodyChunk: body.onBodyChunk }));
    const [url, init] = fetchFn.mock.calls[0]!;
    expect(url).toBe(`https://api.loganalytics.io/v1/workspaces/${WORKSPACE_ID}/query`);
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({
      Authorization: 'Bearer token-value',
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Prefer: 'wait=30,include-statistics=true,include-render=true',
    });
    expect(init?.body).toBe('{"query":"Heartbeat | take 1","timespan":"PT1H"}');
    expect(response).toEqual({ kind: 'results', receivedBytes: 13 });
    expect(body.text()).toBe('{"tables":[]}');
  });

  it('passes the body on chunk by chunk as it arrives, and a character split across chunks whole', async () => {
    const bytes = new TextEncoder().encode('{"tables":[{"name":"Zürich"}]}');
    const split = bytes.indexOf(0xc3) + 1;
    const parts = [bytes.slice(0, 5), bytes.slice(5, split), bytes.slice(split)];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    const chunks: Uint8Array[] = [];
    const body = bodyText();
    const response = await queryWorkspace(
      request(answering(new Response(stream, { status: 200 })), {
        onBodyChunk: (chunk) => {
          chunks.push(chunk.slice());
          body.onBodyChunk(chunk);
        },
      }),
    );
    expect(response).toEqual({ kind: 'results', receivedBytes: bytes.byteLength });
    expect(chunks).toEqual(parts);
    expect(body.text()).toBe('{"tables":[{"name":"Zürich"}]}');
  });

  it('turns a connection lost in the middle of the body into a failure that says the answer broke off, and how far it got', async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(new TextEncoder().encode('{"tables":['));
        else controller.error(new TypeError('network error'));
      },
    });
    const onBodyChunk = vi.fn();
    const response = await queryWorkspace(request(answering(new Response(stream, { status: 200 })), { onBodyChunk }));
    expect(response).toEqual({
      kind: 'failed',
      failure: failure('network', 'AnswerCutOff', 'The answer from api.loganalytics.io broke off after 11 B: TypeError: network error.', { status: 200 }),
    });
    expect(onBodyChunk).toHaveBeenCalledTimes(1);
  });

  it('sends no timespan when the query sets its own', async () => {
    const fetchFn = answering(json(200, { tables: [] }));
    await queryWorkspace(request(fetchFn, { timespan: null }));
    expect(fetchFn.mock.calls[0]![1]?.body).toBe('{"query":"Heartbeat | take 1"}');
  });

  it('never sends the token to a host off the allow-list', async () => {
    const fetchFn = answering(json(200, { tables: [] }));
    const response = await queryWorkspace(request(fetchFn, { endpoint: 'https://api.loganalytics.azure.us' }));
    expect(fetchFn).not.toHaveBeenCalled();
    expect(response).toMatchObject({ kind: 'failed', failure: { kind: 'blocked-host', code: 'TokenHostNotAllowed' } });
  });

  it('reports 204 as an empty workspace', async () => {
    const response = await queryWorkspace(request(answering(new Response(null, { status: 204 }))));
    expect(response).toEqual({ kind: 'empty-workspace' });
  });

  it('reads a syntax error down to its innermost code and position', async () => {
    const body = {
      error: {
        message: 'The request had some invalid properties',
        code: 'BadArgumentError',
        correlationId: 'de20cdd3-8085-47e4-ae4e-1d8d56982bea',
        innererror: {
          code: 'SyntaxError',
          message: 'A recognition error occurred in the query.',
          innererror: { code: 'SYN0002', message: "Query could not be parsed at 'invalid' on line [1,11]", line: 1, pos: 11, token: 'invalid' },
        },
      },
    };
    const response = await queryWorkspace(request(answering(json(400, body))));
    expect(response).toEqual({
      kind: 'failed',
      failure: {
        kind: 'service',
        status: 400,
        code: 'BadArgumentError',
        message: 'The request had some invalid properties',
        innermostCode: 'SYN0002',
        innermostMessage: "Query could not be parsed at 'invalid' on line [1,11]",
        correlationId: 'de20cdd3-8085-47e4-ae4e-1d8d56982bea',
        position: { line: 1, pos: 11, token: 'invalid' },
      },
    });
  });

  it('keeps Retry-After and WWW-Authenticate for the diagnosis', async () => {
    const response = await queryWorkspace(
      request(answering(json(429, { error: { message: 'Too many requests', code: 'ThrottledError' } }, { 'Retry-After': '12' }))),
    );
    expect(response).toMatchObject({ kind: 'failed', failure: { status: 429, code: 'ThrottledError', retryAfterSeconds: 12 } });
  });

  it('describes an error status without a JSON body, and does not pass that body on', async () => {
    const onBodyChunk = vi.fn();
    const response = await queryWorkspace(request(answering(new Response('<html>Bad gateway</html>', { status: 502 })), { onBodyChunk }));
    expect(response).toMatchObject({ kind: 'failed', failure: { kind: 'service', status: 502, code: 'HTTP502' } });
    expect(onBodyChunk).not.toHaveBeenCalled();
  });

  it('turns a network failure into a typed failure naming the host', async () => {
    const response = await queryWorkspace(request(answering(new TypeError('Failed to fetch'))));
    expect(response).toMatchObject({ kind: 'failed', failure: { kind: 'network', code: 'NetworkError' } });
    if (response.kind === 'failed') expect(response.failure.message).toContain('api.loganalytics.io');
  });

  it('lets the caller abort', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetchFn = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      init?.signal?.throwIfAborted();
      return json(200, { tables: [] });
    });
    await expect(queryWorkspace(request(fetchFn, { signal: controller.signal }))).rejects.toThrow();
  });
});
