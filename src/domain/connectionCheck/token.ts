// Steps 3 and 4: a token was obtained, and its claims fit the selected cloud's Log Analytics API: audience, tenant,
// lifetime, permissions (scp or roles) and the issuing cloud. Only decoded claims arrive here, never the token.
import { CLOUDS, type CloudName } from '../clouds';
import { isGuid } from '../identifiers';
import { failure, type QueryFailure } from '../queryFailure';
import { describeExpiry, logAnalyticsFitProblems, summarizeClaims, type DecodedToken, type TokenFitProblem, type TokenSummary } from '../tokenClaims';
import type { StepFailure, StepVerdict } from './types';

export type TokenObservation = { acquired: true } | { acquired: false; failure: QueryFailure };

export function checkTokenAcquired(observed: TokenObservation): StepVerdict {
  if (!observed.acquired) {
    return { status: 'failed', detail: observed.failure.message, failure: { outcome: { kind: 'failed', failure: observed.failure }, simulated: false } };
  }
  return { status: 'passed', detail: 'An access token for the Log Analytics API was obtained.' };
}

type ClaimProblem = TokenFitProblem['kind'] | 'tenant' | 'unreadable';

/** The inner code of Log Analytics' 403 InvalidTokenError for each problem; without one, the rules decide by the claims. */
const INNER_CODES: Partial<Record<ClaimProblem, string>> = {
  audience: 'InvalidAudience',
  expired: 'TokenExpired',
  'not-yet-valid': 'TokenNotYetValid',
  // Another cloud's token service signs with keys this cloud's API does not trust.
  cloud: 'SignatureVerificationFailed',
  unreadable: 'MalformedToken',
};

/** How Log Analytics answers a token with this problem, so the diagnosis rules explain it as they would that answer. */
function simulatedAnswer(problem: ClaimProblem, message: string): StepFailure {
  const code = problem === 'no-permission' ? 'InsufficientAccessError' : 'InvalidTokenError';
  const inner = INNER_CODES[problem] ?? null;
  const answer: QueryFailure = { ...failure('service', code, message), innermostCode: inner, innermostMessage: inner === null ? null : message };
  return { outcome: { kind: 'failed', failure: answer }, simulated: true };
}

function tenantProblem(summary: TokenSummary): string | null {
  if (summary.tenantId === null) return 'The token names no tenant (tid).';
  return isGuid(summary.tenantId) ? null : `The token's tenant (tid) "${summary.tenantId}" is not a directory ID.`;
}

/** The claims in one line: aud, tid, exp, scp/roles and the issuing cloud. */
function claimsLine(summary: TokenSummary, now: number): string {
  const permissions = [...summary.scopes.map((scope) => `scp ${scope}`), ...summary.roles.map((role) => `role ${role}`)];
  const issuer = summary.issuerClouds.map((cloud) => CLOUDS[cloud].displayName).join(' or ') || 'an unknown token service';
  return [
    `aud ${summary.audience ?? 'missing'}`,
    `tid ${summary.tenantId ?? 'missing'}`,
    summary.expiresAt === null ? 'no exp' : describeExpiry(summary.expiresAt, now),
    permissions.length > 0 ? permissions.join(', ') : 'no scp or roles',
    `issued by ${issuer}`,
  ].join('; ');
}

export function checkTokenClaims(decoded: DecodedToken, cloud: CloudName, now: number): StepVerdict {
  if (!decoded.ok) return { status: 'failed', detail: decoded.error, failure: simulatedAnswer('unreadable', decoded.error) };
  const summary = summarizeClaims(decoded.claims);
  const tenant = tenantProblem(summary);
  const problems: { kind: ClaimProblem; message: string }[] = [
    ...logAnalyticsFitProblems(summary, CLOUDS[cloud], now),
    ...(tenant === null ? [] : [{ kind: 'tenant' as const, message: tenant }]),
  ];
  const first = problems[0];
  if (first === undefined) return { status: 'passed', detail: `${claimsLine(summary, now)}.` };
  const detail = problems.map((problem) => problem.message).join(' ');
  return { status: 'failed', detail, failure: simulatedAnswer(first.kind, detail) };
}
