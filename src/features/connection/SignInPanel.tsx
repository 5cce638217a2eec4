import { useState } from 'react';
import { authErrorCode, type AuthClient, type SignedInAccount } from '../../auth/msalClient';
import type { CloudDefinition } from '../../domain/clouds';

interface SignInPanelProps {
  cloud: CloudDefinition;
  auth: AuthClient;
  account: SignedInAccount | null;
  onSignedIn: (account: SignedInAccount) => void;
}

export function SignInPanel({ cloud, auth, account, onSignedIn }: SignInPanelProps) {
  const [signingIn, setSigningIn] = useState(false);
  const [errorCode, setErrorCode] = useState<string | null>(null);

  // The popup must open within the click's user activation, so signIn is called synchronously from the handler.
  const signIn = () => {
    setSigningIn(true);
    setErrorCode(null);
    auth
      .signIn([cloud.logAnalytics.scope])
      .then(onSignedIn, (error: unknown) => setErrorCode(authErrorCode(error)))
      .finally(() => setSigningIn(false));
  };

  return (
    <section aria-labelledby="connection-heading" className="panel">
      <h2 id="connection-heading">Connection</h2>
      <p>Cloud: {cloud.displayName}</p>
      {account ? (
        <p>
          Signed in as <strong data-testid="account-name">{account.name}</strong> ({account.username})
        </p>
      ) : (
        <button type="button" onClick={signIn} disabled={signingIn}>
          {signingIn ? 'Signing in…' : 'Sign in'}
        </button>
      )}
      {errorCode && <p role="alert">Sign-in failed: {errorCode}</p>}
    </section>
  );
}
