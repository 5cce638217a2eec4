import { describe, expect, it } from 'vitest';
import { datetime, rows, schema } from '../testing/queries.ts';

describe('datatable', () => {
  it('reads values row by row and converts them to the column types', async () => {
    expect(await schema('datatable(a:int, b:real, c:string, d:datetime, e:dynamic, f:bool, g:timespan)[1, 2, "x", datetime(2024-01-01), dynamic([1]), true, 1h]')).toEqual([
      'a:int',
      'b:real',
      'c:string',
      'd:datetime',
      'e:dynamic',
      'f:bool',
      'g:timespan',
    ]);
    expect(await rows('datatable(a:int, b:real, e:dynamic)[1, 2, dynamic([1]), -3, 4.5, dynamic({"k":"v"})]')).toEqual([
      [1, 2, [1]],
      [-3, 4.5, { k: 'v' }],
    ]);
  });

  it('holds typed nulls', async () => {
    expect(await rows('datatable(d:datetime, b:bool, g:guid, i:int, l:long, r:real, s:string, t:timespan, y:dynamic)[datetime(null), bool(null), guid(null), int(null), long(null), real(null), "", timespan(null), dynamic(null)]')).toEqual([
      [null, null, null, null, null, null, '', null, null],
    ]);
  });
});

describe('print', () => {
  it('gives one row, naming unnamed columns print_N', async () => {
    expect(await schema('print 1, "a", x = 2')).toEqual(['print_0:long', 'print_1:string', 'x:long']);
    expect(await rows('print 1, "a", x = 2')).toEqual([[1, 'a', 2]]);
  });
});

describe('stored tables', () => {
  it('are read as stored, without a timespan', async () => {
    expect(await rows('AppTraces | project TimeGenerated | take 2')).toEqual([[datetime('2024-05-14T11:50:00Z')], [datetime('2024-05-14T11:20:00Z')]]);
  });
});
