import { describe, expect, it } from 'vitest';
import { failure, rows } from '../../testing/queries.ts';

const T = 'datatable(Text:string) ["Failed password for root from 10.0.0.1", "Accepted publickey for Alice", "session opened for user ROOT"]';

describe('string operators over a column', () => {
  it('in~ and !in~ compare ignoring case', async () => {
    expect(await rows(`print "Root" in~ ("admin", "ROOT"), "Root" !in~ ("admin", "ROOT"), "Root" in ("admin", "ROOT"), "Root" !in ("admin", "ROOT")`)).toEqual([[true, false, false, true]]);
  });

  it('has_any and has_all match terms, from a list or a dynamic array', async () => {
    expect(await rows(`${T} | where Text has_any ("root", "alice") | count`)).toEqual([[3]]);
    expect(await rows(`let words = dynamic(["password", "root"]); ${T} | where Text has_all (words)`)).toEqual([['Failed password for root from 10.0.0.1']]);
    expect(await rows(`${T} | where Text has_any ("roo") | count`)).toEqual([[0]]);
  });

  it('hasprefix, hassuffix, !hasprefix and their _cs forms', async () => {
    expect(
      await rows(`${T} | project a = Text hasprefix "pass", b = Text hassuffix "KEY", c = Text hasprefix_cs "pass", d = Text !hasprefix "sess", e = Text hassuffix_cs "KEY"`),
    ).toEqual([
      [true, false, true, true, false],
      [false, true, false, true, false],
      [false, false, false, false, false],
    ]);
  });

  it('matches regex, with RE2 spellings', async () => {
    expect(await rows(`${T} | where Text matches regex @"(?i)^accepted\\s+\\w+" or Text matches regex @"\\d+\\.\\d+\\.\\d+\\.\\d+\\z" | count`)).toEqual([[2]]);
  });

  it('contains_cs, !contains_cs, has_cs, !has_cs', async () => {
    expect(await rows(`${T} | project a = Text contains_cs "ROOT", b = Text !contains_cs "root", c = Text has_cs "Alice", d = Text !has_cs "user"`)).toEqual([
      [false, false, false, true],
      [false, true, true, true],
      [true, true, false, false],
    ]);
  });

  it('a malformed regex is a run-time error naming the pattern', async () => {
    expect(await failure(`${T} | where Text matches regex "("`)).toMatchObject({ kind: 'runtime', message: "Invalid regular expression: '('" });
  });
});
