import { AuthError, ServerError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { DemoSignInError } from './demo/demoDirectory';
import { describeSignInError } from './signInErrors';

describe('describeSignInError', () => {
  it('explains a blocked popup and a closed one by their codes', () => {
    expect(describeSignInError(new AuthError('popup_window_error', 'c'))).toBe('The browser blocked the sign-in window. Allow pop-ups for this site, then try again.');
    expect(describeSignInError(new AuthError('user_cancelled', 'c'))).toBe('Sign-in was cancelled: the sign-in window was closed before it finished.');
  });

  it("keeps the first line of Entra's AADSTS text", () => {
    const error = new ServerError('invalid_request', 'c', 'AADSTS90002: Tenant \'x\' not found.\r\nTrace ID: 1\r\nCorrelation ID: 2');
    expect(describeSignInError(error)).toBe("Sign-in failed: AADSTS90002: Tenant 'x' not found.");
  });

  it('falls back to the code for anything else', () => {
    expect(describeSignInError(new AuthError('something_new', 'c', 'https://aka.ms/msaljs/browser-errors'))).toBe('Sign-in failed (something_new).');
    expect(describeSignInError('weird')).toBe('Sign-in failed (unknown_error).');
  });

  it('passes the local demo\'s own messages through', () => {
    expect(describeSignInError(new DemoSignInError('emulator_unreachable', 'The local emulator does not answer at http://127.0.0.1:5178.'))).toBe(
      'The local emulator does not answer at http://127.0.0.1:5178.',
    );
  });
});
