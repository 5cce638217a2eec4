import { describe, expect, it } from 'vitest';
import { rows } from '../../testing/queries.ts';

describe('indexof and substring', () => {
  it('indexof with start, length and occurrence (the documentation examples)', async () => {
    expect(
      await rows(`print indexof("abcdefg","cde"), indexof("abcdefg","cde",1,4), indexof("abcdefg","cde",1,2), indexof("abcdefg","cde",3,4),
        indexof("abcdefg","cde",-5), indexof(1234567,5,1,4), indexof("abcdefg","cde",2,-1),
        indexof("abcdefgabcdefg", "cde", 1, 10, 2), indexof("abcdefgabcdefg", "cde", 1, -1, 3)`),
    ).toEqual([[2, 2, -1, -1, 2, 4, 2, 9, -1]]);
  });

  it('substring counts a negative start from the end', async () => {
    expect(await rows('print substring("123456", 1), substring("123456", 2, 2), substring("ABCD", 0, 2), substring("123456", -2, 2)')).toEqual([['23456', '34', 'AB', '56']]);
  });
});

describe('reverse, strrep, translate, strcat_array, string_size, split', () => {
  it('reverse reverses the text form; a datetime with its full 7-digit fraction (documentation example)', async () => {
    expect(await rows("print reverse('ABC'), reverse(12345), reverse(123.45), reverse(datetime(2017-10-15 12:00)), reverse(3h)")).toEqual([
      ['CBA', '54321', '54.321', 'Z0000000.00:00:21T51-01-7102', '00:00:30'],
    ]);
  });

  it('strrep and translate (documentation examples)', async () => {
    expect(await rows("print strrep('ABC', 2), strrep(123,3,'.'), strrep(3s,2,' '), translate('abc', 'x', 'abc'), translate('abc', '', 'ab'), translate('krasp', 'otsku', 'spark')")).toEqual([
      ['ABCABC', '123.123.123', '00:00:03 00:00:03', 'xxx', '', 'kusto'],
    ]);
  });

  it('strcat_array, string_size in UTF-8 bytes, split (documentation examples)', async () => {
    expect(await rows('print strcat_array(dynamic([1, "b", true]), "-"), string_size("abc"), string_size("é"), split("aa_bb", "_"), split("", "_"), split("a__b", "_"), split("aaa_bbb_ccc", "_", 1)')).toEqual([
      ['1-b-true', 3, 2, ['aa', 'bb'], [''], ['a', '', 'b'], ['bbb']],
    ]);
  });
});

describe('strcmp and tohex', () => {
  it('the documentation examples', async () => {
    expect(await rows('print strcmp("ABC","ABC"), strcmp("abc","ABC"), strcmp("ABC","abc"), strcmp("abcde","abc"), tohex(256), tohex(-256), tohex(toint(-256), 8), tohex(256, 8), tohex(256, 2)')).toEqual([
      [0, 1, -1, 1, '100', 'ffffffffffffff00', 'ffffff00', '00000100', '100'],
    ]);
  });
});
