// The Entra ID side of the connection feature: one MSAL client per page load (it must also complete a redirect
// sign-in that brought the page back), and the connection restored silently from an account MSAL already holds.
import { useEffect, useState } from 'react';
import { createEntraConnection } from '../../auth/entraConnection';
import { createAuthClient, type AuthClient } from '../../auth/msalClient';
import { toSignInError } from '../../auth/signInErrors';
import { CLOUDS } from '../../domain/clouds';
import type { SignInError } from '../../domain/diagnosis/types';
import type { RuntimeConfig } from '../../domain/runtimeConfig';
import { useServices } from '../../app/ServicesContext';
import type { ConsoleServices } from '../../app/services';

export type EntraAuthState =
  | { status: 'unconfigured' }
  | { status: 'starting' }
  | { status: 'ready'; auth: AuthClient; redirectError: SignInError | null }
  | { status: 'failed'; error: SignInError };

let started: Promise<AuthClient> | null = null;

/** The page's one MSAL client; creating it also completes a redirect sign-in that brought the page back. */
function startEntraAuth(config: RuntimeConfig & { clientId: string }): Promise<AuthClient> {
  started ??= createAuthClient({ clientId: config.clientId, tenantId: config.tenantId, cloud: CLOUDS[config.cloud] });
  return started;
}

/** Connects with the account MSAL holds (from this session or a redirect sign-in), unless already connected. */
export async function restoreEntraConnection(services: ConsoleServices): Promise<void> {
  const { config } = services;
  if (config.clientId === null) return;
  const auth = await startEntraAuth({ ...config, clientId: config.clientId });
  const account = auth.getAccount();
  if (account && !services.connection()) connectWithEntraAccount(services, auth, account);
}

export function connectWithEntraAccount(services: ConsoleServices, auth: AuthClient, account: NonNullable<ReturnType<AuthClient['getAccount']>>): void {
  const { cloud } = services.config;
  services.store.getState().setCloud(cloud);
  services.setConnection(createEntraConnection(auth, account, CLOUDS[cloud]));
}

export function useEntraAuth(): EntraAuthState {
  const services = useServices();
  const { clientId } = services.config;
  const [state, setState] = useState<EntraAuthState>(() => (clientId === null ? { status: 'unconfigured' } : { status: 'starting' }));
  useEffect(() => {
    const { config } = services;
    if (config.clientId === null) return;
    let live = true;
    startEntraAuth({ ...config, clientId: config.clientId }).then(
      (auth) => {
        if (live) setState({ status: 'ready', auth, redirectError: auth.redirectError });
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error: toSignInError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [services]);
  return state;
}
