// Placeholder: at start-up, before the first render, the connection feature restores a signed-in session here
// (MSAL's handleRedirectPromise after a redirect sign-in, or a cached account) and calls services.setConnection.
import type { ConsoleServices } from '../../app/services';

export async function restoreConnection(_services: ConsoleServices): Promise<void> {}
