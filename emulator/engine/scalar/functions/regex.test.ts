import { describe, expect, it } from 'vitest';
import { failure, rows } from '../../testing/queries.ts';

const ID = 'print Id="82b8be2d-dfa7-4bd1-8f63-24ad26d31449"';

describe('extract_all', () => {
  it('one group gives a flat array of matches (documentation example)', async () => {
    expect(await rows(`${ID} | project extract_all(@"([\\da-f]{2})", Id)`)).toEqual([
      [['82', 'b8', 'be', '2d', 'df', 'a7', '4b', 'd1', '8f', '63', '24', 'ad', '26', 'd3', '14', '49']],
    ]);
  });

  it('several groups give an array per match; selected by number or RE2 name', async () => {
    expect(
      await rows(`${ID} | project a = extract_all(@"(\\w)(\\w+)(\\w)", dynamic([1,3]), Id), b = extract_all(@"(?P<first>\\w)(?P<middle>\\w+)(?P<last>\\w)", dynamic(['first',2,'last']), Id)`),
    ).toEqual([
      [
        [['8', 'd'], ['d', '7'], ['4', '1'], ['8', '3'], ['2', '9']],
        [['8', '2b8be2', 'd'], ['d', 'fa', '7'], ['4', 'bd', '1'], ['8', 'f6', '3'], ['2', '4ad26d3144', '9']],
      ],
    ]);
  });

  it('no match is null', async () => {
    expect(await rows('print extract_all(@"(\\d+)", "none")')).toEqual([[null]]);
  });
});

describe('extract, replace_regex, countof, trim', () => {
  it('extract takes a group and an optional type; RE2 leading flags work', async () => {
    expect(await rows('print extract(@"(?i)user=(\\w+)", 1, "USER=bob"), extract(@"(\\d+)", 1, "id 42", typeof(long)), extract("x(y)?", 1, "x")')).toEqual([['bob', 42, '']]);
  });

  it('replace_regex rewrites with \\1 groups (documentation example); the deprecated replace takes the regex first', async () => {
    expect(
      await rows(`range x from 1 to 2 step 1 | extend str=strcat('Number is ', tostring(x)) | extend replaced=replace_regex(str, @'is (\\d+)', @'was: \\1'), old=replace(@'is (\\d+)', @'[\\0]', str)`),
    ).toEqual([
      [1, 'Number is 1', 'Number was: 1', 'Number [is 1]'],
      [2, 'Number is 2', 'Number was: 2', 'Number [is 2]'],
    ]);
  });

  it('countof: plain matches overlap, regex matches do not (documentation table)', async () => {
    expect(await rows('print countof("aaa", "a"), countof("aaaa", "aa"), countof("ababa", "ab", "normal"), countof("ababa", "aba"), countof("ababa", "aba", "regex"), countof("abcabc", "a.c", "regex")')).toEqual([
      [3, 3, 2, 2, 1, 2],
    ]);
  });

  it('trim removes a regex at both ends', async () => {
    expect(await rows('print trim("--", "--a--b--"), trim_start(@"[ab]", "abcab"), trim_end(@"\\d", "x123")')).toEqual([['a--b', 'cab', 'x']]);
  });

  it('an invalid regular expression is a run-time error, not a crash', async () => {
    expect(await failure('print extract("(", 1, "x")')).toMatchObject({ kind: 'runtime' });
  });
});
