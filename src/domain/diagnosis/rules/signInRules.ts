// Signing in (or getting a token during a run) failed. Entra's AADSTS number says why when there is one; otherwise
// MSAL's error code does (a blocked pop-up, a cancelled window, interaction needed). AADSTS rules come first: an
// `interaction_required` that carries AADSTS50076 is an MFA requirement, not a generic prompt.
import { CLOUDS } from '../../clouds';
import { isGuid } from '../../identifiers';
import { docs } from '../docs';
import type { Facts } from '../facts';
import type { DiagnosisContent, DiagnosisRule } from '../rule';
import type { DiagnosisAction, Evidence } from '../types';

const SIGN_IN_AGAIN: DiagnosisAction = { id: 'signInAgain', label: 'Sign in again' };
const CHECK_CONNECTION: DiagnosisAction = { id: 'checkConnection', label: 'Check connection' };

/** The redirect URI the console registers with MSAL: redirect.html next to the app (MSAL v5's redirect bridge). */
export function redirectUri(origin: string): string {
  return `${origin.replace(/\/+$/, '')}/redirect.html`;
}

function messageEvidence(facts: Facts): Evidence {
  const signIn = facts.signIn;
  const code = signIn?.aadsts != null ? `AADSTS${signIn.aadsts}` : (signIn?.errorCode ?? '');
  return { label: 'Sign-in error', value: signIn?.message ? signIn.message : code, status: 'problem' };
}

function clientIdEvidence(facts: Facts): Evidence {
  const clientId = facts.context.clientId?.trim() ?? '';
  if (clientId === '') return { label: 'Client ID', value: 'not set', status: 'problem' };
  return isGuid(clientId) ? { label: 'Client ID', value: clientId, status: 'unknown' } : { label: 'Client ID', value: `"${clientId}" is not a GUID`, status: 'problem' };
}

function tenantEvidence(facts: Facts): Evidence {
  const tenant = facts.context.tenantId?.trim() ?? '';
  return tenant === '' ? { label: 'Tenant', value: 'not set', status: 'problem' } : { label: 'Tenant', value: tenant, status: 'unknown' };
}

function authorityEvidence(facts: Facts): Evidence {
  const tenant = facts.context.tenantId?.trim() || 'organizations';
  return { label: 'Authority', value: `https://${facts.cloud.loginHost}/${tenant} (${facts.cloud.displayName})`, status: 'unknown' };
}

function redirectEvidence(facts: Facts): Evidence {
  return { label: 'Redirect URI the console uses', value: redirectUri(facts.context.origin), status: 'unknown' };
}

function registrationFacts(facts: Facts): Evidence[] {
  return [messageEvidence(facts), clientIdEvidence(facts), tenantEvidence(facts), authorityEvidence(facts)];
}

function appName(facts: Facts): string {
  const clientId = facts.context.clientId?.trim() ?? '';
  return clientId === '' ? 'the console\'s app' : `app ${clientId}`;
}

function appRegistrationPlace(facts: Facts): string {
  const clientId = facts.context.clientId?.trim() || 'the console';
  return `Microsoft Entra admin center → App registrations → ${clientId} → Authentication`;
}

function redirectUriMismatch(facts: Facts): DiagnosisContent {
  const uri = redirectUri(facts.context.origin);
  return {
    title: 'The redirect URI is not registered',
    severity: 'error',
    summary: `Microsoft Entra ID refused the sign-in (AADSTS50011): ${uri} is not a redirect URI of the app registration.`,
    evidence: [messageEvidence(facts), redirectEvidence(facts), clientIdEvidence(facts)],
    likelyCause: `Entra ID only returns to redirect URIs registered on the app, compared character by character (scheme, host, port, path, trailing slash). This console signs in through ${uri}, which is not registered as a Single-page application redirect URI of ${appName(facts)}.`,
    fixSteps: [
      `Open ${appRegistrationPlace(facts)}.`,
      `Under "Single-page application" (Add a platform → Single-page application if there is none), add exactly: ${uri}`,
      'Save, wait a minute, then sign in again.',
    ],
    actions: [SIGN_IN_AGAIN, CHECK_CONNECTION],
    docs: docs('spaRegistration', 'redirectUris'),
  };
}

