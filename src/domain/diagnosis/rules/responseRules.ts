// Answers that are not the documented shape (cut off mid-body, a proxy's page), server-side failures (5xx), and the
// last resort for anything no other rule knows: still the facts, the message and a way forward.
import { docs } from '../docs';
import { failureMessage, type Facts } from '../facts';
import { onlineEvidence, requestEndpointEvidence } from '../requestEvidence';
import type { DiagnosisContent, DiagnosisRule } from '../rule';
import { count, hostOf } from '../text';
import type { Evidence } from '../types';

function malformedResponse(facts: Facts): DiagnosisContent {
  return {
    title: 'The answer could not be read',
    severity: 'error',
    summary: `${hostOf(facts.context.endpoint)} answered, but not with a complete, readable result. ${failureMessage(facts)}`.trim(),
    evidence: [requestEndpointEvidence(facts), onlineEvidence(facts)],
    likelyCause:
      'The connection broke while the answer was arriving (it was cut off), or something between the browser and Azure (a proxy, a captive portal, a content filter) answered with its own page instead of the service\'s JSON.',
    fixSteps: [
      'Run the query again.',
      'If it fails again, open the address of the endpoint in a new tab: a sign-in or warning page there means a proxy or portal is in the way.',
      'For very large results, summarize or project fewer columns so the answer is smaller.',
    ],
    actions: [{ id: 'retry', label: 'Run again' }, { id: 'checkConnection', label: 'Check connection' }],
    docs: docs('apiErrors', 'serviceLimits'),
  };
}

function serviceUnavailable(facts: Facts): DiagnosisContent {
  const status = facts.failure?.status ?? 0;
  const retryAfter = facts.failure?.retryAfterSeconds;
  const evidence: Evidence[] = [
    { label: 'HTTP status', value: String(status), status: 'problem' },
    ...(retryAfter === undefined ? [] : [{ label: 'Retry-After', value: count(Math.ceil(retryAfter), 'second'), status: 'unknown' as const }]),
  ];
  return {
    title: 'The service had a problem',
    severity: 'error',
    summary: `The service answered HTTP ${status}: the failure is on its side, not in your query. ${failureMessage(facts)}`.trim(),
    evidence,
    likelyCause: 'A temporary outage, overload or deployment in the service or a gateway in front of it.',
    fixSteps: [
      retryAfter === undefined ? 'Wait a minute and run the query again.' : `Wait ${count(Math.ceil(retryAfter), 'second')} and run the query again.`,
      'If it persists, check Azure status for Azure Monitor and copy these details (with the correlation ID) for a support request.',
    ],
    actions: [retryAfter === undefined ? { id: 'retry', label: 'Run again' } : { id: 'retry', label: 'Run again', afterSeconds: Math.ceil(retryAfter) }],
    docs: docs('apiErrors'),
  };
}

function unexpected(facts: Facts): DiagnosisContent {
  const message = failureMessage(facts);
  return {
    title: 'The request failed',
    severity: 'error',
    summary: message === '' ? 'The request failed for a reason the console does not recognize.' : `The request failed: ${message}`,
    evidence: [requestEndpointEvidence(facts), onlineEvidence(facts)],
    likelyCause: 'The console does not recognize this error; the code and message above are what the service or browser reported.',
    fixSteps: ['Run the query again.', 'If it persists, open Check connection, and copy these details for your administrator or a support request.'],
    actions: [{ id: 'retry', label: 'Run again' }, { id: 'checkConnection', label: 'Check connection' }],
    docs: docs('apiErrors'),
  };
}

export const RESPONSE_RULES: readonly DiagnosisRule[] = [
  { id: 'malformed-response', key: { on: 'kind', kinds: ['malformed-response'] }, diagnose: malformedResponse },
  { id: 'service-unavailable', key: { on: 'status', statuses: [500, 502, 503] }, diagnose: serviceUnavailable },
  { id: 'unexpected-failure', key: { on: 'any' }, diagnose: unexpected },
];
