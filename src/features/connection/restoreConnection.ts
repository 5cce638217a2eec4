// At start-up, before the first render: MSAL completes a redirect sign-in that brought the page back (or finds the
// account of this browser session) and the connection is restored without a click. A failure to start MSAL is not
// thrown here: the connection bar reports it where the analyst signs in.
import type { ConsoleServices } from '../../app/services';
import { restoreEntraConnection } from './entraSession';

export async function restoreConnection(services: ConsoleServices): Promise<void> {
  await restoreEntraConnection(services).catch(() => undefined);
}