function notSpa(facts: Facts): DiagnosisContent {
  const uri = redirectUri(facts.context.origin);
  return {
    title: 'The redirect URI is registered as Web, not Single-page application',
    severity: 'error',
    summary: 'Microsoft Entra ID refused to redeem the sign-in code from the browser (AADSTS9002326): the redirect URI is not of the Single-page application type.',
    evidence: [messageEvidence(facts), redirectEvidence(facts), clientIdEvidence(facts)],
    likelyCause: `Browsers may redeem a sign-in code only for redirect URIs of the "Single-page application" platform. ${uri} is registered under "Web" (or another platform).`,
    fixSteps: [
      `Open ${appRegistrationPlace(facts)}.`,
      `Remove ${uri} from the "Web" platform.`,
      `Add ${uri} under "Single-page application" (Add a platform → Single-page application), and save.`,
      'Sign in again.',
    ],
    actions: [SIGN_IN_AGAIN],
    docs: docs('spaRegistration', 'authCodeFlow'),
  };
}

function consent(facts: Facts): DiagnosisContent {
  return {
    title: 'Consent is needed',
    severity: 'error',
    summary: 'Microsoft Entra ID did not issue a token (AADSTS65001): nobody has consented to the console reading Log Analytics data for you.',
    evidence: registrationFacts(facts),
    likelyCause:
      'The app registration asks for permissions (Log Analytics API Data.Read, and Azure Service Management user_impersonation to list workspaces) that neither you nor an administrator has granted; many tenants let only administrators consent.',
    fixSteps: [
      'Sign in again interactively and accept the consent prompt, if your tenant allows users to consent.',
      'Otherwise ask an administrator to grant admin consent: App registrations → the console → API permissions → Grant admin consent.',
      'Sign in again.',
    ],
    actions: [SIGN_IN_AGAIN],
    docs: docs('adminConsent', 'apiAccess'),
  };
}

function appNotFound(facts: Facts): DiagnosisContent {
  return {
    title: 'The app is not registered in this tenant',
    severity: 'error',
    summary: `Microsoft Entra ID cannot find ${appName(facts)} in the tenant the console signs in to (AADSTS700016).`,
    evidence: registrationFacts(facts),
    likelyCause:
      'The client ID is wrong (a tenant or object ID copied instead of the Application (client) ID), the app is registered in another tenant as single-tenant, or it was deleted.',
    fixSteps: [
      "Copy the Application (client) ID from the app registration's Overview page into Settings → Client ID.",
      'Set Settings → Tenant ID to the tenant where the app is registered (or make the app multi-tenant and have an administrator of your tenant consent).',
      'Sign in again.',
    ],
    actions: [{ id: 'openSettings', label: 'Open sign-in settings', setting: 'clientId' }, SIGN_IN_AGAIN],
    docs: docs('spaRegistration', 'aadstsCodes'),
  };
}

function tenantNotFound(facts: Facts): DiagnosisContent {
  return {
    title: 'Tenant not found',
    severity: 'error',
    summary: `Microsoft Entra ID in ${facts.cloud.displayName} does not know the tenant ${facts.context.tenantId?.trim() || 'the console signs in to'} (AADSTS90002).`,
    evidence: registrationFacts(facts),
    likelyCause: `The tenant ID or domain is mistyped, or the tenant lives in another cloud: ${facts.cloud.displayName} has its own directory, so a tenant of another cloud does not exist here.`,
    fixSteps: [
      'Check Settings → Tenant ID: the Directory (tenant) ID or a verified domain such as contoso.onmicrosoft.com.',
      'Check Settings → Cloud: US Government and China tenants exist only in their own cloud.',
      'Sign in again.',
    ],
    actions: [
      { id: 'openSettings', label: 'Open tenant settings', setting: 'tenantId' },
      { id: 'openSettings', label: 'Choose the cloud', setting: 'cloud' },
    ],
    docs: docs('findTenant', 'nationalClouds'),
  };
}

function mfa(facts: Facts): DiagnosisContent {
  const enrollment = facts.signIn?.aadsts === 50079;
  return {
    title: enrollment ? 'Multi-factor authentication must be set up' : 'Multi-factor authentication is required',
    severity: 'error',
    summary: enrollment
      ? 'Microsoft Entra ID requires you to register for multi-factor authentication before it issues a token (AADSTS50079).'
      : 'Microsoft Entra ID requires multi-factor authentication for this sign-in (AADSTS50076), which a silent token request cannot do.',
    evidence: [messageEvidence(facts), authorityEvidence(facts)],
    likelyCause: 'A Conditional Access policy or security default requires a second factor, for example after a change of location or network.',
    fixSteps: [
      enrollment ? 'Register a second factor (the Microsoft Authenticator app or a phone) at https://aka.ms/mfasetup.' : 'Sign in again interactively and complete the multi-factor prompt.',
      'Run the query again.',
    ],
    actions: [SIGN_IN_AGAIN],
    docs: docs('mfa'),
  };
}

