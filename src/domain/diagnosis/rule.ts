// A diagnosis rule: what it is keyed on, and what it concludes. Keys are tried in a fixed order of precedence, so
// the error code decides before the HTTP status does (DESIGN §8): a wrong-audience token is a 403 InvalidTokenError,
// not "a 403"; 204 is an empty workspace; 200 with `error` is a partial result.
import type { QueryFailureKind } from '../queryFailure';
import type { Facts } from './facts';
import type { Diagnosis, DiagnosisOutcome } from './types';

export type RuleKey =
  /** A successful answer that needs explaining: no rows, no data at all (204), a partial result. */
  | { on: 'outcome'; outcome: Exclude<DiagnosisOutcome['kind'], 'failed' | 'signInFailed'> }
  /** A sign-in or token-request error, by AADSTS number or MSAL error code (either one matching is enough). */
  | { on: 'signIn'; aadsts?: readonly number[]; errorCodes?: readonly string[] }
  /** A service error by its code and/or innermost code (both must match when both are given). */
  | { on: 'code'; codes?: readonly string[]; innerCodes?: readonly (string | RegExp)[] }
  /** A failure without a service answer: network, timeout, blocked host, malformed response, configuration. */
  | { on: 'kind'; kinds: readonly QueryFailureKind[] }
  /** An HTTP status whose code no rule knows. */
  | { on: 'status'; statuses: readonly number[] }
  /** The last resort. */
  | { on: 'any' };

export const KEY_PRECEDENCE: readonly RuleKey['on'][] = ['outcome', 'signIn', 'code', 'kind', 'status', 'any'];

export type DiagnosisContent = Omit<Diagnosis, 'id' | 'facts'>;

export interface DiagnosisRule {
  id: Diagnosis['id'];
  key: RuleKey;
  /** A further condition, for rules that share a key (e.g. one code, told apart by the token's claims). */
  when?: (facts: Facts) => boolean;
  diagnose: (facts: Facts) => DiagnosisContent;
}

function codeMatches(pattern: string | RegExp, code: string | null): boolean {
  if (code === null) return false;
  return typeof pattern === 'string' ? pattern === code : pattern.test(code);
}

function keyMatches(key: RuleKey, facts: Facts): boolean {
  const { failure, signIn } = facts;
  switch (key.on) {
    case 'outcome':
      return facts.input.outcome.kind === key.outcome;
    case 'signIn':
      return (
        signIn !== null &&
        ((key.aadsts !== undefined && signIn.aadsts !== null && key.aadsts.includes(signIn.aadsts)) ||
          (key.errorCodes !== undefined && key.errorCodes.includes(signIn.errorCode)) ||
          (key.aadsts === undefined && key.errorCodes === undefined))
      );
    case 'code':
      return (
        failure !== null &&
        failure.kind === 'service' &&
        (key.codes === undefined || key.codes.includes(failure.code)) &&
        (key.innerCodes === undefined || key.innerCodes.some((pattern) => codeMatches(pattern, failure.innermostCode)))
      );
    case 'kind':
      return failure !== null && key.kinds.includes(failure.kind);
    case 'status':
      return failure !== null && failure.status !== null && key.statuses.includes(failure.status);
    case 'any':
      return true;
  }
}

export function ruleApplies(rule: DiagnosisRule, facts: Facts): boolean {
  return keyMatches(rule.key, facts) && (rule.when === undefined || rule.when(facts));
}
