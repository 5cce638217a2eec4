// Reads the answers to the "Why is it empty?" checks (plan.ts) into evidence, one conclusion and, when the matching
// data lies outside the searched window, the smallest preset that reaches it. A check that could not run says why
// and counts as unknown: the conclusion rests only on the checks that answered, most specific first.
import type { TimeWindow } from '../../timespan/utcDateTime';
import { count, joinWords, utcText } from '../text';
import type { DiagnosisAction, Evidence } from '../types';
import type { CheckAnswer } from './answers';
import { arrivalOf, outsideWindow, placementText, presetReaching, type Arrival } from './arrival';
import { filterEvidence, matchingEvidence, tableEvidence } from './evidence';
import { WIDE_WINDOW, type WhyEmptyCheck, type WhyEmptyPlan } from './plan';

export type WidenAction = Extract<DiagnosisAction, { id: 'widenTimespan' }>;

export interface WhyEmptyContext {
  /** The window the run searched; null when the query set its own time range. */
  window: TimeWindow | null;
  /** Epoch milliseconds when the checks answered: a preset proposed now reaches back from about then. */
  now: number;
}

export interface WhyEmptyFindings {
  evidence: Evidence[];
  conclusion: string;
  widen: WidenAction | null;
}

/** `answers[i]` answers `plan.checks[i]`. */
export function interpretWhyEmpty(plan: WhyEmptyPlan, answers: readonly CheckAnswer[], context: WhyEmptyContext): WhyEmptyFindings {
  const answerOf = (check: WhyEmptyCheck): CheckAnswer => answers[plan.checks.indexOf(check)] ?? { kind: 'failed', reason: 'not run' };
  const counted = (answer: CheckAnswer): Arrival | null => (answer.kind === 'counted' ? arrivalOf(answer, context.window) : null);
  const tableChecks = plan.checks.filter((check) => check.kind === 'tableData');
  const matchingCheck = plan.checks.find((check) => check.kind === 'matchingRows');
  const filterCheck = plan.checks.find((check) => check.kind === 'withoutLastFilter');
  const withoutFilter = filterCheck ? answerOf(filterCheck) : null;

  const evidence: Evidence[] = [
    ...plan.tables.map((table) => {
      const check = tableChecks.find((candidate) => candidate.table === table.name);
      return tableEvidence(table.name, table.presence, check ? answerOf(check) : null, context.window);
    }),
    ...(plan.uncheckedTables.length > 0
      ? [{ label: 'Tables not checked', value: `${plan.uncheckedTables.join(', ')} (only the first few tables are checked)`, status: 'unknown' as const }]
      : []),
    ...(matchingCheck ? [matchingEvidence(answerOf(matchingCheck), context.window)] : []),
    filterEvidence(plan.lastFilter, withoutFilter),
  ];
  const conclude = (conclusion: string): WhyEmptyFindings => ({ evidence, conclusion, widen: null });
  const widenTo = (finding: string, last: NonNullable<Arrival['last']>): WhyEmptyFindings => {
    const preset = presetReaching(last.epochMs, context.now);
    if (preset === null) return conclude(`${finding} No preset reaches back that far: choose a custom range that starts before ${utcText(last.epochMs)}.`);
    const label = `Widen to ${preset.label.replace(/^Last/, 'the last')}`;
    return { evidence, conclusion: `${finding} ${label} to see them.`, widen: { id: 'widenTimespan', label, presetId: preset.id } };
  };

  const missing = plan.tables
    .filter((table) => table.presence === 'notInSchema' || tableChecks.some((check) => check.table === table.name && unresolved(answerOf(check)) === table.name))
    .map((table) => table.name);
  if (missing.length > 0) {
    return conclude(`${joinWords(missing)} ${missing.length === 1 ? 'is' : 'are'} not a table of this workspace: check the spelling (names are case-sensitive) and that this is the workspace you meant.`);
  }
  const matching = matchingCheck ? counted(answerOf(matchingCheck)) : null;
  const matchingOutside = outsideWindow(matching);
  if (matchingOutside) return widenTo(`Rows matching the query last arrived ${matchingOutside.text}, ${placementText(matchingOutside.placement)}.`, matchingOutside);
  if (matching?.last?.placement.kind === 'inside') {
    return conclude(`Rows matching the query arrived after the run (the latest at ${matching.last.text}): run the query again.`);
  }
  const tables = tableChecks.map((check) => ({ table: check.table, arrival: counted(answerOf(check)) }));
  const silent = tables.find(({ arrival }) => arrival?.rows === 0);
  if (silent) {
    return conclude(`${silent.table} received no data in ${WIDE_WINDOW.label}: check that its data source (an agent, a diagnostic setting or a data connector) still sends to this workspace.`);
  }
  const filterRows = withoutFilter?.kind === 'counted' ? withoutFilter.rows : null;
  if (filterRows !== null && filterRows > 0 && plan.lastFilter !== null) {
    return conclude(`The last filter removes every row: without ${plan.lastFilter} the query returns ${count(filterRows, 'row')}. Check the values it compares (spelling, case and type).`);
  }
  const stale = tables.map(({ table, arrival }) => ({ table, last: outsideWindow(arrival) })).find(({ last }) => last !== null);
  if (stale?.last) return widenTo(`${stale.table} last received data ${stale.last.text}, ${placementText(stale.last.placement)}.`, stale.last);
  if (matching?.rows === 0) {
    const notEvenWithout = filterRows === 0 ? ', not even without its last filter' : '';
    const tablesHaveData = tables.length > 0 && tables.every(({ arrival }) => (arrival?.rows ?? 0) > 0);
    return conclude(
      `Nothing has matched the query in ${WIDE_WINDOW.label}${notEvenWithout}${tablesHaveData ? ', although its tables receive data' : ''}: a filter, join or summarize removes every row. Take the query's steps away one at a time, from the end, to find which.`,
    );
  }
  return conclude('The checks could not find the cause; each one above says what it could not tell.');
}

function unresolved(answer: CheckAnswer): string | null {
  return answer.kind === 'failed' ? (answer.unresolved ?? null) : null;
}
