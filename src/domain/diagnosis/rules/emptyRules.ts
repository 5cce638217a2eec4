// Nothing came back. HTTP 200 with no rows means the query ran and its filters matched nothing in the time range;
// HTTP 204 means the workspace holds no data at all, in any table. Different causes, different fixes.
import { findLastFilter } from '../../kql/lastFilter';
import { findTableReferences } from '../../kql/tableReferences';
import { detectTimeFilter } from '../../kql/timeFilter';
import { formatWindow } from '../../timespan/dateTimeDisplay';
import { presetById, TIMESPAN_PRESETS } from '../../timespan/presets';
import { parseUtcDateTime } from '../../timespan/utcDateTime';
import { docs } from '../docs';
import type { Facts } from '../facts';
import { workspaceEvidence } from '../requestEvidence';
import type { DiagnosisContent, DiagnosisRule } from '../rule';
import type { DiagnosisAction, Evidence } from '../types';

/** How long the selected range is, in milliseconds; null for "Set in query" or an unreadable range. */
function rangeLength(facts: Facts): number | null {
  const { timespan } = facts.context;
  if (timespan === null || timespan.kind === 'setInQuery') return null;
  if (timespan.kind === 'preset') return presetById(timespan.presetId).durationMs;
  const start = parseUtcDateTime(timespan.start);
  const end = parseUtcDateTime(timespan.end);
  return start === null || end === null ? null : end.secondMs - start.secondMs;
}

/** The smallest preset longer than the selected range, or null when none is longer (or no range is sent). */
function widerPreset(facts: Facts): (typeof TIMESPAN_PRESETS)[number] | null {
  const length = rangeLength(facts);
  if (length === null) return null;
  return TIMESPAN_PRESETS.find((preset) => preset.durationMs > length) ?? null;
}

function timeRangeEvidence(facts: Facts): Evidence[] {
  const { timespan, window, queryText } = facts.context;
  const evidence: Evidence[] = [];
  const queryFilters = detectTimeFilter(queryText).matches.map((match) => match.text);
  if (timespan === null || timespan.kind === 'setInQuery') {
    evidence.push({ label: 'Time range', value: 'set in query: the console sent no time range', status: 'unknown' });
  } else {
    const label = timespan.kind === 'preset' ? presetById(timespan.presetId).label : 'Custom range';
    evidence.push({ label: 'Time range', value: window === null ? label : `${label}: ${formatWindow(window, 'UTC')}`, status: 'unknown' });
  }
  if (queryFilters.length > 0) {
    const both = timespan !== null && timespan.kind !== 'setInQuery';
    evidence.push({
      label: "Query's own time filter",
      value: `${queryFilters.join(', ')}${both ? '; the service applies it together with the time range, so only their overlap is searched' : ''}`,
      status: both ? 'problem' : 'unknown',
    });
  }
  return evidence;
}

function tableEvidence(facts: Facts): Evidence[] {
  const names = [...new Set(findTableReferences(facts.context.queryText).map((reference) => reference.name))];
  if (names.length === 0) return [];
  const schema = facts.input.schema;
  if (schema === undefined) return [{ label: 'Tables read', value: names.join(', '), status: 'unknown' }];
  const known = new Set(schema.tables.map((table) => table.name));
  // Wildcards (union App*) cannot be checked name by name.
  const missing = names.filter((name) => !name.includes('*') && !known.has(name));
  return [
    missing.length > 0
      ? { label: 'Tables read', value: `${names.join(', ')}; not in this workspace's schema: ${missing.join(', ')}`, status: 'problem' }
      : { label: 'Tables read', value: `${names.join(', ')} (all in the workspace's schema)`, status: 'ok' },
  ];
}

function noRows(facts: Facts): DiagnosisContent {
  const wider = widerPreset(facts);
  const lastFilter = findLastFilter(facts.context.queryText);
  const timeEvidence = timeRangeEvidence(facts);
  const overlapping = timeEvidence.some((entry) => entry.status === 'problem');
  const evidence: Evidence[] = [
    ...timeEvidence,
    ...tableEvidence(facts),
    ...(lastFilter ? [{ label: 'Last filter', value: lastFilter.text, status: 'unknown' as const }] : []),
  ];
  const actions: DiagnosisAction[] = [
    ...(wider ? [{ id: 'widenTimespan' as const, label: `Widen to ${wider.label.replace(/^Last/, 'the last')}`, presetId: wider.id }] : []),
    { id: 'whyEmpty', label: 'Why is it empty?' },
    { id: 'editQuery', label: 'Edit the query' },
  ];
  return {
    title: 'No rows',
    severity: 'info',
    summary: 'The query ran without error, and nothing matched it in the time searched.',
    evidence,
    likelyCause: overlapping
      ? "Both the time range and the query's own time filter apply, so only the time they share is searched; that overlap may hold no data."
      : 'The filters exclude every row in this time range, or the tables received no data in it. New data usually becomes queryable 20 seconds to 3 minutes after it is generated; some tables only receive data every few hours or once a day.',
    fixSteps: [
      wider
        ? `Widen the time range: try ${wider.label.replace(/^Last/, 'the last')}, or let "Why is it empty?" find how far back the data is.`
        : 'Search a longer period: choose a custom range, or change the time filter in the query.',
      lastFilter ? `Find the filter that removes everything: "Why is it empty?" runs the query without its last filter (${lastFilter.text}).` : 'Find the filter that removes everything: "Why is it empty?" checks the query step by step.',
      'Check that the table receives data: run "<Table> | summarize max(TimeGenerated)" for each table the query reads.',
    ],
    actions,
    docs: docs('ingestionTime', 'requestFormat', 'logQueries'),
  };
}

function emptyWorkspace(facts: Facts): DiagnosisContent {
  return {
    title: 'The workspace holds no data',
    severity: 'warning',
    summary: `Log Analytics answered 204 No Content: workspace ${facts.context.workspaceId ?? ''} has no data at all, in any table.`,
    evidence: [workspaceEvidence(facts), { label: 'Answer', value: 'HTTP 204 with no body: the service did not even run the query', status: 'problem' }],
    likelyCause: 'The workspace is new or unused: no agent, diagnostic setting or data connector sends data to it yet, or you picked a different workspace than you meant (for example a test workspace).',
    fixSteps: [
      'Check that this is the workspace you meant (Check connection shows its ID and cloud).',
      'Connect a data source to the workspace (an agent, a diagnostic setting or a data connector) and wait a few minutes for the first data.',
      'Choose a workspace that holds data and run the query again.',
    ],
    actions: [{ id: 'checkConnection', label: 'Check connection' }],
    docs: docs('workspaceOverview', 'monitorAgent'),
  };
}

export const EMPTY_RULES: readonly DiagnosisRule[] = [
  { id: 'no-rows', key: { on: 'outcome', outcome: 'noRows' }, diagnose: noRows },
  { id: 'empty-workspace', key: { on: 'outcome', outcome: 'emptyWorkspace' }, diagnose: emptyWorkspace },
];
