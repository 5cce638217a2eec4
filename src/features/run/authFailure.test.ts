import { BrowserAuthError, InteractionRequiredAuthError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../domain/diagnosis/diagnose';
import { aadstsMessage, failed } from '../../domain/diagnosis/testing/fixtures';
import { describeAuthFailure } from './authFailure';

// The errors MSAL's silent renewal rejects with when Entra ID needs the analyst: the run reports them as `auth`
// failures, and each is diagnosed as a sign-in the analyst can do again (after which the query re-runs by itself).
describe('a token that could not be renewed silently', () => {
  it.each([
    ['the sign-in session is gone (hidden iframe, prompt=none)', new InteractionRequiredAuthError('login_required', 'c1', aadstsMessage(50058, 'A silent sign-in request was sent but no user is signed in.')), 'signin-interaction-required'],
    ['Entra ID wants a prompt', new InteractionRequiredAuthError('interaction_required', 'c2', aadstsMessage(16000, 'The user account does not exist in the tenant.')), 'signin-interaction-required'],
    ['the SPA refresh token expired', new InteractionRequiredAuthError('invalid_grant', 'c3', aadstsMessage(700084, 'The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00.')), 'signin-session-expired'],
    ['MSAL holds no account', new BrowserAuthError('no_account_error', 'c4'), 'signin-interaction-required'],
  ])('%s → %s with Sign in again', (_case, error, id) => {
    const failure = describeAuthFailure(error);
    expect(failure).toMatchObject({ kind: 'auth', code: error.errorCode, status: null });
    const diagnosis = diagnose(failed(failure, { claims: null }));
    expect(diagnosis.id).toBe(id);
    expect(diagnosis.actions).toContainEqual({ id: 'signInAgain', label: 'Sign in again' });
    expect(diagnosis.fixSteps.join(' ')).toMatch(/runs again afterwards/);
  });
});
