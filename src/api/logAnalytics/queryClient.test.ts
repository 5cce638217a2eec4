import { describe, expect, it, vi } from 'vitest';
import { CLOUDS } from '../../domain/clouds';
import { queryUrl, queryWorkspace, type QueryWorkspaceRequest } from './queryClient';

const WORKSPACE_ID = 'b5a3e4c2-0000-4000-8000-0000000d3001';
const CORRELATION_ID = 'de20cdd3-8085-47e4-ae4e-1d8d56982bea';

function answering(response: Response | Error) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
}

function request(fetchFn: typeof fetch, overrides: Partial<QueryWorkspaceRequest> = {}): QueryWorkspaceRequest {
  return { cloud: CLOUDS.AzurePublic, workspaceId: WORKSPACE_ID, query: 'Heartbeat | take 1', token: 'token-value', fetchFn, ...overrides };
}

describe('queryUrl', () => {
  it('joins the endpoint and the encoded workspace id', () => {
    expect(queryUrl('https://api.loganalytics.io/', 'a b')).toBe('https://api.loganalytics.io/v1/workspaces/a%20b/query');
  });
});

describe('queryWorkspace', () => {
  it('POSTs the query with the bearer token, JSON body and Prefer header to the cloud endpoint', async () => {
    const fetchFn = answering(Response.json({ tables: [] }));
    const signal = new AbortController().signal;
    await queryWorkspace(request(fetchFn, { timespan: 'PT1H', signal, serverTimeoutSeconds: 30 }));
    expect(fetchFn).toHaveBeenCalledWith(`https://api.loganalytics.io/v1/workspaces/${WORKSPACE_ID}/query`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer token-value',
        'Content-Type': 'application/json',
        Prefer: 'wait=30,include-statistics=true',
      },
      body: '{"query":"Heartbeat | take 1","timespan":"PT1H"}',
      signal,
    });
  });

  it('leaves the timespan out when none is given and waits 180 s by default', async () => {
    const fetchFn = answering(Response.json({ tables: [] }));
    await queryWorkspace(request(fetchFn));
    const init = fetchFn.mock.calls[0]?.[1];
    expect(init?.body).toBe('{"query":"Heartbeat | take 1"}');
    expect(init?.headers).toMatchObject({ Prefer: 'wait=180,include-statistics=true' });
  });

  it('returns every table with its columns and rows, keeping cells as received', async () => {
    const fetchFn = answering(
      Response.json({
        tables: [
          {
            name: 'PrimaryResult',
            columns: [
              { name: 's', type: 'string' },
              { name: 'b', type: 'bool' },
              { name: 'n', type: 'long' },
              { name: 'd', type: 'dynamic' },
              { name: 'x', type: 'object' },
            ],
            rows: [['hello', true, 101, '{"a":1}', { nested: [1] }], ['', null, null, null, null]],
          },
          { name: 'Table_1', columns: [], rows: [] },
        ],
        statistics: { query: { executionTime: 0.1 } },
      }),
    );
    expect(await queryWorkspace(request(fetchFn))).toEqual({
      status: 'completed',
      partialError: null,
      tables: [
        {
          name: 'PrimaryResult',
          columns: [
            { name: 's', type: 'string' },
            { name: 'b', type: 'bool' },
            { name: 'n', type: 'long' },
            { name: 'd', type: 'dynamic' },
            { name: 'x', type: 'string' },
          ],
          rows: [['hello', true, 101, '{"a":1}', '{"nested":[1]}'], ['', null, null, null, null]],
        },
        { name: 'Table_1', columns: [], rows: [] },
      ],
    });
  });

  it('keeps the rows of a partial result and reports its innermost cause', async () => {
    const fetchFn = answering(
      Response.json({
        tables: [{ name: 'PrimaryResult', columns: [{ name: 's', type: 'string' }], rows: [['a']] }],
        error: {
          code: 'PartialError',
          message: 'There were some errors when processing your query.',
          details: [{ code: 'EngineError', message: 'Something went wrong.', innererror: { code: '-2133196797', message: 'E_QUERY_RESULT_SET_TOO_LARGE' } }],
        },
      }),
    );
    expect(await queryWorkspace(request(fetchFn))).toEqual({
      status: 'completed',
      tables: [{ name: 'PrimaryResult', columns: [{ name: 's', type: 'string' }], rows: [['a']] }],
      partialError: {
        kind: 'service',
        status: 200,
        code: 'PartialError',
        message: 'There were some errors when processing your query.',
        innermostCode: '-2133196797',
        correlationId: null,
      },
    });
  });

  it('reports a 204 as an empty workspace', async () => {
    expect(await queryWorkspace(request(answering(new Response(null, { status: 204 }))))).toEqual({ status: 'empty-workspace' });
  });

  it('reports a syntax error with its status, code, message, innermost code and correlation id', async () => {
    const body = {
      error: {
        message: 'The request had some invalid properties',
        code: 'BadArgumentError',
        correlationId: CORRELATION_ID,
        innererror: {
          code: 'SyntaxError',
          message: 'A recognition error occurred in the query.',
          innererror: { code: 'SYN0002', message: "Query could not be parsed at 'invalid' on line [1,11]", line: 1, pos: 11, token: 'invalid' },
        },
      },
    };
    expect(await queryWorkspace(request(answering(Response.json(body, { status: 400 }))))).toEqual({
      status: 'failed',
      failure: {
        kind: 'service',
        status: 400,
        code: 'BadArgumentError',
        message: 'The request had some invalid properties',
        innermostCode: 'SYN0002',
        correlationId: CORRELATION_ID,
      },
    });
  });

  it('reports an error without inner errors with no innermost code', async () => {
    const body = { error: { message: 'The provided credentials have insufficient access', code: 'InsufficientAccessError', correlationId: CORRELATION_ID } };
    expect(await queryWorkspace(request(answering(Response.json(body, { status: 403 }))))).toMatchObject({
      status: 'failed',
      failure: { kind: 'service', status: 403, code: 'InsufficientAccessError', innermostCode: null, correlationId: CORRELATION_ID },
    });
  });

  it('names the status when an error has no JSON body', async () => {
    expect(await queryWorkspace(request(answering(new Response('<html>Bad gateway</html>', { status: 502 }))))).toEqual({
      status: 'failed',
      failure: {
        kind: 'service',
        status: 502,
        code: 'HTTP502',
        message: 'The service answered HTTP 502 without an error body.',
        innermostCode: null,
        correlationId: null,
      },
    });
  });

  it('reports a body without tables as malformed', async () => {
    expect(await queryWorkspace(request(answering(Response.json({ value: [] }))))).toEqual({
      status: 'failed',
      failure: {
        kind: 'malformed-response',
        status: 200,
        code: 'MalformedResponse',
        message: 'The response is not a Log Analytics query result (no tables).',
        innermostCode: null,
        correlationId: null,
      },
    });
  });

  it('reports a network failure', async () => {
    expect(await queryWorkspace(request(answering(new TypeError('Failed to fetch'))))).toEqual({
      status: 'failed',
      failure: {
        kind: 'network',
        status: null,
        code: 'NetworkError',
        message: 'No response from api.loganalytics.io: TypeError: Failed to fetch',
        innermostCode: null,
        correlationId: null,
      },
    });
  });

  it('lets an abort propagate to the caller', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    await expect(queryWorkspace(request(answering(abort)))).rejects.toBe(abort);
  });

  it('never sends the token to a host outside the cloud allow-list', async () => {
    const fetchFn = answering(Response.json({ tables: [] }));
    expect(await queryWorkspace(request(fetchFn, { endpoint: 'https://api.loganalytics.azure.us' , cloud: CLOUDS.AzureUSGovernment }))).toEqual({
      status: 'failed',
      failure: {
        kind: 'blocked-host',
        status: null,
        code: 'TokenHostNotAllowed',
        message:
          'The console does not send Azure US Government tokens to api.loganalytics.azure.us; allowed hosts: api.loganalytics.us, management.usgovcloudapi.net.',
        innermostCode: null,
        correlationId: null,
      },
    });
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('accepts the public alias host of the same cloud', async () => {
    const fetchFn = answering(Response.json({ tables: [] }));
    await queryWorkspace(request(fetchFn, { endpoint: 'https://api.loganalytics.azure.com' }));
    expect(fetchFn.mock.calls[0]?.[0]).toBe(`https://api.loganalytics.azure.com/v1/workspaces/${WORKSPACE_ID}/query`);
  });
});
