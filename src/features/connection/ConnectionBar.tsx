// The header's connection area: how to connect while signed out, the signed-in account (with the local demo clearly
// marked) and Check connection while connected, the Settings button, the dialogs they open, and a failed sign-in's
// diagnosis.
import { useRef, useState } from 'react';
import { dispatchAction } from '../../actions/registry';
import { ActionButton } from '../../app/ActionButton';
import { describeSignInError, toSignInError } from '../../auth/signInErrors';
import type { SignInError } from '../../domain/diagnosis/types';
import { useConsole, useServices } from '../../app/ServicesContext';
import { useActionContext } from '../../app/useActionContext';
import { CheckConnectionDialog } from '../troubleshoot/checkConnection/CheckConnectionDialog';
import { selectIdentity } from '../../state/selectors';
import { AccountMenu } from './AccountMenu';
import { signInWithDemo, signInWithEntra, signOut } from './connectionActions';
import { useEntraAuth } from './entraSession';
import { SettingsDialog } from './SettingsDialog';
import { SignInFailure } from './SignInFailure';
import { SignInOptions, type PendingSignIn } from './SignInOptions';
import { TokenDialog } from './TokenDialog';
import './connection.css';

type SignInKind = Exclude<PendingSignIn, null>;

interface FailedSignIn {
  kind: SignInKind;
  error: SignInError;
  /** Epoch milliseconds. */
  at: number;
}

export function ConnectionBar() {
  const services = useServices();
  const actionContext = useActionContext();
  const identity = useConsole(selectIdentity);
  const entra = useEntraAuth();
  const [pending, setPending] = useState<PendingSignIn>(null);
  const [failure, setFailure] = useState<FailedSignIn | null>(null);
  // A sign-in that failed while the page loaded (a redirect that came back with an error, MSAL that could not start)
  // is shown until dismissed or until the next attempt.
  const [startupDismissed, setStartupDismissed] = useState(false);
  const [loadedAt] = useState(() => Date.now());
  const [signOutError, setSignOutError] = useState<string | null>(null);
  const [tokenDialogOpen, setTokenDialogOpen] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const { emulatorUrl } = services.config;

  const focusSignInOptions = () => {
    requestAnimationFrame(() => bar.current?.querySelector<HTMLElement>('.sign-in-options button:not(:disabled)')?.focus());
  };

  const signOutAndKeepFocus = () => {
    setSignOutError(null);
    signOut(services).catch((reason: unknown) => setSignOutError(describeSignInError(reason)));
    // The account button goes away with the identity; focus moves to the sign-in options that replace it.
    focusSignInOptions();
  };

  const attempt = (kind: SignInKind, signIn: () => Promise<void>) => {
    setPending(kind);
    setFailure(null);
    setStartupDismissed(true);
    setSignOutError(null);
    signIn()
      .catch((reason: unknown) => setFailure({ kind, error: toSignInError(reason), at: Date.now() }))
      .finally(() => setPending(null));
  };

  // Each starts its sign-in window synchronously, so it may run straight from a click (the popup blocker allows it).
  const signInWith: Record<SignInKind, (() => void) | null> = {
    entra: entra.status === 'ready' ? () => attempt('entra', () => signInWithEntra(services, entra.auth)) : null,
    demo: emulatorUrl !== null ? () => attempt('demo', () => signInWithDemo(services, emulatorUrl)) : null,
  };

  const startupError = entra.status === 'failed' ? entra.error : entra.status === 'ready' ? entra.redirectError : null;
  const startupFailure: FailedSignIn | null = startupError === null || startupDismissed ? null : { kind: 'entra', error: startupError, at: loadedAt };
  const shownFailure = identity ? null : (failure ?? startupFailure);

  return (
    <div className="connection-bar" ref={bar}>
      {identity ? (
        <>
          {identity.mode === 'demo' && <span className="badge demo-badge">Demo data from the local emulator</span>}
          {identity.mode === 'pastedToken' && <span className="badge">Pasted token</span>}
          <AccountMenu identity={identity} onCheckConnection={() => dispatchAction('checkConnection', actionContext)} onSignOut={signOutAndKeepFocus} />
          <ActionButton action="checkConnection" />
        </>
      ) : (
        <SignInOptions
          entra={entra}
          demoAvailable={emulatorUrl !== null}
          pending={pending}
          onEntra={() => signInWith.entra?.()}
          onDemo={() => signInWith.demo?.()}
          onToken={() => setTokenDialogOpen(true)}
        />
      )}
      <button type="button" className="settings-button" aria-keyshortcuts="Control+Comma" onClick={() => dispatchAction('openSettings', actionContext)}>
        Settings
      </button>
      {signOutError && (
        <p role="alert" className="connection-error">
          {signOutError}
        </p>
      )}
      {shownFailure && (
        <SignInFailure
          key={`${shownFailure.kind}:${shownFailure.at}`}
          error={shownFailure.error}
          failedAt={shownFailure.at}
          onSignInAgain={signInWith[shownFailure.kind]}
          onDismiss={() => {
            setFailure(null);
            setStartupDismissed(true);
            focusSignInOptions();
          }}
        />
      )}
      <TokenDialog open={tokenDialogOpen} onClose={() => setTokenDialogOpen(false)} />
      <SettingsDialog />
      <CheckConnectionDialog />
    </div>
  );
}
