import { describe, expect, it } from 'vitest';
import { rows } from '../../testing/queries.ts';

const TEXT = '"Kusto: ad67d136-c1db-4f9f-88ef-d94f3b6b0b5a;KustoExplorerQueryRun"';

describe('has: whole terms, case-insensitive', () => {
  it('matches maximal alphanumeric runs, not substrings', async () => {
    expect(await rows(`let s = ${TEXT}; print s has "kusto", s has "c1db", s has "Explorer", s has "KustoExplorerQueryRun", s has "c1db-4f9f"`)).toEqual([
      [true, true, false, true, true],
    ]);
  });

  it('has_cs is case-sensitive; !has and !has_cs negate', async () => {
    expect(await rows('let s = "North America"; print s has_cs "America", s has_cs "america", s !has "asia", s !has "america", s !has_cs "america"')).toEqual([
      [true, false, true, false, true],
    ]);
  });

  it('hasprefix and hassuffix match the start and end of terms', async () => {
    expect(await rows('let s = "North America"; print s hasprefix "amer", s hasprefix "merica", s hassuffix "rica", s !hasprefix "nor"')).toEqual([
      [true, false, true, false],
    ]);
  });

  it('reads a dynamic operand as its JSON text', async () => {
    expect(await rows('print dynamic({"user":"alice"}) has "alice", dynamic({"user":"alice"}) has "bob"')).toEqual([[true, false]]);
  });
});

describe('contains, startswith, endswith', () => {
  it('are case-insensitive unless _cs', async () => {
    expect(
      await rows(
        'let s = "FabriKam"; print s contains "BRik", s contains_cs "Kam", s contains_cs "kam", s startswith "fab", s startswith_cs "fab", s endswith "KAM", s endswith_cs "Kam"',
      ),
    ).toEqual([[true, true, false, true, false, true, true]]);
  });

  it('have negations', async () => {
    expect(
      await rows(
        'let s = "Fabrikam"; print s !contains "xyz", s !contains_cs "Kam", s !startswith "fab", s !startswith_cs "fab", s !endswith "brik", s !endswith_cs "kam"',
      ),
    ).toEqual([[true, true, false, true, true, false]]);
  });

  it('treat regex characters literally', async () => {
    expect(await rows('print "a.b(c)" contains ".b(", "axb" contains ".", "1+1=2" startswith "1+"')).toEqual([[true, false, true]]);
  });
});

describe('matches regex', () => {
  it('searches with a regular expression', async () => {
    expect(await rows('print "order-1234" matches regex @"\\d{4}$", "order-12" matches regex @"\\d{4}$"')).toEqual([[true, false]]);
  });
});

describe('string predicates filter rows', () => {
  it('in where', async () => {
    expect(await rows('AppTraces | where Message has "payments" or Message startswith "cache" | project Message')).toEqual([
      ['Cache refreshed'],
      ['Timeout calling payments'],
    ]);
  });
});
