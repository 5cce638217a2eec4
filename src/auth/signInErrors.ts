// Sign-in failures as the troubleshooting engine and the analyst see them. MSAL v5 messages of client-side errors are
// only documentation links, so those are recognised by their code; server errors keep Entra's "AADSTS<n>: ..." text,
// which is specific and safe to show (it never holds a token).
import { AuthError, ServerError } from '@azure/msal-browser';
import type { SignInError } from '../domain/diagnosis/types';
import { DemoSignInError } from './demo/demoDirectory';

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

/** MSAL's stand-in message when it has nothing to say beyond the code. */
const MSAL_DOC_LINK = /^See https:\/\/aka\.ms\/msal\.js\.errors#\S* for details$/;
/** MSAL wraps a token endpoint's error as "Error(s): … - Description: <error_description> - Correlation ID: …". */
const TOKEN_ENDPOINT_WRAPPER = /^Error\(s\):.*? - Description: ([\s\S]*?) - Correlation ID: /;

/** The code that identifies a sign-in failure: MSAL's and the local demo's `errorCode`, else the error's name. */
export function authErrorCode(error: unknown): string {
  if (error instanceof AuthError) return error.errorCode;
  if (typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'string') return error.errorCode;
  if (error instanceof Error) return error.name;
  return 'unknown_error';
}

/** Any error a sign-in threw (MSAL's, the console's own, the local demo's) in the shape the diagnosis engine reads. */
export function toSignInError(error: unknown): SignInError {
  const errorCode = authErrorCode(error);
  const subError = error instanceof AuthError && error.subError !== '' ? { subError: error.subError } : {};
  return { errorCode, errorMessage: messageOf(error, errorCode), ...subError };
}

function messageOf(error: unknown, errorCode: string): string {
  if (error instanceof AuthError) {
    const text = serverText(error);
    if (text === '') return KNOWN_CODES[errorCode] ?? '';
    // Entra's text names the AADSTS number; when MSAL kept only the number, it is put back in front.
    const errorNo = error instanceof ServerError ? error.errorNo : undefined;
    return errorNo && !/AADSTS\d+/.test(text) ? `AADSTS${errorNo}: ${text}` : text;
  }
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'errorMessage' in error && typeof error.errorMessage === 'string') return error.errorMessage;
  return KNOWN_CODES[errorCode] ?? '';
}

/** The service's own words in an MSAL error: the error description, unwrapped; empty for MSAL's documentation link. */
function serverText(error: AuthError): string {
  const message = error.errorMessage.trim();
  if (MSAL_DOC_LINK.test(message)) return '';
  return TOKEN_ENDPOINT_WRAPPER.exec(message)?.[1]?.trim() ?? message;
}

/** One line for places that have no room for a diagnosis (sign-out, a status line). */
export function describeSignInError(error: unknown): string {
  if (error instanceof DemoSignInError) return error.message;
  const { errorCode, errorMessage } = toSignInError(error);
  const known = KNOWN_CODES[errorCode];
  if (known) return known;
  const firstLine = (errorMessage.split(/\r?\n/)[0] ?? '').trim();
  if (firstLine.startsWith('AADSTS')) return `Sign-in failed: ${firstLine}`;
  return `Sign-in failed (${errorCode}).`;
}
