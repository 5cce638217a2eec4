// "Copy details": the diagnosis as plain text for a ticket or a chat with an administrator. Everything passes through
// the secret redaction last, so no token can leave in it even if one reached a message (DESIGN §6).
import { formatWindow } from '../timespan/dateTimeDisplay';
import { presetById } from '../timespan/presets';
import { redactSecrets, utcText } from './text';
import type { Diagnosis, DiagnosisContext } from './types';

export interface CopyDetailsContext {
  request: DiagnosisContext;
  /** When the details were copied, epoch milliseconds. */
  now: number;
  /** Whether to include the query text (it may hold names or values the analyst does not want to share). */
  includeQuery?: boolean;
}

const STATUS_MARKS = { ok: 'OK', problem: 'PROBLEM', unknown: '?' } as const;

function timespanText(request: DiagnosisContext): string {
  const { timespan, window } = request;
  if (timespan === null || timespan.kind === 'setInQuery') return 'set in query';
  const label = timespan.kind === 'preset' ? presetById(timespan.presetId).label : 'custom range';
  return window === null ? label : `${label} (${formatWindow(window, 'UTC')})`;
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', title, ...lines];
}

export function redactForCopy(diagnosis: Diagnosis, context: CopyDetailsContext): string {
  const { request } = context;
  const lines = [
    `${diagnosis.title} [${diagnosis.severity}] (${diagnosis.id})`,
    diagnosis.summary,
    ...section(
      'What happened',
      diagnosis.facts.map((fact) => `  ${fact.label}: ${fact.value}`),
    ),
    ...section(
      'Request',
      [
        `Time range: ${timespanText(request)}`,
        ...(request.clientId ? [`Client ID: ${request.clientId}`] : []),
        ...(request.tenantId ? [`Tenant: ${request.tenantId}`] : []),
        `Console: ${request.origin}`,
        `Copied: ${utcText(context.now)}`,
      ].map((line) => `  ${line}`),
    ),
    ...section(
      'Evidence',
      diagnosis.evidence.map((entry) => `  [${STATUS_MARKS[entry.status]}] ${entry.label}: ${entry.value}`),
    ),
    ...section('Likely cause', [`  ${diagnosis.likelyCause}`]),
    ...section(
      'How to fix',
      diagnosis.fixSteps.map((step, index) => `  ${index + 1}. ${step}`),
    ),
    ...section(
      'Documentation',
      diagnosis.docs.map((link) => `  ${link.label}: ${link.url}`),
    ),
    ...(context.includeQuery === true && request.queryText.trim() !== '' ? section('Query', request.queryText.split(/\r?\n/).map((line) => `  ${line}`)) : []),
  ];
  return redactSecrets(lines.join('\n'));
}
