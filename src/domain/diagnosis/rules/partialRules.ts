// HTTP 200 with `error`: the rows shown are only part of the answer (DESIGN §7). Most often the result passed the
// service's limits (500,000 rows or about 100 MB: E_QUERY_RESULT_SET_TOO_LARGE); other engine errors can cut a
// result too (memory, runaway queries), and their message says which.
import type { PartialErrorInfo } from '../../results/model';
import { docs } from '../docs';
import type { Facts } from '../facts';
import type { DiagnosisContent, DiagnosisRule } from '../rule';
import { plainMessage } from '../text';
import type { Evidence } from '../types';

function partialOf(facts: Facts): { info: PartialErrorInfo; rowCount: number | null } | null {
  const { outcome } = facts.input;
  return outcome.kind === 'partial' ? { info: outcome.partialError, rowCount: outcome.rowCount ?? null } : null;
}

function causeText(info: PartialErrorInfo): string {
  return plainMessage(info.innermost?.message ?? info.message);
}

function isResultTooLarge(facts: Facts): boolean {
  const info = partialOf(facts)?.info;
  return info !== undefined && [info.message, ...info.causes.map((cause) => cause.message)].some((text) => text.includes('E_QUERY_RESULT_SET_TOO_LARGE'));
}

function partialEvidence(facts: Facts): Evidence[] {
  const partial = partialOf(facts);
  if (partial === null) return [];
  return [
    ...(partial.rowCount === null ? [] : [{ label: 'Rows received', value: partial.rowCount.toLocaleString('en-US'), status: 'unknown' as const }]),
    { label: 'Cause', value: `${partial.info.innermost?.code ?? partial.info.code}: ${causeText(partial.info)}`, status: 'problem' },
  ];
}

function resultTooLarge(facts: Facts): DiagnosisContent {
  const rows = partialOf(facts)?.rowCount ?? null;
  return {
    title: 'The result was cut at the service limit',
    severity: 'warning',
    summary: `The service stopped at its result limit${rows === null ? '' : ` after ${rows.toLocaleString('en-US')} rows`}: the rows shown are not all the rows that match.`,
    evidence: partialEvidence(facts),
    likelyCause: 'A query result may hold at most 500,000 rows and about 100 MB of data (64 MB compressed); this one is larger, so the service truncated it.',
    fixSteps: [
      'Aggregate instead of listing rows: summarize count() by the columns you compare, or bin(TimeGenerated, 1h).',
      'Keep only the columns you need with project; wide text and dynamic columns fill the size limit first.',
      'Narrow the time range, or filter more before the rows are returned.',
      'If a sample is enough, end the query with take 1000.',
    ],
    actions: [{ id: 'editQuery', label: 'Edit the query' }],
    docs: docs('queryLimits', 'serviceLimits', 'summarize', 'project', 'take'),
  };
}

function partialFailure(facts: Facts): DiagnosisContent {
  const info = partialOf(facts)?.info;
  return {
    title: 'The result is incomplete',
    severity: 'warning',
    summary: `The service returned part of the result and an error: ${info ? causeText(info) : 'no cause was given'}`,
    evidence: partialEvidence(facts),
    likelyCause: 'The query failed part-way on the server (for example memory or CPU limits of the engine), after some rows were already produced.',
    fixSteps: [
      'Read the cause above: it names the limit or the step that failed.',
      'Make the query lighter: filter on TimeGenerated first, narrow the time range, summarize earlier, join smaller tables.',
      'Run the query again.',
    ],
    actions: [{ id: 'editQuery', label: 'Edit the query' }, { id: 'retry', label: 'Run again' }],
    docs: docs('queryLimits', 'queryOptimization'),
  };
}

const partial = { on: 'outcome', outcome: 'partial' } as const;

export const PARTIAL_RULES: readonly DiagnosisRule[] = [
  { id: 'result-too-large', key: partial, when: isResultTooLarge, diagnose: resultTooLarge },
  { id: 'partial-failure', key: partial, diagnose: partialFailure },
];
