// Named saved queries: the list operations and the rules for names. Names are unique regardless of case and of the
// spaces around them, so "Failed sign-ins" and " failed sign-ins " are the same query to the analyst.
import type { HistoryWorkspace } from '../history/historyEntry';
import type { TimespanSelection } from '../timespan/selection';

export const NAME_MAX_LENGTH = 120;
export const DESCRIPTION_MAX_LENGTH = 2_000;

export interface SavedQuery {
  id: string;
  name: string;
  queryText: string;
  description?: string;
  timespan?: TimespanSelection;
  workspace?: HistoryWorkspace;
  /** Epoch milliseconds of the last save or rename. */
  savedAt: number;
}

export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

export function findByName(queries: readonly SavedQuery[], name: string): SavedQuery | undefined {
  const key = nameKey(name);
  return queries.find((query) => nameKey(query.name) === key);
}

/** Why `name` cannot be used (for the query `exceptId`, when renaming it), or null when it can. */
export function nameProblem(name: string, queries: readonly SavedQuery[], exceptId?: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the query a name.';
  if (trimmed.length > NAME_MAX_LENGTH) return `A name can have at most ${NAME_MAX_LENGTH} characters.`;
  const existing = findByName(queries, trimmed);
  return existing && existing.id !== exceptId ? `A saved query named “${existing.name}” already exists.` : null;
}

/** Adds the query, or replaces the one with its id. */
export function putSavedQuery(queries: readonly SavedQuery[], query: SavedQuery): SavedQuery[] {
  const index = queries.findIndex((existing) => existing.id === query.id);
  return index === -1 ? [...queries, query] : queries.map((existing, at) => (at === index ? query : existing));
}

export function renameSavedQuery(queries: readonly SavedQuery[], id: string, name: string, now: number): SavedQuery[] {
  return queries.map((query) => (query.id === id ? { ...query, name: name.trim(), savedAt: now } : query));
}

export function deleteSavedQuery(queries: readonly SavedQuery[], id: string): SavedQuery[] {
  return queries.filter((query) => query.id !== id);
}

/** Alphabetical, as the list shows them. */
export function byName(queries: readonly SavedQuery[]): SavedQuery[] {
  return [...queries].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }));
}

/** "Name (2)", "Name (3)"…: the first variant of `name` no saved query uses. */
export function freeName(queries: readonly SavedQuery[], name: string): string {
  const base = name.trim();
  if (!findByName(queries, base)) return base;
  for (let suffix = 2; ; suffix++) {
    const tail = ` (${suffix})`;
    const candidate = `${base.slice(0, NAME_MAX_LENGTH - tail.length).trimEnd()}${tail}`;
    if (!findByName(queries, candidate)) return candidate;
  }
}
