// What the connection buttons do. Each interactive sign-in opens its window synchronously, inside the click's user
// activation, before anything is awaited; otherwise the browser's popup blocker stops it.
import { createDemoConnection } from '../../auth/demo/demoConnection';
import { DemoSignInError } from '../../auth/demo/demoDirectory';
import { openDemoSignInWindow, signInToDemo } from '../../auth/demo/demoSignIn';
import type { AuthClient } from '../../auth/msalClient';
import { createPastedTokenConnection } from '../../auth/pastedTokenConnection';
import { CLOUDS } from '../../domain/clouds';
import type { TokenSummary } from '../../domain/tokenClaims';
import type { ConsoleServices } from '../../app/services';
import { connectWithEntraAccount } from './entraSession';

/** Resolves once signed in, or never settles when the page leaves for a redirect sign-in. */
export async function signInWithEntra(services: ConsoleServices, auth: AuthClient): Promise<void> {
  const outcome = await auth.signIn([CLOUDS[services.config.cloud].logAnalytics.scope]);
  if (outcome.kind === 'signed-in') connectWithEntraAccount(services, auth, outcome.account);
}

export async function signInWithDemo(services: ConsoleServices, emulatorUrl: string): Promise<void> {
  const popup = openDemoSignInWindow();
  if (!popup) throw new DemoSignInError('popup_blocked', 'The browser blocked the sign-in window. Allow pop-ups for this site, then try again.');
  const session = await signInToDemo(emulatorUrl, popup);
  services.setConnection(createDemoConnection(emulatorUrl, session));
}

export function connectWithPastedToken(services: ConsoleServices, token: string, summary: TokenSummary, workspaceId: string): void {
  const { cloud } = services.config;
  services.store.getState().setCloud(cloud);
  services.setConnection(createPastedTokenConnection(token, summary, CLOUDS[cloud]));
  services.store.getState().selectWorkspace({ id: workspaceId });
}

/** The console forgets the connection at once; the identity service is told afterwards (popup or redirect). */
export async function signOut(services: ConsoleServices): Promise<void> {
  const connection = services.connection();
  services.setConnection(null);
  await connection?.signOut();
}
