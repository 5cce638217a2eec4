import { describe, expect, it } from 'vitest';
import { describeImport, exportSavedQueries, mergeImport, parseImportFile, parseStoredSavedQueries, storedSavedQueries } from './importExport';
import type { SavedQuery } from './savedQuery';

const saved: SavedQuery[] = [
  {
    id: 'a',
    name: 'Failed sign-ins',
    queryText: 'SigninLogs\n| where ResultType != "0"',
    description: 'Spray hunting',
    timespan: { kind: 'preset', presetId: '7d' },
    workspace: { id: 'b5a3e4c2-0000-4000-8000-0000000d3001', name: 'contoso-demo' },
    savedAt: Date.UTC(2026, 0, 2),
  },
  { id: 'b', name: 'Heartbeats', queryText: 'Heartbeat | take 5', savedAt: Date.UTC(2026, 0, 3) },
];

function ids() {
  let next = 0;
  return () => `new-${++next}`;
}

describe('saved queries files', () => {
  it('exports without ids and reads the export back to the same queries', () => {
    const text = exportSavedQueries(saved, Date.UTC(2026, 0, 4));
    const file = JSON.parse(text) as { format: string; version: number; queries: Record<string, unknown>[] };
    expect(file.format).toBe('kql-console/saved-queries');
    expect(file.queries[0]).not.toHaveProperty('id');
    expect(file.queries[0]?.savedAt).toBe('2026-01-02T00:00:00.000Z');
    const parsed = parseImportFile(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.drafts).toEqual(saved.map(({ id: _id, ...draft }) => draft));
  });

  it('accepts a bare array of entries', () => {
    expect(parseImportFile('[{"name":"x","queryText":"Perf"}]').drafts).toEqual([{ name: 'x', queryText: 'Perf' }]);
  });

  it('says what is wrong with the file as a whole', () => {
    expect(parseImportFile('{nope').problems[0]).toMatch(/^The file is not JSON \(/);
    expect(parseImportFile('{"format":"grafana-dashboard","queries":[]}').problems).toEqual([
      'The file is not a saved-queries export (its format is “grafana-dashboard”).',
    ]);
    expect(parseImportFile('{"format":"kql-console/saved-queries","version":7,"queries":[]}').problems).toEqual([
      'The file was written by a newer version of KQL Console (format version 7).',
    ]);
    expect(parseImportFile('{"items":[]}').problems).toEqual(['The file has no list of queries (expected a "queries" array).']);
    expect(parseImportFile('"text"').problems).toEqual(['The file has no list of queries (expected a "queries" array).']);
  });

  it('reports each bad entry by number, skipping it when a required field is bad and dropping a bad optional field', () => {
    const file = JSON.stringify({
      queries: [
        { name: 'good', queryText: 'Perf' },
        'just text',
        { queryText: 'Perf' },
        { name: 'no text', queryText: '  ' },
        { name: 'n'.repeat(121), queryText: 'Perf' },
        { name: 'odd timespan', queryText: 'Syslog', timespan: { kind: 'preset', presetId: '1y' }, workspace: { id: 42 } },
      ],
    });
    const { drafts, problems } = parseImportFile(file);
    expect(drafts).toEqual([
      { name: 'good', queryText: 'Perf' },
      { name: 'odd timespan', queryText: 'Syslog' },
    ]);
    expect(problems).toEqual([
      'Entry 2 is not an object; skipped.',
      'Entry 3 has no name; skipped.',
      'Entry 4 (“no text”) has no query text; skipped.',
      `Entry 5 (“${'n'.repeat(60)}”): the name is longer than 120 characters; skipped.`,
      'Entry 6 (“odd timespan”): its timespan is not valid and was left out.',
      'Entry 6 (“odd timespan”): its workspace is not valid and was left out.',
    ]);
  });

  it('merges by name: the same query is skipped, a different query under a taken name is renamed', () => {
    const result = mergeImport(
      saved,
      [
        { name: 'failed sign-ins', queryText: 'SigninLogs\n| where ResultType != "0"\n' },
        { name: 'Heartbeats', queryText: 'Heartbeat | take 50' },
        { name: 'Heartbeats', queryText: 'Heartbeat | count' },
        { name: 'New one', queryText: 'Perf', savedAt: 7 },
      ],
      ids(),
      100,
    );
    expect(result.alreadySaved).toEqual(['Failed sign-ins']);
    expect(result.renamed).toEqual([
      { from: 'Heartbeats', to: 'Heartbeats (2)' },
      { from: 'Heartbeats', to: 'Heartbeats (3)' },
    ]);
    expect(result.queries.slice(2)).toEqual([
      { id: 'new-1', name: 'Heartbeats (2)', queryText: 'Heartbeat | take 50', savedAt: 100 },
      { id: 'new-2', name: 'Heartbeats (3)', queryText: 'Heartbeat | count', savedAt: 100 },
      { id: 'new-3', name: 'New one', queryText: 'Perf', savedAt: 7 },
    ]);
    expect(describeImport(result)).toBe(
      'Imported 3 queries. Already saved, skipped: “Failed sign-ins”. Name already taken, imported as: “Heartbeats” → “Heartbeats (2)”, “Heartbeats” → “Heartbeats (3)”.',
    );
  });

  it('stores and restores the list, dropping invalid entries and repeated ids or names', () => {
    expect(parseStoredSavedQueries(JSON.parse(JSON.stringify(storedSavedQueries(saved))))).toEqual(saved);
    const stored = { version: 1, queries: [...saved, { ...saved[1], id: 'c' }, { ...saved[1], name: 'Other' }, { name: 'no id', queryText: 'x' }, 5] };
    expect(parseStoredSavedQueries(stored)).toEqual(saved);
    for (const garbage of [null, [], 'x', { version: 1 }, { version: 3, queries: [] }]) expect(parseStoredSavedQueries(garbage)).toEqual([]);
  });
});
