import { describe, expect, it } from 'vitest';
import { addToHistory, describeOutcome, parseStoredHistory, searchHistory, storedHistory, withinStorageBudget, type HistoryEntry } from './historyEntry';

function entry(id: string, startedAt: number, fields: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id,
    queryText: `Heartbeat | take ${startedAt}`,
    workspace: { id: 'b5a3e4c2-0000-4000-8000-0000000d3001', name: 'contoso-demo' },
    timespan: { kind: 'preset', presetId: '24h' },
    startedAt,
    durationMs: 120,
    outcome: { kind: 'succeeded', rows: 5, tables: 1, partial: false },
    ...fields,
  };
}

describe('run history', () => {
  it('puts the newest run first and keeps only the most recent ones', () => {
    let entries: HistoryEntry[] = [];
    for (let at = 1; at <= 5; at++) entries = addToHistory(entries, entry(`r${at}`, at), 3);
    expect(entries.map((e) => e.id)).toEqual(['r5', 'r4', 'r3']);
  });

  it('replaces an entry recorded again under the same id, and orders a late-arriving older run by its start', () => {
    const entries = addToHistory([entry('a', 10), entry('b', 5)], entry('c', 7));
    expect(entries.map((e) => e.id)).toEqual(['a', 'c', 'b']);
    expect(addToHistory(entries, entry('b', 5, { durationMs: 9 })).filter((e) => e.id === 'b')).toHaveLength(1);
  });

  it('keeps the newest entries that fit the storage budget', () => {
    const entries = [entry('new', 3), entry('mid', 2, { queryText: 'x'.repeat(500) }), entry('old', 1)];
    const size = (e: HistoryEntry) => JSON.stringify(e).length + 1;
    expect(withinStorageBudget(entries, 10_000)).toEqual(entries);
    expect(withinStorageBudget(entries, size(entries[0]!) + size(entries[1]!)).map((e) => e.id)).toEqual(['new', 'mid']);
    expect(withinStorageBudget(entries, size(entries[0]!) + 10).map((e) => e.id)).toEqual(['new']);
    expect(withinStorageBudget(entries, 10)).toEqual([]);
  });

  it('searches the query text and the workspace name and id, every word, ignoring case', () => {
    const entries = [
      entry('a', 3, { queryText: 'SigninLogs | where ResultType != "0"' }),
      entry('b', 2, { queryText: 'Perf | take 1', workspace: { id: 'f00d', name: 'contoso-large' } }),
      entry('c', 1, { queryText: 'Syslog' }),
    ];
    expect(searchHistory(entries, 'signinlogs').map((e) => e.id)).toEqual(['a']);
    expect(searchHistory(entries, 'LARGE perf').map((e) => e.id)).toEqual(['b']);
    expect(searchHistory(entries, 'f00d').map((e) => e.id)).toEqual(['b']);
    expect(searchHistory(entries, 'perf syslog')).toEqual([]);
    expect(searchHistory(entries, '   ')).toBe(entries);
  });

  it('describes each outcome in words', () => {
    expect(describeOutcome({ kind: 'succeeded', rows: 1234, tables: 1, partial: false })).toBe('1,234 rows');
    expect(describeOutcome({ kind: 'succeeded', rows: 1, tables: 2, partial: true })).toBe('1 row in 2 tables (incomplete)');
    expect(describeOutcome({ kind: 'failed', title: 'The query has a syntax error', code: 'SYN0002' })).toBe('Failed: The query has a syntax error (SYN0002)');
    expect(describeOutcome({ kind: 'cancelled' })).toBe('Cancelled');
    expect(describeOutcome({ kind: 'empty-workspace' })).toBe('Empty workspace (HTTP 204)');
  });

  it('reads back what it stores', () => {
    const entries = [entry('a', 2), entry('b', 1, { outcome: { kind: 'failed', title: 'T', code: 'C' }, timespan: { kind: 'setInQuery' } })];
    expect(parseStoredHistory(JSON.parse(JSON.stringify(storedHistory(entries))))).toEqual(entries);
  });

  it('drops what it did not write, entry by entry, and never throws on garbage', () => {
    for (const garbage of [null, 'x', 42, [], {}, { version: 2, entries: [] }, { version: 1, entries: 'no' }]) {
      expect(parseStoredHistory(garbage)).toEqual([]);
    }
    const good = entry('ok', 5);
    const stored = {
      version: 1,
      entries: [
        good,
        { ...good, id: 'ok' },
        { ...good, id: '' },
        { ...good, id: 'no-text', queryText: 7 },
        { ...good, id: 'no-workspace', workspace: { name: 'x' } },
        { ...good, id: 'bad-timespan', timespan: { kind: 'preset', presetId: '9y' } },
        { ...good, id: 'bad-outcome', outcome: { kind: 'succeeded', rows: -1, tables: 1, partial: false } },
        { ...good, id: 'unknown-outcome', outcome: { kind: 'exploded' } },
        { ...good, id: 'nan-start', startedAt: Number.NaN },
        'string',
        null,
      ],
    };
    expect(parseStoredHistory(stored)).toEqual([good]);
  });

  it('keeps only known fields of a stored entry', () => {
    const stored = { version: 1, entries: [{ ...entry('a', 1), token: 'eyJ...', workspace: { id: 'w', name: 'n', secret: 1 } }] };
    const [read] = parseStoredHistory(stored);
    expect(read).not.toHaveProperty('token');
    expect(read?.workspace).toEqual({ id: 'w', name: 'n' });
  });
});
