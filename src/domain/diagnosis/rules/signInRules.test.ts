import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { aadstsMessage, CLIENT_ID, failed, input, plainFailure } from '../testing/fixtures';
import type { DiagnosisId } from '../types';

function signIn(errorCode: string, errorMessage: string) {
  return input({ kind: 'signInFailed', error: { errorCode, errorMessage } }, { claims: null });
}

describe('sign-in errors by AADSTS code', () => {
  it('AADSTS50011 shows the exact redirect URI to register as a Single-page application', () => {
    const result = diagnose(
      signIn('invalid_request', aadstsMessage(50011, `The redirect URI 'https://logs.contoso.com/redirect.html' specified in the request does not match the redirect URIs configured for the application '${CLIENT_ID}'.`)),
    );
    expect(result.id).toBe('signin-redirect-uri');
    expect(result.evidence).toContainEqual({ label: 'Redirect URI the console uses', value: 'https://logs.contoso.com/redirect.html', status: 'unknown' });
    expect(result.fixSteps).toEqual([
      `Open Microsoft Entra admin center → App registrations → ${CLIENT_ID} → Authentication.`,
      'Under "Single-page application" (Add a platform → Single-page application if there is none), add exactly: https://logs.contoso.com/redirect.html',
      'Save, wait a minute, then sign in again.',
    ]);
    expect(result.facts).toContainEqual({ label: 'Correlation ID', value: 'aaaa0000-bb11-2222-33cc-444444dddddd' });
    expect(result.facts).toContainEqual({ label: 'Sign-in authority', value: `https://login.microsoftonline.com/72f988bf-0000-4000-8000-00000000d3e0` });
  });

  it.each<[number, string, DiagnosisId]>([
    [9002326, "Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. Request origin: 'https://logs.contoso.com'.", 'signin-not-spa'],
    [65001, `The user or administrator has not consented to use the application with ID '${CLIENT_ID}' named 'KQL Console'.`, 'signin-consent'],
    [700016, `Application with identifier '${CLIENT_ID}' was not found in the directory 'contoso'.`, 'signin-app-not-found'],
    [90002, "Tenant 'contoso.onmicrosoft.us' not found.", 'signin-tenant-not-found'],
    [50076, "you must use multi-factor authentication to access 'https://api.loganalytics.io'.", 'signin-mfa'],
    [50079, "you must enroll in multi-factor authentication to access 'https://api.loganalytics.io'.", 'signin-mfa'],
    [53003, 'Access has been blocked by Conditional Access policies.', 'signin-conditional-access'],
    [530003, 'Your device is required to be managed to access this resource.', 'signin-conditional-access'],
    [700084, 'The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00.', 'signin-session-expired'],
  ])('AADSTS%i → %s', (code, text, id) => {
    expect(diagnose(signIn('invalid_grant', aadstsMessage(code, text))).id).toBe(id);
  });

  it('an AADSTS code decides before a generic MSAL code (interaction_required with 50076 is MFA)', () => {
    const result = diagnose(signIn('interaction_required', aadstsMessage(50076, 'multi-factor authentication required')));
    expect(result.id).toBe('signin-mfa');
    expect(result.title).toBe('Multi-factor authentication is required');
  });

  it('conditional access gives the correlation id for the administrator', () => {
    const result = diagnose(signIn('access_denied', aadstsMessage(530003, 'Your device is required to be managed to access this resource.')));
    expect(result.evidence).toContainEqual({ label: 'Correlation ID (for your administrator)', value: 'aaaa0000-bb11-2222-33cc-444444dddddd', status: 'unknown' });
  });

  it('AADSTS700016 opens the client id setting', () => {
    const result = diagnose(signIn('unauthorized_client', aadstsMessage(700016, 'Application not found.')));
    expect(result.actions[0]).toEqual({ id: 'openSettings', label: 'Open sign-in settings', setting: 'clientId' });
    expect(result.summary).toBe(`Microsoft Entra ID cannot find app ${CLIENT_ID} in the tenant the console signs in to (AADSTS700016).`);
  });
});

describe('sign-in errors by MSAL code', () => {
  it.each<[string, DiagnosisId]>([
    ['popup_window_error', 'signin-popup-blocked'],
    ['empty_window_error', 'signin-popup-blocked'],
    ['user_cancelled', 'signin-cancelled'],
    ['interaction_required', 'signin-interaction-required'],
    ['no_network_connectivity', 'signin-unreachable'],
    ['emulator_unreachable', 'signin-unreachable'],
    ['state_mismatch', 'signin-failed'],
  ])('%s → %s', (code, id) => {
    expect(diagnose(signIn(code, '')).id).toBe(id);
  });

  it('a blocked pop-up says which site to allow', () => {
    const result = diagnose(signIn('popup_window_error', ''));
    expect(result.fixSteps[0]).toBe('Allow pop-ups for https://logs.contoso.com (the icon at the end of the address bar).');
    expect(result.severity).toBe('warning');
  });

  it('a cancelled sign-in is information, not an error', () => {
    expect(diagnose(signIn('user_cancelled', '')).severity).toBe('info');
    expect(diagnose(signIn('access_denied', aadstsMessage(65004, 'User declined to consent to access the app.'))).title).toBe('Sign-in was cancelled');
  });

  it('a window closed without an answer may have shown an error the console cannot read: it names the redirect URI and the codes', () => {
    const result = diagnose(signIn('user_cancelled', 'The sign-in window was closed before sign-in finished.'));
    expect(result.id).toBe('signin-cancelled');
    expect(result.title).toBe('The sign-in window was closed');
    expect(result.evidence).toContainEqual({ label: 'Redirect URI the console uses', value: 'https://logs.contoso.com/redirect.html', status: 'unknown' });
    expect(result.likelyCause).toContain('AADSTS50011 (the redirect URI above is not registered)');
    expect(result.actions).toEqual([{ id: 'signInAgain', label: 'Sign in again' }]);
  });

  it('an unknown AADSTS code links its look-up page', () => {
    const result = diagnose(signIn('invalid_request', aadstsMessage(50105, 'The signed in user is not assigned to a role for the application.')));
    expect(result.id).toBe('signin-failed');
    expect(result.fixSteps[1]).toBe('Look the code up: https://login.microsoftonline.com/error?code=50105 explains it and its usual fix.');
    expect(result.likelyCause).toBe('Microsoft Entra ID or MSAL reported: AADSTS50105: The signed in user is not assigned to a role for the application.');
  });
});

describe('token requests that fail during a run', () => {
  it('an auth failure (describeAuthFailure) is read like a sign-in error', () => {
    const message = `No access token could be obtained: ${aadstsMessage(65001, 'The user or administrator has not consented to use the application.')}`;
    const result = diagnose(failed(plainFailure('auth', 'invalid_grant', message, { innermostCode: 'AADSTS65001' })));
    expect(result.id).toBe('signin-consent');
    expect(result.facts.slice(0, 2)).toEqual([
      { label: 'Status', value: 'no HTTP answer' },
      { label: 'Code', value: 'invalid_grant → AADSTS65001' },
    ]);
  });
});
