// Which browser tab this page is, so each keeps its own tab set. The id lives in sessionStorage: it survives a reload,
// a crash restore and a redirect sign-in, and is not shared with other browser tabs. A duplicated browser tab copies
// sessionStorage, id included, so the id is also held as a Web Lock for the page's life: a page that cannot get it
// in time is a duplicate, and takes a new id, starting from a copy of the original's set.
export const BROWSER_TAB_ID_KEY = 'kql-console:browser-tab';
/** Long enough for a reloading page's lock to be released, short enough not to be noticed at start-up. */
const CLAIM_TIMEOUT_MS = 1000;

export interface BrowserTabClaim {
  browserTabId: string;
  copyFrom?: string;
}

interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal; ifAvailable?: boolean }, callback: (lock: unknown) => Promise<void>): Promise<void>;
}

export async function claimBrowserTabId(
  session: Storage | undefined = globalThis.sessionStorage,
  locks: LockManagerLike | undefined = globalThis.navigator?.locks,
): Promise<BrowserTabClaim> {
  const existing = readId(session);
  if (existing && (!locks || (await holdLock(locks, existing, CLAIM_TIMEOUT_MS)))) return { browserTabId: existing };
  const browserTabId = newId();
  writeId(session, browserTabId);
  if (locks) void holdLock(locks, browserTabId, CLAIM_TIMEOUT_MS);
  return existing ? { browserTabId, copyFrom: existing } : { browserTabId };
}

/** Resolves true once the lock is held (until the page goes away), false when it could not be had in time. */
function holdLock(locks: LockManagerLike, id: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const signal = AbortSignal.timeout(timeoutMs);
    locks
      .request(`${BROWSER_TAB_ID_KEY}:${id}`, { signal }, () => {
        resolve(true);
        return new Promise<void>(() => {});
      })
      .catch(() => resolve(false));
  });
}

function readId(session: Storage | undefined): string | null {
  try {
    const id = session?.getItem(BROWSER_TAB_ID_KEY) ?? null;
    return id !== null && /^[\w-]{1,64}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

function writeId(session: Storage | undefined, id: string): void {
  try {
    session?.setItem(BROWSER_TAB_ID_KEY, id);
  } catch {
    // Without sessionStorage the id lasts as long as the page; the set is still saved under it.
  }
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
