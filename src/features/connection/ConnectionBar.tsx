// The header's connection area: how to connect while signed out, the signed-in account (with the local demo clearly
// marked) while connected, the Settings button, and the dialogs they open.
import { useRef, useState } from 'react';
import { dispatchAction } from '../../actions/registry';
import { describeSignInError } from '../../auth/signInErrors';
import { useConsole, useServices } from '../../app/ServicesContext';
import { useActionContext } from '../../app/useActionContext';
import { selectIdentity } from '../../state/selectors';
import { AccountMenu } from './AccountMenu';
import { signInWithDemo, signInWithEntra, signOut } from './connectionActions';
import { useEntraAuth } from './entraSession';
import { SettingsDialog } from './SettingsDialog';
import { SignInOptions, type PendingSignIn } from './SignInOptions';
import { TokenDialog } from './TokenDialog';
import './connection.css';

export function ConnectionBar() {
  const services = useServices();
  const actionContext = useActionContext();
  const identity = useConsole(selectIdentity);
  const entra = useEntraAuth();
  const [pending, setPending] = useState<PendingSignIn>(null);
  const [error, setError] = useState<string | null>(null);
  const [tokenDialogOpen, setTokenDialogOpen] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const { emulatorUrl } = services.config;

  const signOutAndKeepFocus = () => {
    signOut(services).catch((reason: unknown) => setError(describeSignInError(reason)));
    // The account button goes away with the identity; focus moves to the sign-in options that replace it.
    requestAnimationFrame(() => bar.current?.querySelector<HTMLElement>('.sign-in-options button:not(:disabled)')?.focus());
  };

  const attempt = (kind: Exclude<PendingSignIn, null>, signIn: () => Promise<void>) => {
    setPending(kind);
    setError(null);
    signIn()
      .catch((reason: unknown) => setError(describeSignInError(reason)))
      .finally(() => setPending(null));
  };

  const startupProblem = entra.status === 'failed' ? entra.message : entra.status === 'ready' ? entra.redirectError : null;
  const shownError = error ?? (identity ? null : startupProblem);

  return (
    <div className="connection-bar" ref={bar}>
      {identity ? (
        <>
          {identity.mode === 'demo' && <span className="badge demo-badge">Demo data from the local emulator</span>}
          {identity.mode === 'pastedToken' && <span className="badge">Pasted token</span>}
          <AccountMenu identity={identity} onSignOut={signOutAndKeepFocus} />
        </>
      ) : (
        <SignInOptions
          entra={entra}
          demoAvailable={emulatorUrl !== null}
          pending={pending}
          onEntra={() => entra.status === 'ready' && attempt('entra', () => signInWithEntra(services, entra.auth))}
          onDemo={() => emulatorUrl !== null && attempt('demo', () => signInWithDemo(services, emulatorUrl))}
          onToken={() => setTokenDialogOpen(true)}
        />
      )}
      <button type="button" className="settings-button" aria-keyshortcuts="Control+Comma" onClick={() => dispatchAction('openSettings', actionContext)}>
        Settings
      </button>
      {shownError && (
        <p role="alert" className="connection-error">
          {shownError}
        </p>
      )}
      <TokenDialog open={tokenDialogOpen} onClose={() => setTokenDialogOpen(false)} />
      <SettingsDialog />
    </div>
  );
}
