// The service refused the token: none was sent, it expired, it is for another audience or cloud, it cannot be parsed
// or verified. Log Analytics answers these as 403 InvalidTokenError with an inner code (401 only when no usable
// authentication came at all); ARM answers 401 ExpiredAuthenticationToken / InvalidAuthenticationToken and 403
// InvalidAuthenticationTokenAudience. When the code does not say which, the token's own claims do.
import { CLOUDS } from '../../clouds';
import { describeExpiry } from '../../tokenClaims';
import { docs } from '../docs';
import type { Facts } from '../facts';
import { requestEndpointEvidence } from '../requestEvidence';
import type { DiagnosisContent, DiagnosisRule, RuleKey } from '../rule';
import { utcText } from '../text';
import { CLOCK_SKEW_MS, expectedAudiences, tokenCloud, tokenEvidence, tokenProblem, type TokenProblem } from '../tokenEvidence';
import type { DiagnosisAction } from '../types';
import { expectedResource, renewTokenStep, signInAgainAction } from './renewal';

const CHECK_CONNECTION: DiagnosisAction = { id: 'checkConnection', label: 'Check connection' };

function serviceName(facts: Facts): string {
  return facts.service === 'resourceManager' ? 'Azure Resource Manager' : 'Log Analytics';
}

function noToken(facts: Facts): DiagnosisContent {
  const pasted = facts.context.connectionMode === 'pastedToken';
  return {
    title: 'No usable sign-in reached the service',
    severity: 'error',
    summary: `${serviceName(facts)} answered 401: the request carried no token it could use.`,
    evidence: [...tokenEvidence(facts), requestEndpointEvidence(facts)],
    likelyCause:
      facts.context.connectionMode === null
        ? 'Nobody is signed in, so the request went without a token.'
        : pasted
          ? 'The pasted token was empty or incomplete, so no usable token went with the request.'
          : 'The console had no access token for this service: the session ended, or sign-in did not complete.',
    fixSteps: [renewTokenStep(facts), 'Run the query again.', 'If it fails again, open Check connection: it tests sign-in, token and workspace one by one.'],
    actions: [signInAgainAction(facts), CHECK_CONNECTION],
    docs: docs('apiAccess', 'apiErrors'),
  };
}

function expired(facts: Facts): DiagnosisContent {
  const expiresAt = facts.token?.expiresAt ?? null;
  const clockBehind = expiresAt !== null && expiresAt > facts.now;
  const skewMinutes = CLOCK_SKEW_MS / 60_000;
  const likelyCause =
    expiresAt === null
      ? 'The service says the token has expired. Access tokens live about 60 to 90 minutes and must then be renewed.'
      : clockBehind
        ? `By this computer's clock the token is still valid (it ${describeExpiry(expiresAt, facts.now)}), but the service says it has expired: this computer's clock is probably behind by more than the ${skewMinutes} minutes of clock skew that token checks allow.`
        : `The token expired at ${utcText(expiresAt)} (${describeExpiry(expiresAt, facts.now)}). Access tokens live about 60 to 90 minutes; services allow about ${skewMinutes} minutes of clock skew past exp, then refuse them.`;
  return {
    title: 'The access token has expired',
    severity: 'error',
    summary: `${serviceName(facts)} refused the token because it has expired.`,
    evidence: tokenEvidence(facts),
    likelyCause,
    fixSteps: [
      renewTokenStep(facts),
      ...(clockBehind ? ["Set this computer's clock to update automatically (time zone and time from the network), then sign in again."] : []),
      'Run the query again.',
    ],
    actions: [signInAgainAction(facts), { id: 'retry', label: 'Run again' }],
    docs: docs('accessTokens', 'apiAccess'),
  };
}

function notYetValid(facts: Facts): DiagnosisContent {
  return {
    title: 'The access token is not valid yet',
    severity: 'error',
    summary: `${serviceName(facts)} refused the token because its validity starts in the future (nbf).`,
    evidence: tokenEvidence(facts),
    likelyCause: `The clock of this computer, or of the machine that issued the token, is off by more than the ${CLOCK_SKEW_MS / 60_000} minutes of skew token checks allow.`,
    fixSteps: ["Set this computer's clock to update automatically from the network.", renewTokenStep(facts), 'Run the query again.'],
    actions: [signInAgainAction(facts)],
    docs: docs('accessTokens'),
  };
}

