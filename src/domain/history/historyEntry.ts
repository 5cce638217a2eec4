// The run history: every run the analyst started, newest first and capped. An entry keeps what is needed to find the
// run again and run it again (text, workspace, timespan) and how it ended in counts and words; never rows or tokens.
import { validTimespan } from '../timespan/selectionText';
import type { TimespanSelection } from '../timespan/selection';

export const HISTORY_LIMIT = 500;
/**
 * About a fifth of a browser's usual localStorage quota (5 MB): history is a convenience and must never crowd out
 * the query tabs, whose saving is what keeps the analyst's work.
 */
export const HISTORY_MAX_STORED_CHARS = 1_000_000;

export interface HistoryWorkspace {
  id: string;
  name?: string;
}

export type HistoryOutcome =
  | { kind: 'succeeded'; rows: number; tables: number; partial: boolean }
  /** `title` is the diagnosis title the panel showed; `code` the service's (or the console's) error code. */
  | { kind: 'failed'; title: string; code: string }
  | { kind: 'cancelled' }
  | { kind: 'empty-workspace' };

export interface HistoryEntry {
  id: string;
  queryText: string;
  workspace: HistoryWorkspace;
  timespan: TimespanSelection;
  /** Epoch milliseconds. */
  startedAt: number;
  durationMs: number;
  outcome: HistoryOutcome;
}

/** Newest first: a run recorded by another browser tab may have started earlier than ours. */
function newestFirst(entries: readonly HistoryEntry[], limit: number): HistoryEntry[] {
  return [...entries].sort((a, b) => b.startedAt - a.startedAt).slice(0, limit);
}

export function addToHistory(entries: readonly HistoryEntry[], entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryEntry[] {
  return newestFirst([entry, ...entries.filter((existing) => existing.id !== entry.id)], limit);
}

/** The newest entries whose stored form fits in `maxChars`; a single entry too big on its own is not kept. */
export function withinStorageBudget(entries: readonly HistoryEntry[], maxChars = HISTORY_MAX_STORED_CHARS): HistoryEntry[] {
  const kept: HistoryEntry[] = [];
  let used = 0;
  for (const entry of entries) {
    used += JSON.stringify(entry).length + 1;
    if (used > maxChars) break;
    kept.push(entry);
  }
  return kept;
}

/** Entries whose query text or workspace contains every word of `search`, ignoring case. */
export function searchHistory(entries: readonly HistoryEntry[], search: string): readonly HistoryEntry[] {
  const words = search.toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const haystack = `${entry.queryText}\n${entry.workspace.name ?? ''}\n${entry.workspace.id}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

export function describeOutcome(outcome: HistoryOutcome): string {
  switch (outcome.kind) {
    case 'succeeded': {
      const rows = `${outcome.rows.toLocaleString('en-US')} ${outcome.rows === 1 ? 'row' : 'rows'}`;
      const tables = outcome.tables > 1 ? ` in ${outcome.tables} tables` : '';
      return `${rows}${tables}${outcome.partial ? ' (incomplete)' : ''}`;
    }
    case 'failed':
      return `Failed: ${outcome.title} (${outcome.code})`;
    case 'cancelled':
      return 'Cancelled';
    case 'empty-workspace':
      return 'Empty workspace (HTTP 204)';
  }
}

const STORED_VERSION = 1;

export function storedHistory(entries: readonly HistoryEntry[]): { version: number; entries: readonly HistoryEntry[] } {
  return { version: STORED_VERSION, entries };
}

/**
 * The history as read back from storage: untrusted, so entries that are not exactly what this module writes are
 * dropped one by one rather than failing the lot. Garbage gives an empty history, never an exception.
 */
export function parseStoredHistory(value: unknown, limit = HISTORY_LIMIT): HistoryEntry[] {
  if (!isRecord(value) || value.version !== STORED_VERSION || !Array.isArray(value.entries)) return [];
  const seen = new Set<string>();
  const entries: HistoryEntry[] = [];
  for (const candidate of value.entries) {
    const entry = parseEntry(candidate);
    if (entry && !seen.has(entry.id)) {
      seen.add(entry.id);
      entries.push(entry);
    }
  }
  return newestFirst(entries, limit);
}

function parseEntry(value: unknown): HistoryEntry | null {
  if (!isRecord(value)) return null;
  const { id, queryText, startedAt, durationMs } = value;
  const workspace = parseWorkspace(value.workspace);
  const timespan = validTimespan(value.timespan);
  const outcome = parseOutcome(value.outcome);
  if (typeof id !== 'string' || id === '' || typeof queryText !== 'string' || !workspace || !timespan || !outcome) return null;
  if (!isCount(startedAt) || !isCount(durationMs)) return null;
  return { id, queryText, workspace, timespan, startedAt, durationMs, outcome };
}

export function parseWorkspace(value: unknown): HistoryWorkspace | null {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id.trim() === '') return null;
  return typeof value.name === 'string' && value.name !== '' ? { id: value.id, name: value.name } : { id: value.id };
}

function parseOutcome(value: unknown): HistoryOutcome | null {
  if (!isRecord(value)) return null;
  switch (value.kind) {
    case 'succeeded':
      return isCount(value.rows) && isCount(value.tables) && typeof value.partial === 'boolean'
        ? { kind: 'succeeded', rows: value.rows, tables: value.tables, partial: value.partial }
        : null;
    case 'failed':
      return typeof value.title === 'string' && typeof value.code === 'string' ? { kind: 'failed', title: value.title, code: value.code } : null;
    case 'cancelled':
    case 'empty-workspace':
      return { kind: value.kind };
    default:
      return null;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
