import { AuthError, BrowserAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../domain/diagnosis/diagnose';
import type { DiagnosisInput, SignInError } from '../domain/diagnosis/types';
import { DemoSignInError } from './demo/demoDirectory';
import { PopupClosedError } from './popupWatch';
import { describeSignInError, toSignInError } from './signInErrors';

const CORRELATION = 'aaaa0000-bb11-2222-33cc-444444dddddd';
const TRACE = '0f1e2d3c-0000-4000-8000-00000000aaaa';
const CLIENT_ID = '5a1c0f3e-0000-4000-8000-00000000c0de';

/** Entra's error_description: the AADSTS text, then the trace lines. */
function description(code: number, text: string): string {
  return `AADSTS${code}: ${text}\r\nTrace ID: ${TRACE}\r\nCorrelation ID: ${CORRELATION}\r\nTimestamp: 2026-11-22 12:00:00Z`;
}

/** What MSAL's ResponseHandler.validateTokenResponse throws for a token endpoint error that needs no interaction. */
function tokenEndpointServerError(error: string, code: number, text: string): ServerError {
  const wrapped = `Error(s): ${code} - Timestamp: 2026-11-22 12:00:00Z - Description: ${description(code, text)} - Correlation ID: ${CORRELATION} - Trace ID: ${TRACE}`;
  return new ServerError(error, CORRELATION, wrapped, undefined, String(code), 400);
}

function diagnosisOf(error: SignInError) {
  const input: DiagnosisInput = {
    outcome: { kind: 'signInFailed', error },
    claims: null,
    context: {
      cloud: 'AzurePublic',
      endpoint: 'https://api.loganalytics.io',
      workspaceId: null,
      timespan: null,
      window: null,
      queryText: '',
      connectionMode: null,
      clientId: CLIENT_ID,
      tenantId: 'contoso.onmicrosoft.com',
      origin: 'https://logs.contoso.com',
    },
    now: Date.UTC(2026, 10, 22, 12, 0, 0),
    navigatorOnline: true,
  };
  return diagnose(input);
}

describe('toSignInError', () => {
  it("unwraps MSAL's token endpoint wrapper to Entra's own description", () => {
    const error = tokenEndpointServerError('invalid_request', 9002326, "Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.");
    const signIn = toSignInError(error);
    expect(signIn).toEqual({ errorCode: 'invalid_request', errorMessage: description(9002326, "Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.") });
    const diagnosis = diagnosisOf(signIn);
    expect(diagnosis.id).toBe('signin-not-spa');
    expect(diagnosis.facts).toContainEqual({ label: 'Correlation ID', value: CORRELATION });
  });

  it('keeps the sub-error of an interaction-required error from the token endpoint (consent, MFA)', () => {
    const consent = new InteractionRequiredAuthError('invalid_grant', CORRELATION, description(65001, `The user or administrator has not consented to use the application with ID '${CLIENT_ID}'.`), 'consent_required', '', TRACE, '', '65001');
    expect(toSignInError(consent)).toMatchObject({ errorCode: 'invalid_grant', subError: 'consent_required' });
    expect(diagnosisOf(toSignInError(consent)).id).toBe('signin-consent');

    const mfa = new InteractionRequiredAuthError('invalid_grant', CORRELATION, description(50076, "you must use multi-factor authentication to access 'https://api.loganalytics.io'."), 'basic_action');
    const diagnosis = diagnosisOf(toSignInError(mfa));
    expect(diagnosis.id).toBe('signin-mfa');
    expect(diagnosis.facts).toContainEqual({ label: 'Sub-error', value: 'basic_action' });
  });

  it('reads an error redirect from the authorize endpoint (conditional access answered as access_denied)', () => {
    const error = new ServerError('access_denied', CORRELATION, description(530003, 'Your device is required to be managed to access this resource.'), undefined, '530003');
    const signIn = toSignInError(error);
    expect(signIn.errorCode).toBe('access_denied');
    expect(signIn.subError).toBeUndefined();
    const diagnosis = diagnosisOf(signIn);
    expect(diagnosis.id).toBe('signin-conditional-access');
    expect(diagnosis.evidence).toContainEqual({ label: 'Correlation ID (for your administrator)', value: CORRELATION, status: 'unknown' });
  });

  it('puts the AADSTS number back when MSAL kept it only as errorNo', () => {
    const error = new ServerError('invalid_request', CORRELATION, 'The redirect URI does not match.', undefined, '50011');
    expect(toSignInError(error).errorMessage).toBe('AADSTS50011: The redirect URI does not match.');
    expect(diagnosisOf(toSignInError(error)).id).toBe('signin-redirect-uri');
  });

  it("replaces MSAL's documentation-link message of a client error by words (a blocked popup)", () => {
    const blocked = new BrowserAuthError('empty_window_error', CORRELATION);
    expect(blocked.errorMessage).toMatch(/^See https:\/\/aka\.ms\/msal\.js\.errors#empty_window_error/);
    expect(toSignInError(blocked)).toEqual({ errorCode: 'empty_window_error', errorMessage: 'The browser blocked the sign-in window. Allow pop-ups for this site, then try again.' });
    expect(diagnosisOf(toSignInError(blocked)).id).toBe('signin-popup-blocked');
    expect(toSignInError(new BrowserAuthError('no_state_in_hash', CORRELATION))).toEqual({ errorCode: 'no_state_in_hash', errorMessage: '' });
  });

  it("maps the console's closed-window error and the local demo's errors by their errorCode", () => {
    expect(toSignInError(new PopupClosedError())).toEqual({ errorCode: 'user_cancelled', errorMessage: 'The sign-in window was closed before sign-in finished.' });
    expect(diagnosisOf(toSignInError(new PopupClosedError())).title).toBe('The sign-in window was closed');
    const demo = new DemoSignInError('popup_blocked', 'The browser blocked the sign-in window. Allow pop-ups for this site, then try again.');
    expect(toSignInError(demo)).toEqual({ errorCode: 'popup_blocked', errorMessage: demo.message });
    expect(diagnosisOf(toSignInError(demo)).id).toBe('signin-popup-blocked');
    expect(diagnosisOf(toSignInError(new DemoSignInError('emulator_unreachable', 'The local emulator does not answer.'))).id).toBe('signin-unreachable');
  });

  it('still gives a code for anything else thrown', () => {
    expect(toSignInError(new TypeError('Failed to fetch'))).toEqual({ errorCode: 'TypeError', errorMessage: 'Failed to fetch' });
    expect(toSignInError('weird')).toEqual({ errorCode: 'unknown_error', errorMessage: '' });
    expect(diagnosisOf(toSignInError('weird')).id).toBe('signin-failed');
  });
});

describe('describeSignInError', () => {
  it('explains a blocked popup and a closed one by their codes', () => {
    expect(describeSignInError(new AuthError('popup_window_error', 'c'))).toBe('The browser blocked the sign-in window. Allow pop-ups for this site, then try again.');
    expect(describeSignInError(new AuthError('user_cancelled', 'c'))).toBe('Sign-in was cancelled: the sign-in window was closed before it finished.');
  });

  it("keeps the first line of Entra's AADSTS text, also from the token endpoint's wrapper", () => {
    const error = new ServerError('invalid_request', 'c', "AADSTS90002: Tenant 'x' not found.\r\nTrace ID: 1\r\nCorrelation ID: 2");
    expect(describeSignInError(error)).toBe("Sign-in failed: AADSTS90002: Tenant 'x' not found.");
    expect(describeSignInError(tokenEndpointServerError('invalid_grant', 530003, 'Your device is required to be managed to access this resource.'))).toBe(
      'Sign-in failed: AADSTS530003: Your device is required to be managed to access this resource.',
    );
  });

  it('falls back to the code for anything else', () => {
    expect(describeSignInError(new AuthError('something_new', 'c', 'https://aka.ms/msaljs/browser-errors'))).toBe('Sign-in failed (something_new).');
    expect(describeSignInError('weird')).toBe('Sign-in failed (unknown_error).');
  });

  it("passes the local demo's own messages through", () => {
    expect(describeSignInError(new DemoSignInError('emulator_unreachable', 'The local emulator does not answer at http://127.0.0.1:5178.'))).toBe(
      'The local emulator does not answer at http://127.0.0.1:5178.',
    );
  });
});
