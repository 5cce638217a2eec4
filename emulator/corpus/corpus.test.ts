// Runs every corpus query against the demo workspace as the server builds it (fixed now, default seed): at least
// 90% must return results with the expected columns, and every other one must be refused with the 400 EMU0001
// "not supported" error the server sends, never with another error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspaceDatabase } from '../data/index.ts';
import type { Database, QueryOutcome } from '../engine/api.ts';
import { executeQuery, warmUp } from '../engine/index.ts';
import { ticksFromIso } from '../engine/values.ts';
import { queryError } from '../server/loganalytics/errors.ts';
import { CORPUS } from './queries.ts';
import type { CorpusQuery } from './queries.ts';

const NOW = ticksFromIso('2024-05-14T12:00:00Z')!;
const REQUIRED_SHARE = 0.9;

let database: Database;
const passed: string[] = [];
const refused: string[] = [];

beforeAll(async () => {
  database = buildWorkspaceDatabase('demo', { now: NOW });
  await warmUp();
}, 120_000);

afterAll(() => {
  const share = passed.length / CORPUS.length;
  console.log(`Corpus: ${passed.length}/${CORPUS.length} queries return results (${(share * 100).toFixed(1)}%); refused as not supported: ${refused.join(', ') || 'none'}`);
});

function run(query: CorpusQuery): Promise<QueryOutcome> {
  return executeQuery({ text: query.query, database, now: NOW, maxRows: 500_000 });
}

describe('the query corpus', () => {
  it('has at least 60 queries, each with a unique id, its source and its expected columns', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CORPUS.map((query) => query.id)).size).toBe(CORPUS.length);
    for (const query of CORPUS) {
      expect(query.source).toMatch(/^https:\/\/(learn\.microsoft\.com|github\.com\/Azure\/Azure-Sentinel)\//);
      expect(query.columns.length).toBeGreaterThan(0);
    }
  });

  it.each(CORPUS.map((query) => [query.id, query] as const))('%s returns its columns or is refused with EMU0001', async (_id, query) => {
    const outcome = await run(query);
    if (outcome.kind === 'ok') {
      expect(outcome.tables[0]!.columns.map((column) => column.name)).toEqual(query.columns);
      passed.push(query.id);
      return;
    }
    const response = queryError(outcome.error);
    expect({ status: response.status, inner: response.body.error['innererror'] }).toMatchObject({
      status: 400,
      inner: { innererror: { code: 'EMU0001', message: expect.stringMatching(/^The local emulator does not support /) } },
    });
    refused.push(query.id);
  });

  it(`at least ${REQUIRED_SHARE * 100}% of the queries return results`, () => {
    expect(passed.length + refused.length).toBe(CORPUS.length);
    expect(passed.length / CORPUS.length).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });
});
