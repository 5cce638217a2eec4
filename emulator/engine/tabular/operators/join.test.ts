import { describe, expect, it } from 'vitest';
import { failure, rows, schema } from '../../testing/queries.ts';

// The documentation's X and Y: 'b' is duplicated on the left, 'c' on the right; 'a' and 'd' have no match.
const X = "datatable(Key:string, Value1:long)['a', 1, 'b', 2, 'b', 3, 'c', 4]";
const Y = "datatable(Key:string, Value2:long)['b', 10, 'c', 20, 'c', 30, 'd', 40]";
const join = (kind: string) => `let X = ${X}; let Y = ${Y}; X | join ${kind} Y on Key`;

describe('join', () => {
  it('defaults to innerunique: the left side keeps the first row of each key', async () => {
    expect(await schema(join(''))).toEqual(['Key:string', 'Value1:long', 'Key1:string', 'Value2:long']);
    expect(await rows(join(''))).toEqual([
      ['b', 2, 'b', 10],
      ['c', 4, 'c', 20],
      ['c', 4, 'c', 30],
    ]);
    expect(await rows(join('kind=innerunique'))).toEqual(await rows(join('')));
  });

  it('inner keeps every matching pair', async () => {
    expect(await rows(join('kind=inner'))).toEqual([
      ['b', 2, 'b', 10],
      ['b', 3, 'b', 10],
      ['c', 4, 'c', 20],
      ['c', 4, 'c', 30],
    ]);
  });

  it('leftouter, rightouter and fullouter fill the missing side with empty cells', async () => {
    expect(await rows(join('kind=leftouter'))).toEqual([
      ['a', 1, '', null],
      ['b', 2, 'b', 10],
      ['b', 3, 'b', 10],
      ['c', 4, 'c', 20],
      ['c', 4, 'c', 30],
    ]);
    expect(await rows(join('kind=rightouter'))).toEqual([
      ['b', 2, 'b', 10],
      ['b', 3, 'b', 10],
      ['c', 4, 'c', 20],
      ['c', 4, 'c', 30],
      ['', null, 'd', 40],
    ]);
    expect(await rows(join('kind=fullouter'))).toEqual([
      ['a', 1, '', null],
      ['b', 2, 'b', 10],
      ['b', 3, 'b', 10],
      ['c', 4, 'c', 20],
      ['c', 4, 'c', 30],
      ['', null, 'd', 40],
    ]);
  });

  it('semi and anti joins keep one side, each row once', async () => {
    expect(await schema(join('kind=leftsemi'))).toEqual(['Key:string', 'Value1:long']);
    expect(await rows(join('kind=leftsemi'))).toEqual([
      ['b', 2],
      ['b', 3],
      ['c', 4],
    ]);
    expect(await rows(join('kind=leftanti'))).toEqual([['a', 1]]);
    expect(await rows(join('kind=anti'))).toEqual([['a', 1]]);
    expect(await schema(join('kind=rightsemi'))).toEqual(['Key:string', 'Value2:long']);
    expect(await rows(join('kind=rightsemi'))).toEqual([
      ['b', 10],
      ['c', 20],
      ['c', 30],
    ]);
    expect(await rows(join('kind=rightanti'))).toEqual([['d', 40]]);
  });

  it('matches $left.A == $right.B and several keys', async () => {
    const left = 'datatable(User:string, Day:long, Logins:long)["ann", 1, 5, "ann", 2, 6, "bob", 1, 7]';
    const right = 'datatable(Name:string, Day:long, Fails:long)["ann", 2, 1, "bob", 1, 2, "bob", 2, 3]';
    const text = `${left} | join kind=inner (${right}) on $left.User == $right.Name, Day`;
    expect(await schema(text)).toEqual(['User:string', 'Day:long', 'Logins:long', 'Name:string', 'Day1:long', 'Fails:long']);
    expect(await rows(text)).toEqual([
      ['ann', 2, 6, 'ann', 2, 1],
      ['bob', 1, 7, 'bob', 1, 2],
    ]);
    expect(await rows(`${left} | join kind=inner (${right}) on $left.User == $right.Name and $left.Day == $right.Day | project Logins`)).toEqual([[6], [7]]);
  });

  it('joins a table with itself, suffixing every right column', async () => {
    expect(await schema('AppTraces | join kind=inner (AppTraces | where SeverityLevel == 3) on Message | project-keep *1')).toEqual([
      'TimeGenerated1:datetime',
      'Message1:string',
      'SeverityLevel1:int',
      'AppRoleName1:string',
      'Properties1:dynamic',
    ]);
    expect(await rows('AppTraces | join kind=inner (AppTraces | where SeverityLevel == 3) on Message | count')).toEqual([[2]]);
  });

  it('refuses a where condition, naming it', async () => {
    expect(await failure(`let X = ${X}; let Y = ${Y}; X | join kind=inner (Y) where $left.Value1 < $right.Value2`)).toMatchObject({
      kind: 'unsupported',
      message: "The local emulator does not support the 'where $left.Value1 < $right.Value2' expression.",
    });
  });
});

describe('lookup', () => {
  const facts = 'datatable(Row:string, Personal:string, Family:string)["1", "Rowan", "Murphy", "2", "Ellis", "Turner", "3", "Ellis", "Turner", "4", "Maya", "Robinson"]';
  const dims = 'datatable(Personal:string, Family:string, Alias:string)["Rowan", "Murphy", "rowanm", "Ellis", "Turner", "ellist"]';

  it('is a leftouter join by default that does not repeat the key columns', async () => {
    expect(await schema(`${facts} | lookup (${dims}) on Personal, Family`)).toEqual(['Row:string', 'Personal:string', 'Family:string', 'Alias:string']);
    expect(await rows(`${facts} | lookup (${dims}) on Personal, Family`)).toEqual([
      ['1', 'Rowan', 'Murphy', 'rowanm'],
      ['2', 'Ellis', 'Turner', 'ellist'],
      ['3', 'Ellis', 'Turner', 'ellist'],
      ['4', 'Maya', 'Robinson', ''],
    ]);
  });

  it('kind=inner drops rows without a match', async () => {
    expect(await rows(`${facts} | lookup kind=inner (${dims}) on Personal, Family | project Row`)).toEqual([['1'], ['2'], ['3']]);
  });

  it('drops the right key of $left.A == $right.B and suffixes colliding columns', async () => {
    const right = 'datatable(Who:string, Row:string, Score:long)["Rowan", "r", 9]';
    expect(await schema(`${facts} | lookup (${right}) on $left.Personal == $right.Who`)).toEqual([
      'Row:string',
      'Personal:string',
      'Family:string',
      'Row1:string',
      'Score:long',
    ]);
    expect(await rows(`${facts} | lookup (${right}) on $left.Personal == $right.Who | take 2`)).toEqual([
      ['1', 'Rowan', 'Murphy', 'r', 9],
      ['2', 'Ellis', 'Turner', '', null],
    ]);
  });
});
