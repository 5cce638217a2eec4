import { describe, expect, it, vi } from 'vitest';
import { fetchWorkspaceMetadata, metadataUrl, type MetadataRequest } from './metadataClient';

const WORKSPACE_ID = 'b5a3e4c2-0000-4000-8000-0000000d3001';
const URL_OF_METADATA = `https://api.loganalytics.io/v1/workspaces/${WORKSPACE_ID}/metadata`;

function answering(response: Response | Error) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
}

function request(fetchFn: typeof fetch, overrides: Partial<MetadataRequest> = {}): MetadataRequest {
  return {
    endpoint: 'https://api.loganalytics.io/',
    workspaceId: WORKSPACE_ID,
    getToken: async () => 'token-value',
    isTokenUrlAllowed: (url) => new URL(url).hostname === 'api.loganalytics.io',
    signal: new AbortController().signal,
    fetchFn,
    ...overrides,
  };
}

describe('metadataUrl', () => {
  it('joins the endpoint and the encoded workspace id', () => {
    expect(metadataUrl('https://api.loganalytics.io//', 'a b')).toBe('https://api.loganalytics.io/v1/workspaces/a%20b/metadata');
  });
});

describe('fetchWorkspaceMetadata', () => {
  it('GETs the metadata with the bearer token and reads the schema', async () => {
    const fetchFn = answering(Response.json({ tables: [{ id: 'Heartbeat', name: 'Heartbeat', columns: [{ name: 'Computer', type: 'string' }] }] }));
    const result = await fetchWorkspaceMetadata(request(fetchFn));
    expect(fetchFn).toHaveBeenCalledOnce();
    const [url, init] = fetchFn.mock.calls[0] ?? [];
    expect(url).toBe(URL_OF_METADATA);
    expect(init?.method).toBe('GET');
    expect(init?.headers).toEqual({ Authorization: 'Bearer token-value', Accept: 'application/json' });
    expect(result).toEqual({
      kind: 'schema',
      schema: { tables: [{ name: 'Heartbeat', description: null, columns: [{ name: 'Computer', type: 'string' }] }], functions: [] },
    });
  });

  it('refuses a host outside the allow-list without asking for a token or sending anything', async () => {
    const fetchFn = answering(Response.json({}));
    const getToken = vi.fn(async () => 'token-value');
    const result = await fetchWorkspaceMetadata(request(fetchFn, { endpoint: 'https://evil.example', getToken }));
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'blocked-host', code: 'TokenHostNotAllowed' } });
    expect(getToken).not.toHaveBeenCalled();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('reports a token that cannot be obtained with the MSAL error code', async () => {
    const fetchFn = answering(Response.json({}));
    const getToken = async () => {
      throw Object.assign(new Error('https://aka.ms/msal'), { errorCode: 'interaction_required' });
    };
    const result = await fetchWorkspaceMetadata(request(fetchFn, { getToken }));
    expect(result).toMatchObject({ kind: 'failed', failure: { kind: 'auth', code: 'interaction_required' } });
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('reads a service error body: code, innermost code and correlation id', async () => {
    const body = {
      error: {
        message: 'The provided credentials have insufficient access to perform the requested operation',
        code: 'InsufficientAccessError',
        correlationId: 'de20cdd3-8085-47e4-ae4e-1d8d56982bea',
        innererror: { code: 'InsufficientAccessError', message: 'No Data.Read' },
      },
    };
    const result = await fetchWorkspaceMetadata(request(answering(Response.json(body, { status: 403 }))));
    expect(result).toMatchObject({
      kind: 'failed',
      failure: {
        kind: 'service',
        status: 403,
        code: 'InsufficientAccessError',
        innermostCode: 'InsufficientAccessError',
        correlationId: 'de20cdd3-8085-47e4-ae4e-1d8d56982bea',
      },
    });
  });

  it('treats 204 as an empty schema', async () => {
    const result = await fetchWorkspaceMetadata(request(answering(new Response(null, { status: 204 }))));
    expect(result).toEqual({ kind: 'schema', schema: { tables: [], functions: [] } });
  });

  it('reports a body that is not JSON, or not an object, as malformed', async () => {
    const notJson = await fetchWorkspaceMetadata(request(answering(new Response('<html>proxy</html>', { status: 200 }))));
    expect(notJson).toMatchObject({ kind: 'failed', failure: { kind: 'malformed-response', status: 200, message: 'The metadata answer is not JSON.' } });
    const notObject = await fetchWorkspaceMetadata(request(answering(Response.json([1, 2]))));
    expect(notObject).toMatchObject({ kind: 'failed', failure: { kind: 'malformed-response', message: 'The metadata answer is not a JSON object.' } });
  });

  it('reports a network error, and lets the caller\'s own abort propagate', async () => {
    const network = await fetchWorkspaceMetadata(request(answering(new TypeError('Failed to fetch'))));
    expect(network).toMatchObject({
      kind: 'failed',
      failure: { kind: 'network', code: 'NetworkError', message: 'No readable answer from api.loganalytics.io: TypeError: Failed to fetch' },
    });

    const controller = new AbortController();
    controller.abort();
    const aborted = fetchWorkspaceMetadata(request(answering(new DOMException('aborted', 'AbortError')), { signal: controller.signal }));
    await expect(aborted).rejects.toThrow('aborted');
  });
});
