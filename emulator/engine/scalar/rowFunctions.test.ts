import { describe, expect, it } from 'vitest';
import { rows } from '../testing/queries.ts';

describe('functions of the whole row', () => {
  it('column_ifexists returns the column when the input has it, else the default (documentation example)', async () => {
    expect(await rows('AppTraces | project a = column_ifexists("Message", ""), b = column_ifexists("Capital", AppRoleName) | take 2')).toEqual([
      ['User login failed for alice', 'web'],
      ['Cache refreshed', 'worker'],
    ]);
  });

  it("pack_all packs the operator's input columns; pack_all(true) leaves out null and empty ones (documentation example)", async () => {
    expect(
      await rows("datatable(Source:string,Target:string,CharsCount:long) ['555-1313','',42, '','555-3456',74] | extend Packed=pack_all(), PackedIgnoreNullEmpty=pack_all(true) | project Packed, PackedIgnoreNullEmpty"),
    ).toEqual([
      [{ Source: '555-1313', Target: '', CharsCount: 42 }, { Source: '555-1313', CharsCount: 42 }],
      [{ Source: '', Target: '555-3456', CharsCount: 74 }, { Target: '555-3456', CharsCount: 74 }],
    ]);
  });
});
