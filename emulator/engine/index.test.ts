import { describe, expect, it } from 'vitest';
import { executeQuery } from './index.ts';
import { NOW, TEST_DATABASE, databaseOf, datetime, failure, rows, rowsOf, run, tableOf, tables } from './testing/queries.ts';

describe('executeQuery outcomes', () => {
  it('never throws: an unsupported operator is an outcome naming the construct', async () => {
    expect(await failure('AppTraces | facet by AppRoleName')).toEqual({
      kind: 'unsupported',
      construct: 'facet',
      message: "The local emulator does not support the 'facet' operator.",
    });
  });

  it('an unsupported source operator is named by its keyword', async () => {
    expect(await failure('find "x"')).toEqual({
      kind: 'unsupported',
      construct: 'find',
      message: "The local emulator does not support the 'find' operator.",
    });
  });

  it('an unsupported function is named too', async () => {
    expect(await failure('print hash_sha256("a")')).toEqual({
      kind: 'unsupported',
      construct: 'hash_sha256',
      message: "The local emulator does not support the 'hash_sha256' function.",
    });
  });

  it('a data error at run time is a runtime failure', async () => {
    expect(await failure('print "abc" matches regex "("')).toEqual({ kind: 'runtime', message: "Invalid regular expression: '('" });
  });

  it('stops when the request is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await failure('AppTraces | take 1', { signal: controller.signal })).toEqual({ kind: 'runtime', message: 'The query was cancelled.' });
  });

  it('reports the rows scanned from stored tables', async () => {
    const outcome = await run('AppTraces | where SeverityLevel > 1 | count');
    expect(outcome).toMatchObject({ kind: 'ok', rowsScanned: 5 });
  });
});

describe('result tables', () => {
  it('names several results PrimaryResult, Table_1, Table_2', async () => {
    const result = await tables('print a = 1; print b = 2; let c = 3; print c');
    expect(result.map((table) => table.name)).toEqual(['PrimaryResult', 'Table_1', 'Table_2']);
    expect(result.map((table) => rowsOf(table))).toEqual([[[1]], [[2]], [[3]]]);
  });

  it('cuts results longer than maxRows and says so', async () => {
    const outcome = await run('AppTraces | project SeverityLevel', { maxRows: 2 });
    expect(outcome).toMatchObject({ kind: 'ok', truncated: { limit: 2 } });
    if (outcome.kind === 'ok') expect(rowsOf(outcome.tables[0]!)).toEqual([[3], [1]]);
  });

  it('set truncationmaxrecords lowers the limit, as in the recorded partial-success sample', async () => {
    const outcome = await run("set truncationmaxrecords=1; datatable (s: string) ['a', 'b']");
    expect(outcome).toMatchObject({ kind: 'ok', truncated: { limit: 1 } });
    if (outcome.kind === 'ok') expect(rowsOf(outcome.tables[0]!)).toEqual([['a']]);
  });

  it('leaves results within the limit untouched', async () => {
    const outcome = await run('AppTraces | count', { maxRows: 1 });
    expect(outcome).toEqual({
      kind: 'ok',
      tables: [{ name: 'PrimaryResult', columns: [{ name: 'Count', type: 'long' }], data: [[5]], rowCount: 1 }],
      rowsScanned: 5,
    });
  });
});

describe('the request timespan', () => {
  it('filters every table with TimeGenerated to start <= t < end before the query sees it', async () => {
    const window = { start: datetime('2024-05-14T09:05:00Z'), end: datetime('2024-05-14T11:50:00Z') };
    expect(await rows('AppTraces | project Message', { window })).toEqual([['Cache refreshed'], ['Timeout calling payments']]);
  });

  it('leaves tables without TimeGenerated alone', async () => {
    const database = databaseOf({ Lookup: tableOf({ Key: 'string' }, [['a'], ['b']]) });
    const window = { start: NOW - 1n, end: NOW };
    expect(await rows('Lookup', { database, window })).toEqual([['a'], ['b']]);
  });
});

describe('let statements', () => {
  it('bind scalars and tabular expressions', async () => {
    expect(await rows('let threshold = 2; let noisy = AppTraces | where SeverityLevel > threshold; noisy | project Message')).toEqual([
      ['User login failed for alice'],
      ['Timeout calling payments'],
    ]);
  });

  it('evaluate a tabular let used twice only once', async () => {
    const outcome = await run('let recent = AppTraces | take 2; union recent, recent | count');
    expect(outcome).toMatchObject({ kind: 'ok', rowsScanned: 5 });
    if (outcome.kind === 'ok') expect(rowsOf(outcome.tables[0]!)).toEqual([[4]]);
  });

  it('call let-defined scalar and tabular functions', async () => {
    expect(await rows('let twice = (n:long) { n * 2 }; let quietest = (k:long) { AppTraces | top k by SeverityLevel asc | project SeverityLevel }; quietest(2) | extend d = twice(SeverityLevel)')).toEqual([
      [0, 0],
      [1, 2],
    ]);
  });
});

describe('stored functions', () => {
  const database = databaseOf({ AppTraces: TEST_DATABASE.tables.get('AppTraces')! }, [
    { name: 'Noisy', parameters: '', body: 'AppTraces | where SeverityLevel >= 3' },
    { name: 'ByRole', parameters: '(role:string)', body: 'AppTraces | where AppRoleName == role | count' },
  ]);

  it('run with and without parameters', async () => {
    expect(await rows('Noisy | project Message', { database })).toEqual([['User login failed for alice'], ['Timeout calling payments']]);
    expect(await rows('ByRole("worker")', { database })).toEqual([[2]]);
  });
});

describe('render', () => {
  it('returns the table unchanged with the chart request beside it', async () => {
    const outcome = await executeQuery({
      text: 'datatable (s: string, i: long) ["a", 1] | render columnchart with (title="the chart title", xtitle="the x axis title", legend=hidden, accumulate=true, ycolumns=i, s)',
      database: TEST_DATABASE,
      now: NOW,
      maxRows: 10,
    });
    expect(outcome).toMatchObject({
      kind: 'ok',
      render: {
        visualization: 'columnchart',
        properties: { title: 'the chart title', xtitle: 'the x axis title', legend: 'hidden', accumulate: true, ycolumns: ['i', 's'] },
      },
    });
    if (outcome.kind === 'ok') expect(rowsOf(outcome.tables[0]!)).toEqual([['a', 1]]);
  });

  it('is absent when the query does not render', async () => {
    expect(await run('print 1')).not.toHaveProperty('render');
  });
});
