import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../domain/memoryStorage';
import { BROWSER_TAB_ID_KEY, claimBrowserTabId } from './browserTab';

/** Web Locks as far as the claim uses them: a held name is granted to nobody else; a waiting request gives up on abort. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    request(name: string, options: { signal?: AbortSignal }, callback: (lock: unknown) => Promise<void>): Promise<void> {
      if (!held.has(name)) {
        held.add(name);
        return callback({ name });
      }
      return new Promise((_, reject) => options.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    },
  };
}

describe('the browser tab id', () => {
  it('is made once per browser tab and kept in sessionStorage for reloads and redirects', async () => {
    const session = memoryStorage();
    const first = await claimBrowserTabId(session, fakeLocks());
    expect(first.copyFrom).toBeUndefined();
    expect(session.getItem(BROWSER_TAB_ID_KEY)).toBe(first.browserTabId);
    expect(await claimBrowserTabId(session, fakeLocks())).toEqual({ browserTabId: first.browserTabId });
  });

  it('is replaced in a duplicated browser tab, whose original still holds it, starting from the original’s set', async () => {
    const locks = fakeLocks();
    const session = memoryStorage();
    const original = await claimBrowserTabId(session, locks);
    const duplicate = await claimBrowserTabId(memoryStorage({ [BROWSER_TAB_ID_KEY]: original.browserTabId }), locks);
    expect(duplicate.browserTabId).not.toBe(original.browserTabId);
    expect(duplicate.copyFrom).toBe(original.browserTabId);
    expect(locks.held.size).toBe(2);
  });

  it('ignores a stored id that is not one of ours, and works without Web Locks or sessionStorage', async () => {
    const claim = await claimBrowserTabId(memoryStorage({ [BROWSER_TAB_ID_KEY]: '<script>' }), undefined);
    expect(claim.browserTabId).toMatch(/^[\w-]+$/);
    expect(claim.copyFrom).toBeUndefined();
    expect((await claimBrowserTabId(undefined, undefined)).browserTabId).toMatch(/^[\w-]+$/);
  });
});