function conditionalAccess(facts: Facts): DiagnosisContent {
  const { correlationId, traceId } = facts.signIn ?? { correlationId: null, traceId: null };
  return {
    title: 'Blocked by Conditional Access',
    severity: 'error',
    summary: `A Conditional Access policy of your organization blocked this sign-in (AADSTS${facts.signIn?.aadsts ?? ''}).`,
    evidence: [
      messageEvidence(facts),
      ...(correlationId ? [{ label: 'Correlation ID (for your administrator)', value: correlationId, status: 'unknown' as const }] : []),
      ...(traceId ? [{ label: 'Trace ID', value: traceId, status: 'unknown' as const }] : []),
    ],
    likelyCause: 'The policy requires something this device or session does not meet: a managed or compliant device, an approved location or network, or an approved client app.',
    fixSteps: [
      'Sign in from a device your organization manages (or enrolls), or from the network the policy allows.',
      'If that is not possible, send the correlation ID above to your administrator: the Entra sign-in logs show which policy blocked you.',
    ],
    actions: [SIGN_IN_AGAIN],
    docs: docs('conditionalAccess', 'aadstsCodes'),
  };
}

function sessionExpired(facts: Facts): DiagnosisContent {
  return {
    title: 'The sign-in session has expired',
    severity: 'warning',
    summary: `Microsoft Entra ID needs a new interactive sign-in (AADSTS${facts.signIn?.aadsts ?? ''}): the session the console renews tokens with has ended.`,
    evidence: [messageEvidence(facts)],
    likelyCause: 'Single-page applications may renew tokens silently for at most 24 hours after an interactive sign-in; after that, or after a password change or revocation, you must sign in again.',
    fixSteps: ['Sign in again; your query is kept and runs again afterwards.'],
    actions: [SIGN_IN_AGAIN],
    docs: docs('accessTokens', 'msalErrors'),
  };
}

function popupBlocked(facts: Facts): DiagnosisContent {
  return {
    title: 'The sign-in window was blocked',
    severity: 'warning',
    summary: 'The browser blocked the sign-in pop-up window.',
    evidence: [messageEvidence(facts), { label: 'Console address', value: facts.context.origin, status: 'unknown' }],
    likelyCause: 'Pop-up blocking is on for this site, or the sign-in was not started directly by a click.',
    fixSteps: [`Allow pop-ups for ${facts.context.origin} (the icon at the end of the address bar).`, 'Click Sign in again.'],
    actions: [SIGN_IN_AGAIN],
    docs: docs('spaSignIn', 'msalErrors'),
  };
}

function interactionRequired(facts: Facts): DiagnosisContent {
  return {
    title: 'Sign in again to continue',
    severity: 'warning',
    summary: 'Microsoft Entra ID needs you to sign in interactively before it issues another token.',
    evidence: [messageEvidence(facts)],
    likelyCause: 'The silent token renewal could not complete: the session expired, an account must be chosen, or a new prompt (consent, password) is needed.',
    fixSteps: ['Sign in again; your query is kept and runs again afterwards.'],
    actions: [SIGN_IN_AGAIN],
    docs: docs('msalErrors'),
  };
}

function cancelled(facts: Facts): DiagnosisContent {
  // MSAL's (and the console's) code for a window closed without an answer. Entra ID shows some errors in that window
  // instead of returning them, so a closed window may hide one the console cannot read.
  if (facts.signIn?.errorCode === 'user_cancelled') return windowClosed(facts);
  return {
    title: 'Sign-in was cancelled',
    severity: 'info',
    summary: 'The sign-in window was closed, or the sign-in was declined, before it finished.',
    evidence: [messageEvidence(facts)],
    likelyCause: 'The sign-in window was closed (or consent was declined) before Microsoft Entra ID returned to the console.',
    fixSteps: ['Sign in again and complete the steps in the sign-in window.'],
    actions: [SIGN_IN_AGAIN],
    docs: docs('spaSignIn'),
  };
}

function windowClosed(facts: Facts): DiagnosisContent {
  return {
    title: 'The sign-in window was closed',
    severity: 'info',
    summary: 'The sign-in window was closed before Microsoft Entra ID returned to the console.',
    evidence: [messageEvidence(facts), redirectEvidence(facts), clientIdEvidence(facts)],
    likelyCause:
      'It was closed before an account was chosen, or it showed an error page: Microsoft Entra ID shows some errors in the sign-in window instead of returning them to the console, for example AADSTS50011 (the redirect URI above is not registered), AADSTS700016 (the client ID is not an app of the tenant) or AADSTS90002 (the tenant does not exist).',
    fixSteps: [
      'Sign in again and complete the steps in the sign-in window.',
      'If the window shows an error code (AADSTS followed by digits), that code says what to fix: https://login.microsoftonline.com/error?code=<digits> explains it.',
    ],
    actions: [SIGN_IN_AGAIN],
    docs: docs('spaSignIn', 'aadstsCodes'),
  };
}

