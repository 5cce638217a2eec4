// The troubleshooting engine: one table of rules, tried in order of precedence (outcome, sign-in code, service code,
// failure kind, HTTP status, anything), the first that applies concluding. Every diagnosis also carries the plain
// facts of the request and answer, so the panel always shows what happened whatever the conclusion.
import { buildFacts, failureMessage, type Facts } from './facts';
import { KEY_PRECEDENCE, ruleApplies, type DiagnosisRule } from './rule';
import { ACCESS_RULES } from './rules/accessRules';
import { CONFIGURATION_RULES } from './rules/configurationRules';
import { EMPTY_RULES } from './rules/emptyRules';
import { LOAD_RULES } from './rules/loadRules';
import { NETWORK_RULES } from './rules/networkRules';
import { PARTIAL_RULES } from './rules/partialRules';
import { QUERY_RULES } from './rules/queryRules';
import { RESPONSE_RULES } from './rules/responseRules';
import { SIGN_IN_RULES } from './rules/signInRules';
import { TOKEN_RULES } from './rules/tokenRules';
import { WORKSPACE_RULES } from './rules/workspaceRules';
import type { Diagnosis, DiagnosisInput, Fact } from './types';

/** Every rule, grouped by key precedence; within a key, in the order the families list them. */
export const RULES: readonly DiagnosisRule[] = [
  ...EMPTY_RULES,
  ...PARTIAL_RULES,
  ...SIGN_IN_RULES,
  ...TOKEN_RULES,
  ...ACCESS_RULES,
  ...QUERY_RULES,
  ...WORKSPACE_RULES,
  ...LOAD_RULES,
  ...NETWORK_RULES,
  ...CONFIGURATION_RULES,
  ...RESPONSE_RULES,
].sort((a, b) => KEY_PRECEDENCE.indexOf(a.key.on) - KEY_PRECEDENCE.indexOf(b.key.on));

const CONNECTION_LABELS = {
  entra: 'Microsoft Entra ID sign-in',
  demo: 'Local demo (emulator)',
  pastedToken: 'Pasted access token',
} as const;

function outcomeFacts(facts: Facts): Fact[] {
  const { outcome } = facts.input;
  switch (outcome.kind) {
    case 'noRows':
      return [{ label: 'Answer', value: 'HTTP 200, no rows' }];
    case 'emptyWorkspace':
      return [{ label: 'Answer', value: 'HTTP 204 No Content' }];
    case 'partial':
      return [
        { label: 'Answer', value: 'HTTP 200 with an error (partial result)' },
        { label: 'Code', value: [outcome.partialError.code, outcome.partialError.innermost?.code].filter((code) => code).join(' → ') },
      ];
    case 'signInFailed':
      return [];
    case 'failed': {
      const { failure } = outcome;
      const inner = failure.innermostCode !== null && failure.innermostCode !== failure.code ? failure.innermostCode : null;
      const message = failureMessage(facts);
      return [
        { label: 'Status', value: failure.status === null ? 'no HTTP answer' : `HTTP ${failure.status}` },
        { label: 'Code', value: inner === null ? failure.code : `${failure.code} → ${inner}` },
        ...(message === '' ? [] : [{ label: 'Message', value: message }]),
        ...(failure.correlationId === null ? [] : [{ label: 'Correlation ID', value: failure.correlationId }]),
        ...(failure.retryAfterSeconds === undefined ? [] : [{ label: 'Retry-After', value: `${failure.retryAfterSeconds} s` }]),
      ];
    }
  }
}

function signInFacts(facts: Facts): Fact[] {
  const { signIn } = facts;
  if (signIn === null) return [];
  return [
    { label: 'Sign-in error code', value: signIn.errorCode },
    ...(signIn.aadsts === null ? [] : [{ label: 'Entra error', value: `AADSTS${signIn.aadsts}` }]),
    ...(signIn.subError === null ? [] : [{ label: 'Sub-error', value: signIn.subError }]),
    ...(signIn.traceId === null ? [] : [{ label: 'Trace ID', value: signIn.traceId }]),
    ...(signIn.correlationId === null ? [] : [{ label: 'Correlation ID', value: signIn.correlationId }]),
  ];
}

function requestFacts(facts: Facts): Fact[] {
  const { context } = facts;
  const signingIn = facts.input.outcome.kind === 'signInFailed';
  return [
    { label: 'Cloud', value: facts.cloud.displayName },
    { label: 'Connection', value: context.connectionMode === null ? 'not signed in' : CONNECTION_LABELS[context.connectionMode] },
    signingIn
      ? { label: 'Sign-in authority', value: `https://${facts.cloud.loginHost}/${context.tenantId?.trim() || 'organizations'}` }
      : { label: 'Endpoint', value: context.endpoint },
    ...(signingIn || context.workspaceId === null ? [] : [{ label: 'Workspace', value: context.workspaceId }]),
  ];
}

/** The first rule that applies, in precedence order; the table ends with a rule that applies to anything. */
function findRule(facts: Facts): DiagnosisRule {
  const rule = RULES.find((candidate) => ruleApplies(candidate, facts));
  if (rule === undefined) throw new Error('The diagnosis table has no catch-all rule.');
  return rule;
}

export function diagnose(input: DiagnosisInput): Diagnosis {
  const facts = buildFacts(input);
  const rule = findRule(facts);
  const content = rule.diagnose(facts);
  return { id: rule.id, ...content, facts: [...outcomeFacts(facts), ...signInFacts(facts), ...requestFacts(facts)] };
}
