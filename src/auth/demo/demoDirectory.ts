// The emulator's demo directory (tenant and SPA client id), read from its GET /.emulator/info so the console holds
// no copy of the emulator's configuration.

export interface DemoDirectory {
  tenantId: string;
  clientId: string;
}

export class DemoSignInError extends Error {
  constructor(
    /**
     * `cancelled`, `popup_blocked`, `emulator_unreachable`, `state_mismatch`, ..., or the identity service's `error`;
     * named like MSAL's field so every sign-in failure is recognised the same way.
     */
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
    this.name = 'DemoSignInError';
  }
}

export async function fetchDemoDirectory(emulatorUrl: string, fetchFn: typeof fetch = fetch): Promise<DemoDirectory> {
  let body: unknown;
  try {
    const response = await fetchFn(`${emulatorUrl}/.emulator/info`, { cache: 'no-store' });
    body = response.ok ? await response.json() : undefined;
  } catch {
    body = undefined;
  }
  const directory = readDirectory(body);
  if (!directory) {
    throw new DemoSignInError('emulator_unreachable', `The local emulator does not answer at ${emulatorUrl}. Start it with "npm start" (or "npm run emulator").`);
  }
  return directory;
}

function readDirectory(body: unknown): DemoDirectory | null {
  if (typeof body !== 'object' || body === null) return null;
  const info = body as { tenant?: { id?: unknown }; spaClientId?: unknown };
  const tenantId = info.tenant?.id;
  const clientId = info.spaClientId;
  return typeof tenantId === 'string' && typeof clientId === 'string' ? { tenantId, clientId } : null;
}