function wrongAudience(facts: Facts): DiagnosisContent {
  const expected = expectedResource(facts);
  const audience = facts.token?.audience ?? null;
  const armAudiences = expectedAudiences(facts.cloud, 'resourceManager');
  const isArmToken = audience !== null && facts.service === 'logAnalytics' && armAudiences.includes(audience.replace(/\/+$/, ''));
  // The claims can contradict the service: then the request, not the token, is the thing to check.
  const claimsLookRight = audience !== null && expectedAudiences(facts.cloud, facts.service).includes(audience.replace(/\/+$/, ''));
  const likelyCause =
    audience === null
      ? `The service says the token was issued for another resource; ${serviceName(facts)} in ${facts.cloud.displayName} accepts only tokens for ${expected}.`
      : claimsLookRight
        ? `The token's audience (${audience}) is the one ${serviceName(facts)} in ${facts.cloud.displayName} expects, yet the service refused it: the request probably reached another endpoint or cloud than the token was issued for (see the endpoint below), or a proxy replaced the token.`
        : isArmToken
        ? `This is an Azure Resource Manager token (aud ${audience}). Log Analytics needs a token issued for ${expected}; each resource needs its own token.`
        : `The token was issued for ${audience}, but ${serviceName(facts)} in ${facts.cloud.displayName} accepts only tokens for ${expected}.`;
  return {
    title: 'The token is for another resource',
    severity: 'error',
    summary: `${serviceName(facts)} refused the token: its audience (aud) is not ${expected}.`,
    evidence: claimsLookRight ? [...tokenEvidence(facts), requestEndpointEvidence(facts)] : tokenEvidence(facts),
    likelyCause,
    fixSteps: [
      renewTokenStep(facts),
      ...(facts.context.connectionMode === 'entra'
        ? [`If it happens again, check that the app registration has the API permission "Log Analytics API / Data.Read" (resource ${expected}).`]
        : []),
      'Run the query again.',
    ],
    actions: [signInAgainAction(facts), CHECK_CONNECTION],
    docs: docs('apiAccess', 'accessTokens'),
  };
}

function wrongCloud(facts: Facts): DiagnosisContent {
  const owner = tokenCloud(facts);
  const ownerName = owner === null ? 'another cloud' : CLOUDS[owner].displayName;
  const actions: DiagnosisAction[] =
    owner === null ? [{ id: 'openSettings', label: 'Choose the cloud', setting: 'cloud' }] : [{ id: 'switchCloud', label: `Switch to ${ownerName}`, cloud: owner }];
  return {
    title: 'The token is from another Azure cloud',
    severity: 'error',
    summary: `The token was issued for ${ownerName}, but the console is set to ${facts.cloud.displayName}.`,
    evidence: [...tokenEvidence(facts), requestEndpointEvidence(facts)],
    likelyCause: `Each Azure cloud (public, US Government, China) has its own Microsoft Entra ID, token service and Log Analytics endpoint; a token from ${ownerName} is not valid in ${facts.cloud.displayName}.`,
    fixSteps: [
      owner === null ? 'Choose the cloud your workspace lives in (Settings → Cloud).' : `If your workspace is in ${ownerName}, switch the console to that cloud (Switch to ${ownerName}, below).`,
      `Otherwise get a token from ${facts.cloud.displayName}: ${renewTokenStep(facts)}`,
      'Run the query again.',
    ],
    actions: [...actions, signInAgainAction(facts)],
    docs: docs('nationalClouds', 'governmentClouds'),
  };
}

function malformed(facts: Facts): DiagnosisContent {
  const pasted = facts.context.connectionMode === 'pastedToken';
  return {
    title: 'The token could not be read',
    severity: 'error',
    summary: `${serviceName(facts)} could not parse the token it was given.`,
    evidence: tokenEvidence(facts),
    likelyCause: pasted
      ? 'The pasted text is not a whole access token: it was cut or wrapped when copied, holds quotes or spaces, or is another kind of token (an ID token or a refresh token).'
      : 'The token was damaged on the way, or is not an access token.',
    fixSteps: [
      pasted ? 'Copy the access token again, as one line without quotes: three base64url parts separated by dots, starting with "eyJ".' : renewTokenStep(facts),
      ...(pasted ? [renewTokenStep(facts)] : []),
      'Run the query again.',
    ],
    actions: [signInAgainAction(facts)],
    docs: docs('apiErrors', 'accessTokens'),
  };
}

function signature(facts: Facts): DiagnosisContent {
  return {
    title: "The token's signature could not be verified",
    severity: 'error',
    summary: `${serviceName(facts)} could not validate the token's signature.`,
    evidence: tokenEvidence(facts),
    likelyCause:
      'The token was not signed by a key this service trusts: it was edited after it was issued, comes from another token service (for example the local emulator or another cloud), or its signing key has been retired.',
    fixSteps: [renewTokenStep(facts), 'Never edit a token; use it exactly as Microsoft Entra ID issued it.', 'Run the query again.'],
    actions: [signInAgainAction(facts)],
    docs: docs('apiErrors', 'accessTokens'),
  };
}

