// The ways to connect while signed out: Entra ID (when a client id is configured), the local demo (when the console
// runs beside the emulator), and a pasted access token (always).
import type { EntraAuthState } from './entraSession';

export type PendingSignIn = 'entra' | 'demo' | null;

interface SignInOptionsProps {
  entra: EntraAuthState;
  demoAvailable: boolean;
  pending: PendingSignIn;
  onEntra(): void;
  onDemo(): void;
  onToken(): void;
}

export function SignInOptions({ entra, demoAvailable, pending, onEntra, onDemo, onToken }: SignInOptionsProps) {
  const busy = pending !== null;
  return (
    <div className="sign-in-options" role="group" aria-label="Connect">
      {entra.status === 'unconfigured' ? (
        <span className="muted">Entra ID sign-in needs a client ID (Settings).</span>
      ) : (
        <button type="button" className="primary" onClick={onEntra} disabled={busy || entra.status !== 'ready'}>
          {pending === 'entra' ? 'Signing in…' : 'Sign in'}
        </button>
      )}
      {demoAvailable && (
        <button type="button" onClick={onDemo} disabled={busy}>
          {pending === 'demo' ? 'Signing in to the local demo…' : 'Local demo sign-in'}
        </button>
      )}
      <button type="button" onClick={onToken} disabled={busy}>
        Use a token
      </button>
    </div>
  );
}
