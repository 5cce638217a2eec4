import { describe, expect, it } from 'vitest';
import { databaseOf, rows, schema, tableOf, TRACES } from '../../testing/queries.ts';

const EVENTS = tableOf({ Computer: 'string', Detail: 'string', Level: 'long' }, [
  ['web-01', 'Disk error on C:', 2],
  ['db-01', 'Errors: none', 1],
  ['web-02', 'LabPC rebooted', 3],
]);
const database = databaseOf({ AppTraces: TRACES, Events: EVENTS });

describe('search', () => {
  it('searches every table for a term, naming the table in $table', async () => {
    expect(await schema('search "alice"', { database })).toEqual([
      '$table:string',
      'TimeGenerated:datetime',
      'Message:string',
      'SeverityLevel:int',
      'AppRoleName:string',
      'Properties:dynamic',
      'Computer:string',
      'Detail:string',
      'Level:long',
    ]);
    expect((await rows('search "error" | project $table, Detail', { database }))).toEqual([['Events', 'Disk error on C:']]);
  });

  it('matches terms, not substrings, case-insensitively; stars pick prefix, suffix, contains or a regex', async () => {
    const detail = async (term: string): Promise<unknown[]> => (await rows(`search in (Events) ${term} | project Detail`, { database })).map(([d]) => d);
    expect(await detail('"ERROR"')).toEqual(['Disk error on C:']);
    expect(await detail('"err*"')).toEqual(['Disk error on C:', 'Errors: none']);
    expect(await detail('"*ors"')).toEqual(['Errors: none']);
    expect(await detail('"*boot*"')).toEqual(['LabPC rebooted']);
    expect(await detail('"Lab*ted"')).toEqual(['LabPC rebooted']);
    expect(await detail('"web"')).toEqual(['Disk error on C:', 'LabPC rebooted']);
  });

  it('restricts a term to a column, combines with other predicates, and honours kind=case_sensitive', async () => {
    expect(await rows('Events | search Computer:"web" and Level > 2 | project $table, Computer', { database })).toEqual([['Events', 'web-02']]);
    expect(await rows('Events | search Detail == "Errors: none" | project Computer', { database })).toEqual([['db-01']]);
    expect(await rows('search kind=case_sensitive in (Events) "Error" | project Computer', { database })).toEqual([]);
    expect(await rows('search kind=case_sensitive in (Events) "Errors" | project Computer', { database })).toEqual([['db-01']]);
    expect(await rows('search in (AppTraces) * | count', { database })).toEqual([[5]]);
  });

  it('searches a column whose name other tables use with another type', async () => {
    const typed = databaseOf({ A: tableOf({ Status: 'string' }, [['ok']]), B: tableOf({ Status: 'dynamic' }, [[{ errorCode: 50126 }]]) });
    expect(await schema('search "errorCode"', { database: typed })).toEqual(['$table:string', 'Status_string:string', 'Status_dynamic:dynamic']);
    expect(await rows('search "errorCode"', { database: typed })).toEqual([['B', '', { errorCode: 50126 }]]);
  });

  it('searches non-string columns by their text', async () => {
    expect(await rows('search in (Events) "3" | project Computer', { database })).toEqual([['web-02']]);
  });
});

describe('where * has', () => {
  it('tests every column', async () => {
    expect(await rows('Events | where * has "web" | project Computer', { database })).toEqual([['web-01'], ['web-02']]);
    expect(await rows('AppTraces | where * contains "PAY" | project Message')).toEqual([['Timeout calling payments']]);
  });
});

describe('union', () => {
  it('expands wildcards to the matching tables', async () => {
    expect(await rows('union App*, Eve* | count', { database })).toEqual([[8]]);
    expect(await rows('union withsource=Source *s | summarize count() by Source', { database })).toEqual([
      ['AppTraces', 5],
      ['Events', 3],
    ]);
  });

  it('withsource names each row by its leg: table, as name or let', async () => {
    expect(await rows('range x from 1 to 2 step 1 | as T1 | union withsource=TableName (range x from 1 to 1 step 1 | as T2)')).toEqual([
      ['T1', 1],
      ['T1', 2],
      ['T2', 1],
    ]);
    expect(await schema('union withsource=T Events, (Events | take 1)', { database })).toEqual(['T:string', 'Computer:string', 'Detail:string', 'Level:long']);
    expect(await rows('let V = datatable(a:long)[1]; union withsource=T V, (print a = 2)')).toEqual([
      ['V', 1],
      ['union_arg1', 2],
    ]);
  });

  it('kind=inner keeps the columns common to every leg', async () => {
    expect(await schema('union kind=inner (datatable(a:long, b:string)[1, "x"]), (datatable(a:long, c:real)[2, 0.5])')).toEqual(['a:long']);
    expect(await rows('union kind=inner (datatable(a:long, b:string)[1, "x"]), (datatable(a:long, c:real)[2, 0.5])')).toEqual([[1], [2]]);
  });

  it('isfuzzy=true skips a leg that does not resolve', async () => {
    expect(await rows('union isfuzzy=true Events, NoSuchTable | count', { database })).toEqual([[3]]);
  });
});
