import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url';
import { deflateRaw } from './deflateRaw';
import { decodeShareFragment, encodeShareFragment, isShareFragment, MAX_SHARED_QUERY_BYTES } from './shareLink';

const WORKSPACE = 'b5a3e4c2-0000-4000-8000-0000000d3001';
const query = { queryText: 'SigninLogs\n| where ResultType != "0"\n| take 10', timespan: { kind: 'preset', presetId: '7d' }, workspaceId: WORKSPACE, cloud: 'AzureUSGovernment' } as const;

async function fragmentWith(changes: Record<string, string | null>): Promise<string> {
  const params = new URLSearchParams(await encodeShareFragment(query));
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  return `#${params.toString()}`;
}

describe('share links', () => {
  it('carry the query compressed, the timespan, the workspace id and the cloud name, and nothing else', async () => {
    const fragment = await encodeShareFragment({ ...query, queryText: 'Heartbeat | take 1 '.repeat(200) });
    const params = new URLSearchParams(fragment);
    expect([...params.keys()]).toEqual(['kql', 'q', 't', 'w', 'c']);
    expect(params.get('t')).toBe('7d');
    expect(params.get('w')).toBe(WORKSPACE);
    expect(params.get('c')).toBe('AzureUSGovernment');
    expect(fragment.length).toBeLessThan(200);
    expect(fragment).not.toMatch(/https?:|loganalytics|Bearer|eyJ/);
  });

  it('leave out the workspace and the cloud when there are none', async () => {
    const fragment = await encodeShareFragment({ ...query, workspaceId: null, cloud: null, timespan: { kind: 'setInQuery' } });
    expect([...new URLSearchParams(fragment).keys()]).toEqual(['kql', 'q', 't']);
    expect(await decodeShareFragment(fragment)).toEqual({ kind: 'shared', query: { ...query, workspaceId: null, cloud: null, timespan: { kind: 'setInQuery' } } });
  });

  it('are told apart from other fragments, such as a sign-in response', async () => {
    expect(isShareFragment('#code=abc&state=xyz')).toBe(false);
    expect(await decodeShareFragment('#code=abc&state=xyz')).toEqual({ kind: 'none' });
    expect(await decodeShareFragment('')).toEqual({ kind: 'none' });
    expect(isShareFragment('#kql=1&q=x')).toBe(true);
  });

  it.each([
    ['a query that is not base64url', { q: 'not base64!' }, 'its query is damaged (was the link cut short?).'],
    ['no query', { q: null }, 'its query is damaged (was the link cut short?).'],
    ['a newer version', { kql: '2' }, 'it comes from a newer version of KQL Console.'],
    ['an unknown preset', { t: '5y' }, 'its time range is not valid.'],
    ['a range that ends before it starts', { t: '2026-01-02T00:00:00.000Z/2026-01-01T00:00:00.000Z' }, 'its time range is not valid.'],
    ['a workspace id that is not a GUID', { w: '../../subscriptions' }, 'its workspace id is not a GUID.'],
    ['an unknown cloud', { c: 'https://evil.example' }, 'it names an unknown cloud.'],
  ])('refuse %s with one sentence', async (_, changes, problem) => {
    expect(await decodeShareFragment(await fragmentWith(changes))).toEqual({ kind: 'malformed', error: `This share link cannot be opened: ${problem}` });
  });

  it('refuse a query cut short, not UTF-8, empty, or that would inflate past the limit', async () => {
    const q = async (bytes: Uint8Array) => toBase64Url(await deflateRaw(bytes));
    const whole = new URLSearchParams(await encodeShareFragment(query)).get('q') ?? '';
    expect(await decodeShareFragment(await fragmentWith({ q: whole.slice(0, whole.length - 6) }))).toEqual({
      kind: 'malformed',
      error: 'This share link cannot be opened: its query is damaged (was the link cut short?).',
    });
    expect(await decodeShareFragment(await fragmentWith({ q: await q(new Uint8Array([0xff, 0xfe, 0x41])) }))).toMatchObject({ kind: 'malformed' });
    expect(await decodeShareFragment(await fragmentWith({ q: await q(new TextEncoder().encode('   ')) }))).toEqual({ kind: 'malformed', error: 'This share link cannot be opened: its query is empty.' });
    const bomb = await q(new Uint8Array(MAX_SHARED_QUERY_BYTES + 1).fill(0x41));
    expect(bomb.length).toBeLessThan(2000);
    expect(await decodeShareFragment(await fragmentWith({ q: bomb }))).toMatchObject({ kind: 'malformed' });
  });
});
