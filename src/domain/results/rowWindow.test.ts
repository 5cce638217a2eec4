import { describe, expect, it } from 'vitest';
import { decodeResponse } from './decodeResponse';
import type { ResultTable } from './model';
import { rowWindow } from './rowWindow';
import { sortIndex } from './sortIndex';
import { responseBody, table } from './testing/responseBody';

const sample: ResultTable = (() => {
  const outcome = decodeResponse(
    responseBody({
      tables: [
        table('PrimaryResult', [['TimeGenerated', 'datetime'], ['User', 'string'], ['Count', 'long'], ['Details', 'dynamic']], [
          ['2026-11-23T10:15:00.1234567Z', 'carol', 3, '{"ip":"10.0.0.1"}'],
          [null, 'alice', 12345678901234567890n, null],
          ['2026-11-23T10:14:00Z', 'bob', null, '[1,2]'],
        ]),
      ],
    }),
  );
  if (!outcome.ok || !outcome.result.tables[0]) throw new Error('fixture did not decode');
  return outcome.result.tables[0];
})();

describe('rowWindow', () => {
  it('gives the display text of the asked rows and columns, in the asked column order', () => {
    expect(rowWindow(sample, null, 0, 3, [1, 0, 2, 3])).toEqual([
      ['carol', '2026-11-23T10:15:00.1234567Z', '3', '{"ip":"10.0.0.1"}'],
      ['alice', '', '12345678901234567890', ''],
      ['bob', '2026-11-23T10:14:00Z', '', '[1,2]'],
    ]);
  });

  it('follows a sort order', () => {
    expect(rowWindow(sample, sortIndex(sample, 1, 'ascending', { locale: 'en' }), 0, 3, [1])).toEqual([['alice'], ['bob'], ['carol']]);
    expect(rowWindow(sample, sortIndex(sample, 0, 'descending'), 1, 2, [1])).toEqual([['bob'], ['alice']]);
  });

  it('clips the window to the table', () => {
    expect(rowWindow(sample, null, 2, 10, [1])).toEqual([['bob']]);
    expect(rowWindow(sample, null, -1, 2, [1])).toEqual([['carol']]);
    expect(rowWindow(sample, null, 3, 5, [1])).toEqual([]);
    expect(rowWindow(sample, null, 0, -1, [1])).toEqual([]);
    expect(rowWindow(sample, null, 0, 2, [])).toEqual([[], []]);
  });

  it('refuses a column the table does not have', () => {
    expect(() => rowWindow(sample, null, 0, 1, [4])).toThrow(RangeError);
  });
});
