import { describe, expect, it } from 'vitest';
import { datetime, failure, rows, schema } from '../../testing/queries.ts';

const PEOPLE = 'datatable(d:dynamic)[dynamic({"Name": "John", "Age": 20}), dynamic({"Name": "Dave", "Height": 170.5, "Age": 40}), dynamic(null)]';

describe('evaluate bag_unpack', () => {
  it('turns the slots into columns sorted by name, typed by their values', async () => {
    expect(await schema(`${PEOPLE} | evaluate bag_unpack(d)`)).toEqual(['Age:long', 'Height:real', 'Name:string']);
    expect(await rows(`${PEOPLE} | evaluate bag_unpack(d)`)).toEqual([
      [20, null, 'John'],
      [40, 170.5, 'Dave'],
      [null, null, ''],
    ]);
  });

  it('keeps the other columns first and adds a prefix', async () => {
    const text = 'datatable(k:long, d:dynamic)[1, dynamic({"a": "x", "b": [1], "c": true})]';
    expect(await schema(`${text} | evaluate bag_unpack(d, 'p_')`)).toEqual(['k:long', 'p_a:string', 'p_b:dynamic', 'p_c:bool']);
    expect(await rows(`${text} | evaluate bag_unpack(d, 'p_')`)).toEqual([[1, 'x', [1], true]]);
  });

  it('a slot that takes values of different types is dynamic', async () => {
    expect(await schema('datatable(d:dynamic)[dynamic({"v": 1}), dynamic({"v": "one"})] | evaluate bag_unpack(d)')).toEqual(['v:dynamic']);
  });

  it('resolves a slot that collides with a column as columnsConflict says', async () => {
    const text = "datatable(Name:string, d:dynamic)['James', dynamic({'Name': 'John', 'Age': 20})]";
    expect(await failure(`${text} | evaluate bag_unpack(d)`)).toMatchObject({ kind: 'runtime' });
    expect(await rows(`${text} | evaluate bag_unpack(d, columnsConflict='replace_source')`)).toEqual([['John', 20]]);
    expect(await rows(`${text} | evaluate bag_unpack(d, columnsConflict='keep_source')`)).toEqual([['James', 20]]);
  });

  it('with an output schema returns the declared columns', async () => {
    const text = "datatable(d:dynamic, Description:string)[dynamic({'Name': 'John', 'Age': 20, 'height': 180}), 'Student']";
    expect(await schema(`${text} | evaluate bag_unpack(d) : (*, Name:string, Age:long)`)).toEqual(['Description:string', 'Name:string', 'Age:long']);
    expect(await rows(`${text} | evaluate bag_unpack(d) : (*, Name:string, Age:long)`)).toEqual([['Student', 'John', 20]]);
    expect(await rows(`${text} | evaluate bag_unpack(d) : (Name:string, Age:long) | where Age > 10 | project Name`)).toEqual([['John']]);
  });

  it('the operators after it see the unpacked columns, typed from the data', async () => {
    expect(await rows('AppTraces | evaluate bag_unpack(Properties) | where isnotempty(user) | summarize n = count() by user, attempt')).toEqual([['alice', 2, 1]]);
    expect(await schema('AppTraces | evaluate bag_unpack(Properties, "p_") | extend z = 1 | project p_ms, z')).toEqual(['p_ms:long', 'z:long']);
    expect(await rows('AppTraces | take 1 | evaluate bag_unpack(Properties) | where SeverityLevel > 0')).toEqual([
      [datetime('2024-05-14T11:50:00Z'), 'User login failed for alice', 3, 'web', 2, 'alice'],
    ]);
  });

  it('a column the data does not have is an error; a let of it is refused clearly', async () => {
    expect(await failure('AppTraces | evaluate bag_unpack(Properties) | summarize count() by nosuchslot')).toMatchObject({ kind: 'runtime' });
    expect(await failure('let u = AppTraces | evaluate bag_unpack(Properties); u | extend z = 1')).toMatchObject({
      kind: 'unsupported',
      message: "The local emulator does not support 'extend' after 'evaluate bag_unpack' without an output schema (its columns are known only when it runs).",
    });
  });

  it('other plugins are named as unsupported', async () => {
    expect(await failure('AppTraces | evaluate pivot(AppRoleName)')).toMatchObject({ kind: 'unsupported', construct: 'evaluate pivot' });
  });
});

