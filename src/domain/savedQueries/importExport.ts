// Saved queries as a JSON file, out and back in, and as the console keeps them in browser storage. Files and storage
// are untrusted: each entry is checked on its own, so one bad entry is reported by number and the rest still load.
import { parseWorkspace } from '../history/historyEntry';
import { validTimespan } from '../timespan/selectionText';
import { DESCRIPTION_MAX_LENGTH, findByName, freeName, NAME_MAX_LENGTH, type SavedQuery } from './savedQuery';

export const EXPORT_FORMAT = 'kql-console/saved-queries';
const FORMAT_VERSION = 1;
/** More than anyone keeps by hand; a bigger file is more likely a mistake than a library. */
export const IMPORT_MAX_ENTRIES = 5_000;

/** A saved query as it comes out of a file, before it gets an id and a place in the list. */
export type SavedQueryDraft = Omit<SavedQuery, 'id' | 'savedAt'> & { savedAt?: number };

export function exportSavedQueries(queries: readonly SavedQuery[], exportedAt: number): string {
  const entries = queries.map(({ id: _id, savedAt, ...fields }) => ({ ...fields, savedAt: new Date(savedAt).toISOString() }));
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: FORMAT_VERSION, exportedAt: new Date(exportedAt).toISOString(), queries: entries }, null, 2)}\n`;
}

export interface ImportParse {
  drafts: SavedQueryDraft[];
  /** One sentence each, naming the entry (1-based) it is about; entries with a problem in a required field are left out. */
  problems: string[];
}

/** Reads an exported file: the object `exportSavedQueries` writes, or a bare array of its entries. */
export function parseImportFile(text: string): ImportParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { drafts: [], problems: [`The file is not JSON (${error instanceof Error ? error.message : String(error)}).`] };
  }
  const list = Array.isArray(value) ? value : isRecord(value) ? value.queries : undefined;
  if (isRecord(value)) {
    if (value.format !== undefined && value.format !== EXPORT_FORMAT) return failed(`The file is not a saved-queries export (its format is “${String(value.format)}”).`);
    if (typeof value.version === 'number' && value.version > FORMAT_VERSION) return failed(`The file was written by a newer version of KQL Console (format version ${value.version}).`);
  }
  if (!Array.isArray(list)) return failed('The file has no list of queries (expected a "queries" array).');
  if (list.length > IMPORT_MAX_ENTRIES) return failed(`The file has ${list.length} entries; at most ${IMPORT_MAX_ENTRIES} can be imported at once.`);

  const drafts: SavedQueryDraft[] = [];
  const problems: string[] = [];
  list.forEach((entry, index) => {
    const parsed = parseDraft(entry, `Entry ${index + 1}`);
    problems.push(...parsed.problems);
    if (parsed.draft) drafts.push(parsed.draft);
  });
  return { drafts, problems };
}

function failed(problem: string): ImportParse {
  return { drafts: [], problems: [problem] };
}

/** Required fields decide whether the entry is kept; a bad optional field is dropped with a note. */
function parseDraft(value: unknown, label: string): { draft: SavedQueryDraft | null; problems: string[] } {
  if (!isRecord(value)) return { draft: null, problems: [`${label} is not an object; skipped.`] };
  const name = typeof value.name === 'string' ? value.name.trim() : '';
  const named = name === '' ? label : `${label} (“${name.slice(0, 60)}”)`;
  if (name === '') return { draft: null, problems: [`${label} has no name; skipped.`] };
  if (name.length > NAME_MAX_LENGTH) return { draft: null, problems: [`${named}: the name is longer than ${NAME_MAX_LENGTH} characters; skipped.`] };
  if (typeof value.queryText !== 'string' || value.queryText.trim() === '') return { draft: null, problems: [`${named} has no query text; skipped.`] };

  const draft: SavedQueryDraft = { name, queryText: value.queryText };
  const problems: string[] = [];
  const optional = <T>(field: string, parse: (raw: unknown) => T | null, assign: (parsed: T) => void) => {
    if (value[field] === undefined || value[field] === null) return;
    const parsed = parse(value[field]);
    if (parsed === null) problems.push(`${named}: its ${field} is not valid and was left out.`);
    else assign(parsed);
  };
  optional('description', parseDescription, (description) => (draft.description = description));
  optional('timespan', validTimespan, (timespan) => (draft.timespan = timespan));
  optional('workspace', parseWorkspace, (workspace) => (draft.workspace = workspace));
  optional('savedAt', parseInstant, (savedAt) => (draft.savedAt = savedAt));
  return { draft, problems };
}

function parseDescription(value: unknown): string | null {
  return typeof value === 'string' && value.length <= DESCRIPTION_MAX_LENGTH ? value : null;
}

function parseInstant(value: unknown): number | null {
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

export interface ImportResult {
  queries: SavedQuery[];
  added: string[];
  /** Same name and same text as a query already saved. */
  alreadySaved: string[];
  /** Same name, different text: imported under a free name. */
  renamed: { from: string; to: string }[];
}

/** Adds imported drafts to the saved queries; duplicates are matched by name (see savedQuery.ts). */
export function mergeImport(existing: readonly SavedQuery[], drafts: readonly SavedQueryDraft[], newId: () => string, now: number): ImportResult {
  const result: ImportResult = { queries: [...existing], added: [], alreadySaved: [], renamed: [] };
  for (const draft of drafts) {
    const clash = findByName(result.queries, draft.name);
    if (clash && clash.queryText.trim() === draft.queryText.trim()) {
      result.alreadySaved.push(clash.name);
      continue;
    }
    const name = clash ? freeName(result.queries, draft.name) : draft.name;
    if (clash) result.renamed.push({ from: draft.name, to: name });
    result.added.push(name);
    result.queries.push({ ...draft, id: newId(), name, savedAt: draft.savedAt ?? now });
  }
  return result;
}

/** What an import did, in one or two sentences for a status line. */
export function describeImport({ added, alreadySaved, renamed }: ImportResult): string {
  const parts = [`Imported ${added.length} ${added.length === 1 ? 'query' : 'queries'}.`];
  if (alreadySaved.length > 0) parts.push(`Already saved, skipped: ${alreadySaved.map(quote).join(', ')}.`);
  if (renamed.length > 0) parts.push(`Name already taken, imported as: ${renamed.map(({ from, to }) => `${quote(from)} → ${quote(to)}`).join(', ')}.`);
  return parts.join(' ');
}

function quote(name: string): string {
  return `“${name}”`;
}

const STORED_VERSION = 1;

export function storedSavedQueries(queries: readonly SavedQuery[]): { version: number; queries: readonly SavedQuery[] } {
  return { version: STORED_VERSION, queries };
}

/** The saved queries as read back from storage; invalid entries and repeated ids or names are dropped. */
export function parseStoredSavedQueries(value: unknown): SavedQuery[] {
  if (!isRecord(value) || value.version !== STORED_VERSION || !Array.isArray(value.queries)) return [];
  const queries: SavedQuery[] = [];
  for (const entry of value.queries) {
    const { draft } = parseDraft(entry, 'Stored entry');
    if (!draft || !isRecord(entry) || typeof entry.id !== 'string' || entry.id === '') continue;
    if (queries.some((query) => query.id === entry.id) || findByName(queries, draft.name)) continue;
    queries.push({ ...draft, id: entry.id, savedAt: draft.savedAt ?? 0 });
  }
  return queries;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
