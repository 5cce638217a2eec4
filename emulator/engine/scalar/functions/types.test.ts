import { describe, expect, it } from 'vitest';
import { rows, tables } from '../../testing/queries.ts';

describe('gettype', () => {
  it('names the runtime type (documentation table)', async () => {
    expect(
      await rows(`print gettype("a"), gettype(111), gettype(1==1), gettype(now()), gettype(1s), gettype(parse_json('1')), gettype(parse_json(' "abc" ')),
        gettype(parse_json(' {"abc":1} ')), gettype(parse_json(' [1, 2, 3] ')), gettype(123.45), gettype(guid(12e8b78d-55b4-46ae-b068-26d7a0080254)), gettype(parse_json(''))`),
    ).toEqual([['string', 'long', 'bool', 'datetime', 'timespan', 'int', 'string', 'dictionary', 'array', 'real', 'guid', 'null']]);
  });
});

describe('new_guid', () => {
  it('gives a different version-4 guid on every row', async () => {
    const [table] = await tables('range x from 1 to 3 step 1 | extend g = new_guid()');
    const guids = table!.data[1]!;
    expect(table!.columns[1]).toEqual({ name: 'g', type: 'guid' });
    expect(new Set(guids).size).toBe(3);
    for (const guid of guids) expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
