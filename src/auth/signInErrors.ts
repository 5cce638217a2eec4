// What the analyst reads when signing in fails: the cause in words and what to do, with the service's own code. MSAL
// v5 error messages are documentation links, so errors are recognised by their code; server errors keep Entra's
// "AADSTS<n>: ..." text, which is specific and safe to show (it never holds a token).
import { AuthError } from '@azure/msal-browser';
import { DemoSignInError } from './demo/demoDirectory';
import { authErrorCode } from './msalClient';

const KNOWN_CODES: Readonly<Record<string, string>> = {
  user_cancelled: 'Sign-in was cancelled: the sign-in window was closed before it finished.',
  access_denied: 'Sign-in was cancelled on the sign-in page.',
  popup_window_error: 'The browser blocked the sign-in window. Allow pop-ups for this site, then try again.',
  empty_window_error: 'The browser blocked the sign-in window. Allow pop-ups for this site, then try again.',
  interaction_in_progress: 'Another sign-in is still in progress in this tab; finish or close it, then try again.',
  timed_out: 'The sign-in window did not answer in time. Check that redirect.html is deployed next to the console, then try again.',
  no_network_connectivity: 'The sign-in service could not be reached: check the network connection.',
  endpoints_resolution_error: 'The sign-in service could not be reached for this tenant and cloud; check the tenant ID and cloud in Settings.',
  untrusted_authority: 'The sign-in authority is not trusted; check the cloud in Settings.',
};

export function describeSignInError(error: unknown): string {
  if (error instanceof DemoSignInError) return error.message;
  const code = authErrorCode(error);
  const known = KNOWN_CODES[code];
  if (known) return known;
  const serverText = error instanceof AuthError ? firstLine(error.errorMessage) : '';
  if (serverText.startsWith('AADSTS')) return `Sign-in failed: ${serverText}`;
  return `Sign-in failed (${code}).`;
}

function firstLine(text: string): string {
  return (text.split(/\r?\n/)[0] ?? '').trim();
}
