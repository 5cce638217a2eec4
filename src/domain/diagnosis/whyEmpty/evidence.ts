// One evidence item per "Why is it empty?" check: the tables the query reads, the query over the wide window and the
// query without its last filter. `problem` marks what explains the empty result, `ok` what rules a cause out.
import type { TimeWindow } from '../../timespan/utcDateTime';
import { count } from '../text';
import type { Evidence } from '../types';
import type { CheckAnswer } from './answers';
import { arrivalOf, arrivalStatus, arrivalText } from './arrival';
import { WIDE_WINDOW, type TablePresence } from './plan';

export function tableEvidence(name: string, presence: TablePresence, answer: CheckAnswer | null, window: TimeWindow | null): Evidence {
  const label = `Table ${name}`;
  if (presence === 'notInSchema') return { label, value: "not in this workspace's schema", status: 'problem' };
  if (presence === 'function') return { label: `Function ${name}`, value: 'a saved function of this workspace: checked through the query itself, below', status: 'unknown' };
  const schemaNote = presence === 'inSchema' ? 'in the schema; ' : '';
  if (answer === null) return { label, value: `${schemaNote}its data is not checked`, status: presence === 'inSchema' ? 'ok' : 'unknown' };
  if (answer.kind === 'failed') {
    return answer.unresolved === name
      ? { label, value: 'does not exist in this workspace: the service cannot resolve the name', status: 'problem' }
      : { label, value: `${schemaNote}could not check its data: ${answer.reason}`, status: 'unknown' };
  }
  const arrival = arrivalOf(answer, window);
  if (arrival.rows === 0) return { label, value: `${schemaNote}no rows in ${WIDE_WINDOW.label}: the table receives no data`, status: 'problem' };
  return { label, value: `${schemaNote}${arrivalText(arrival, 'data last arrived')}`, status: arrivalStatus(arrival) };
}

export function matchingEvidence(answer: CheckAnswer, window: TimeWindow | null): Evidence {
  const label = `The query over ${WIDE_WINDOW.label}`;
  if (answer.kind === 'failed') {
    const reason = answer.unresolved === 'TimeGenerated' ? "the query's result has no TimeGenerated column" : answer.reason;
    return { label, value: `could not check: ${reason}`, status: 'unknown' };
  }
  const arrival = arrivalOf(answer, window);
  if (arrival.rows === 0) return { label, value: `no row matches it in ${WIDE_WINDOW.label}`, status: 'problem' };
  return { label, value: arrivalText(arrival, 'the latest arrived'), status: arrivalStatus(arrival) };
}

export function filterEvidence(lastFilter: string | null, answer: CheckAnswer | null): Evidence {
  const label = 'Without the last filter';
  if (lastFilter === null) return { label, value: 'the query has no top-level filter (| where) to leave out', status: 'unknown' };
  if (answer === null) return { label, value: `not checked: the query without ${lastFilter} is incomplete`, status: 'unknown' };
  if (answer.kind === 'failed') return { label, value: `could not check: ${answer.reason}`, status: 'unknown' };
  return answer.rows > 0
    ? { label, value: `${count(answer.rows, 'row')} in the same time range without ${lastFilter}: that filter removes them all`, status: 'problem' }
    : { label, value: `0 rows without ${lastFilter} too: that filter alone is not the cause`, status: 'ok' };
}