function wrongTenant(facts: Facts): DiagnosisContent {
  const issuerTenant = /wrong issuer 'https:\/\/[^/]+\/([^/']+)\/?'/.exec(facts.failure?.message ?? '')?.[1] ?? facts.token?.tenantId ?? 'another tenant';
  const expectedTenant = /must match the tenant 'https:\/\/[^/]+\/([^/']+)\/?'/.exec(facts.failure?.message ?? '')?.[1] ?? null;
  return {
    title: 'The token is from another tenant',
    severity: 'error',
    summary: `Azure Resource Manager refused the token: it was issued by tenant ${issuerTenant}${expectedTenant ? `, but the subscription belongs to tenant ${expectedTenant}` : ''}.`,
    evidence: tokenEvidence(facts),
    likelyCause: 'The account signed in to one directory (tenant), but the subscription lives in another; guest accounts must sign in to the resource\'s tenant explicitly.',
    fixSteps: [
      `Set the tenant in Settings to ${expectedTenant ?? "the subscription's tenant"}.`,
      'Sign in again, then list the workspaces again.',
    ],
    actions: [{ id: 'openSettings', label: 'Open tenant settings', setting: 'tenantId' }, signInAgainAction(facts)],
    docs: docs('findTenant', 'armErrors'),
  };
}

function rejected(facts: Facts): DiagnosisContent {
  return {
    title: 'The service refused the token',
    severity: 'error',
    summary: `${serviceName(facts)} did not accept the token, and nothing in its claims shows why.`,
    evidence: [...tokenEvidence(facts), requestEndpointEvidence(facts)],
    likelyCause:
      'The token may have been revoked (password change, sign-out elsewhere, a Conditional Access decision), or the service could not validate it for a reason it does not report.',
    fixSteps: [renewTokenStep(facts), 'Run the query again.', 'If it keeps failing, open Check connection and copy the details for your administrator.'],
    actions: [signInAgainAction(facts), CHECK_CONNECTION],
    docs: docs('apiErrors', 'claimsChallenge'),
  };
}

const problemIs =
  (problem: TokenProblem) =>
  (facts: Facts): boolean =>
    tokenProblem(facts) === problem;

/** For a key that does not say what is wrong: the claims decide, most decisive problem first. */
function rulesByClaims(key: RuleKey): DiagnosisRule[] {
  return [
    { id: 'token-wrong-cloud', key, when: problemIs('cloud'), diagnose: wrongCloud },
    { id: 'token-wrong-audience', key, when: problemIs('audience'), diagnose: wrongAudience },
    { id: 'token-expired', key, when: problemIs('expired'), diagnose: expired },
    { id: 'token-not-yet-valid', key, when: problemIs('not-yet-valid'), diagnose: notYetValid },
  ];
}

const invalidToken = (innerCodes: string[]): RuleKey => ({ on: 'code', codes: ['InvalidTokenError'], innerCodes });
const authenticationMissing: RuleKey = { on: 'code', codes: ['AuthorizationRequiredError', 'AuthenticationFailed'] };
const tokenUnreadable: RuleKey = { on: 'code', codes: ['InvalidTokenError', 'InvalidAuthenticationToken'] };
const unauthorized: RuleKey = { on: 'status', statuses: [401] };
/** A 401 or 403 without a known code: a token problem when the claims show one, else (403) an access problem. */
const refusedByStatus: RuleKey = { on: 'status', statuses: [401, 403] };

function saysMissing(facts: Facts): boolean {
  return facts.token === null || /missing/i.test(facts.failure?.message ?? '');
}

export const TOKEN_RULES: readonly DiagnosisRule[] = [
  { id: 'token-expired', key: invalidToken(['TokenExpired']), diagnose: expired },
  { id: 'token-not-yet-valid', key: invalidToken(['TokenNotYetValid']), diagnose: notYetValid },
  { id: 'token-wrong-cloud', key: invalidToken(['InvalidAudience', 'SignatureVerificationFailed']), when: problemIs('cloud'), diagnose: wrongCloud },
  { id: 'token-wrong-audience', key: invalidToken(['InvalidAudience']), diagnose: wrongAudience },
  { id: 'token-malformed', key: invalidToken(['MalformedToken']), diagnose: malformed },
  { id: 'token-signature', key: invalidToken(['SignatureVerificationFailed']), diagnose: signature },
  { id: 'token-expired', key: { on: 'code', codes: ['ExpiredAuthenticationToken'] }, diagnose: expired },
  { id: 'token-wrong-cloud', key: { on: 'code', codes: ['InvalidAuthenticationTokenAudience'] }, when: problemIs('cloud'), diagnose: wrongCloud },
  { id: 'token-wrong-audience', key: { on: 'code', codes: ['InvalidAuthenticationTokenAudience'] }, diagnose: wrongAudience },
  { id: 'token-wrong-tenant', key: { on: 'code', codes: ['InvalidAuthenticationTokenTenant'] }, diagnose: wrongTenant },
  ...rulesByClaims(authenticationMissing),
  { id: 'no-token', key: authenticationMissing, when: saysMissing, diagnose: noToken },
  { id: 'token-rejected', key: authenticationMissing, diagnose: rejected },
  ...rulesByClaims(tokenUnreadable),
  { id: 'token-rejected', key: tokenUnreadable, diagnose: rejected },
  ...rulesByClaims(refusedByStatus),
  { id: 'no-token', key: unauthorized, when: (facts) => facts.token === null, diagnose: noToken },
  { id: 'token-rejected', key: unauthorized, diagnose: rejected },
];
