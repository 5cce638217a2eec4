// The answer to one "Why is it empty?" check, read from the service's JSON or from the failure the API client
// reported. A failed check gets a short reason of its own, in words: never a status code alone, never a JSON body.
import type { QueryFailure } from '../../queryFailure';
import { cellValue } from '../../results/cells';
import { decodeResponse } from '../../results/decodeResponse';
import type { ResultColumn } from '../../results/model';
import { plainMessage } from '../text';

export type CheckAnswer =
  /** `lastArrived`: the service's datetime text, or null when the check asked for none or no row had one. */
  | { kind: 'counted'; rows: number; lastArrived: string | null }
  /** `unresolved`: the name the service could not resolve (SEM0100), e.g. a table that does not exist. */
  | { kind: 'failed'; reason: string; unresolved?: string };

/** HTTP 204: the workspace holds no data at all, so nothing was counted. */
export const NOTHING_COUNTED: CheckAnswer = { kind: 'counted', rows: 0, lastArrived: null };

/** Reads a check's 200 answer: `Rows` (or `Count`, from `| count`) and `LastArrived` in the first table. */
export function answerFromBody(text: string): CheckAnswer {
  const decoded = decodeResponse(text);
  if (!decoded.ok) return { kind: 'failed', reason: 'the answer could not be read' };
  const { tables, partialError } = decoded.result;
  if (partialError) return { kind: 'failed', reason: `the service returned an incomplete answer (${partialError.innermost?.code ?? partialError.code})` };
  const table = tables[0];
  const rows = table?.columns.find((column) => column.name === 'Rows' || column.name === 'Count');
  if (table === undefined || rows === undefined) return { kind: 'failed', reason: 'the answer had no count in it' };
  if (table.rowCount === 0) return NOTHING_COUNTED;
  const lastArrived = table.columns.find((column) => column.name === 'LastArrived');
  return { kind: 'counted', rows: numberIn(rows), lastArrived: lastArrived === undefined ? null : textIn(lastArrived) };
}

export function answerFromFailure(failure: QueryFailure): CheckAnswer {
  const detail = failure.innermostMessage ?? failure.message;
  const unresolved = failure.innermostCode === 'SEM0100' ? /named '([^']+)'/.exec(detail)?.[1] : undefined;
  if (unresolved !== undefined) return { kind: 'failed', reason: `the service cannot resolve the name ${unresolved}`, unresolved };
  return { kind: 'failed', reason: reasonOf(failure, detail) };
}

function reasonOf(failure: QueryFailure, detail: string): string {
  switch (failure.kind) {
    case 'auth':
      return 'no access token could be obtained; sign in again';
    case 'network':
      return 'no answer from the service (network error)';
    case 'timeout':
      return 'no answer in time';
    case 'blocked-host':
      return "the console does not send tokens to this endpoint's host";
    case 'malformed-response':
      return 'the answer could not be read';
    default:
      break;
  }
  if (failure.status === 429) return `the service is throttling queries${failure.retryAfterSeconds === undefined ? '' : `; try again in ${failure.retryAfterSeconds} s`}`;
  if (failure.status === 401 || failure.status === 403) return `access refused (${failure.code})`;
  return `${failure.innermostCode ?? failure.code}: ${shortened(plainMessage(detail))}`;
}

const MAX_REASON = 160;

function shortened(text: string): string {
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text;
}

function numberIn(column: ResultColumn): number {
  const value = cellValue(column, 0);
  return typeof value === 'number' || typeof value === 'bigint' ? Number(value) : 0;
}

function textIn(column: ResultColumn): string | null {
  const value = cellValue(column, 0);
  return typeof value === 'string' && value !== '' ? value : null;
}