function unreachable(facts: Facts): DiagnosisContent {
  const demo = facts.signIn?.errorCode === 'emulator_unreachable';
  return {
    title: demo ? 'The local emulator does not answer' : 'The sign-in service could not be reached',
    severity: 'error',
    summary: demo ? 'The local demo could not reach the emulator to sign in.' : `The console could not reach Microsoft Entra ID at ${facts.cloud.loginHost}.`,
    evidence: [messageEvidence(facts), authorityEvidence(facts)],
    likelyCause: demo
      ? 'The emulator is not running, or runs on another port.'
      : `The network blocks ${facts.cloud.loginHost}, the computer is offline, or the tenant and cloud in Settings do not match (each cloud has its own sign-in host: ${Object.values(CLOUDS).map((cloud) => cloud.loginHost).join(', ')}).`,
    fixSteps: demo
      ? ['Start the emulator: npm start (or npm run emulator).', 'Sign in again.']
      : ['Check the network connection.', 'Check the cloud and tenant in Settings.', 'Sign in again.'],
    actions: demo ? [SIGN_IN_AGAIN] : [SIGN_IN_AGAIN, { id: 'openSettings', label: 'Choose the cloud', setting: 'cloud' }],
    docs: docs('nationalClouds', 'msalErrors'),
  };
}

function failed(facts: Facts): DiagnosisContent {
  const code = facts.signIn?.aadsts != null ? `AADSTS${facts.signIn.aadsts}` : (facts.signIn?.errorCode ?? 'unknown');
  return {
    title: 'Sign-in failed',
    severity: 'error',
    summary: `Sign-in failed (${code}).`,
    evidence: registrationFacts(facts),
    likelyCause: facts.signIn?.message ? `Microsoft Entra ID or MSAL reported: ${facts.signIn.message}` : 'The sign-in library reported an error without details.',
    fixSteps: [
      'Sign in again.',
      facts.signIn?.aadsts != null
        ? `Look the code up: https://login.microsoftonline.com/error?code=${facts.signIn.aadsts} explains it and its usual fix.`
        : 'Check Settings (cloud, client ID and tenant), then try again.',
    ],
    actions: [SIGN_IN_AGAIN, CHECK_CONNECTION],
    docs: docs('aadstsCodes', 'msalErrors'),
  };
}

export const SIGN_IN_RULES: readonly DiagnosisRule[] = [
  { id: 'signin-redirect-uri', key: { on: 'signIn', aadsts: [50011] }, diagnose: redirectUriMismatch },
  { id: 'signin-not-spa', key: { on: 'signIn', aadsts: [9002326] }, diagnose: notSpa },
  { id: 'signin-consent', key: { on: 'signIn', aadsts: [65001], errorCodes: ['consent_required'] }, diagnose: consent },
  { id: 'signin-app-not-found', key: { on: 'signIn', aadsts: [700016] }, diagnose: appNotFound },
  { id: 'signin-tenant-not-found', key: { on: 'signIn', aadsts: [90002] }, diagnose: tenantNotFound },
  { id: 'signin-mfa', key: { on: 'signIn', aadsts: [50076, 50079] }, diagnose: mfa },
  { id: 'signin-conditional-access', key: { on: 'signIn', aadsts: [53000, 53001, 53003, 530003] }, diagnose: conditionalAccess },
  { id: 'signin-session-expired', key: { on: 'signIn', aadsts: [700084, 70008, 700082] }, diagnose: sessionExpired },
  { id: 'signin-cancelled', key: { on: 'signIn', aadsts: [65004] }, diagnose: cancelled },
  { id: 'signin-popup-blocked', key: { on: 'signIn', errorCodes: ['popup_window_error', 'empty_window_error', 'popup_blocked'] }, diagnose: popupBlocked },
  { id: 'signin-cancelled', key: { on: 'signIn', errorCodes: ['user_cancelled', 'cancelled', 'access_denied'] }, diagnose: cancelled },
  { id: 'signin-interaction-required', key: { on: 'signIn', errorCodes: ['interaction_required', 'login_required', 'no_account_error', 'monitor_window_timeout'] }, diagnose: interactionRequired },
  { id: 'signin-unreachable', key: { on: 'signIn', errorCodes: ['no_network_connectivity', 'endpoints_resolution_error', 'emulator_unreachable'] }, diagnose: unreachable },
  { id: 'signin-failed', key: { on: 'signIn' }, diagnose: failed },
];
