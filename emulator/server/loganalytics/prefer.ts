// The `Prefer` request header: wait=N, include-statistics=true, include-render=true.

const DEFAULT_WAIT_SECONDS = 180;
const MAX_WAIT_SECONDS = 600;

export interface Preferences {
  /** The server timeout in seconds: the requested one capped at 600, or the default 180. */
  waitSeconds: number;
  /** Whether the client asked for a wait, which the response then acknowledges with `preference-applied`. */
  waitRequested: boolean;
  includeStatistics: boolean;
  includeRender: boolean;
}

export function parsePrefer(header: string | undefined): Preferences {
  const preferences: Preferences = { waitSeconds: DEFAULT_WAIT_SECONDS, waitRequested: false, includeStatistics: false, includeRender: false };
  for (const entry of (header ?? '').split(',')) {
    const [rawName = '', rawValue = ''] = entry.split('=', 2).map((part) => part.trim());
    const name = rawName.toLowerCase();
    const value = rawValue.replace(/^"|"$/g, '');
    if (name === 'wait' && /^\d+$/.test(value)) {
      preferences.waitSeconds = Math.min(Number(value), MAX_WAIT_SECONDS);
      preferences.waitRequested = true;
    } else if (name === 'include-statistics') {
      preferences.includeStatistics = value.toLowerCase() === 'true';
    } else if (name === 'include-render') {
      preferences.includeRender = value.toLowerCase() === 'true';
    }
  }
  return preferences;
}
