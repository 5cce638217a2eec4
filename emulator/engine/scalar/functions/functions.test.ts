import { describe, expect, it } from 'vitest';
import { datetime, rows, value } from '../../testing/queries.ts';
import { TICKS_PER_HOUR, TICKS_PER_MINUTE } from '../../values.ts';

describe('conversions', () => {
  it('tostring of every type', async () => {
    expect(
      await rows('print tostring(42), tostring(1.5), tostring(true), tostring(datetime(2024-01-02 03:04:05.6)), tostring(90m), tostring(dynamic({"a":1})), tostring(int(null))'),
    ).toEqual([['42', '1.5', 'true', '2024-01-02T03:04:05.6Z', '01:30:00', '{"a":1}', '']]);
  });

  it('toint / tolong / todouble / toreal from text and numbers; failures are null', async () => {
    expect(await rows('print toint("42"), toint(" 7 "), toint(2.9), toint("abc"), tolong("9007199254740993"), todouble("1.5"), toreal(3), todouble("x")')).toEqual([
      [42, 7, 2, null, 9007199254740993n, 1.5, 3, null],
    ]);
  });

  it('tobool, todatetime, totimespan, toguid', async () => {
    expect(
      await rows('print tobool("true"), tobool("FALSE"), tobool(0), todatetime("2024-01-01T10:00:00Z"), todatetime("nope"), totimespan("01:30:00"), totimespan("30m"), toguid("not-a-guid")'),
    ).toEqual([[true, false, false, datetime('2024-01-01T10:00:00Z'), null, 90n * TICKS_PER_MINUTE, 30n * TICKS_PER_MINUTE, null]]);
  });

  it('tolong of a datetime counts .NET ticks since 0001-01-01', async () => {
    expect(await value('print tolong(datetime(1970-01-01))')).toBe(621355968000000000n);
  });

  it('parse_json / todynamic parse JSON text; other text stays a string', async () => {
    expect(await rows('print parse_json(\'{"a":[1,2]}\'), todynamic("[true]"), parse_json("not json"), parse_json(dynamic("{\\"b\\":2}"))')).toEqual([
      [{ a: [1, 2] }, [true], 'not json', { b: 2 }],
    ]);
  });
});

describe('strings', () => {
  it('strlen counts characters; tolower / toupper', async () => {
    expect(await rows('print strlen("hello"), strlen(""), strlen("⒦⒰⒮⒯⒪"), tolower("AbC"), toupper("AbC")')).toEqual([[5, 0, 5, 'abc', 'ABC']]);
  });

  it('strcat, strcat_delim, substring, indexof', async () => {
    expect(await rows('print strcat("a", 1, true), strcat_delim("-", "a", "b"), substring("ABCDEF", 2, 3), substring("ABCDEF", 4), indexof("abcabc", "c"), indexof("abc", "z")')).toEqual([
      ['a1true', 'a-b', 'CDE', 'EF', 2, -1],
    ]);
  });

  it('split, replace_string, extract', async () => {
    expect(
      await rows('print split("a,b,c", ","), split("a,b,c", ",", 1), replace_string("a.b.c", ".", "::"), extract(@"(\\d+)ms", 1, "took 250ms"), extract(@"(\\d+)ms", 1, "n/a"), extract(@"(\\d+)", 1, "id 42", typeof(long))'),
    ).toEqual([[['a', 'b', 'c'], ['b'], 'a::b::c', '250', '', 42]]);
  });

  it('trim, trim_start, trim_end take a regex', async () => {
    expect(await rows('print trim(@"\\s", "  x  "), trim_start("-", "--x--"), trim_end("-", "--x--")')).toEqual([['x', 'x--', '--x']]);
  });
});

describe('logic and emptiness', () => {
  it('iff / iif pick by a condition; a null condition takes the else branch', async () => {
    expect(await rows('print iff(true, 1, 2), iif(false, "a", "b"), iff(bool(null), 1, 2)')).toEqual([[1, 'b', 2]]);
  });

  it('case and coalesce', async () => {
    expect(await rows('let n = 5; print case(n < 3, "low", n < 10, "mid", "high"), coalesce(int(null), 7), coalesce("", "x")')).toEqual([['mid', 7, 'x']]);
  });

  it('isempty / isnotempty / isnull / isnotnull', async () => {
    expect(await rows('print isempty(""), isempty("a"), isempty(int(null)), isnotempty("a"), isnull(int(null)), isnull(""), isnotnull(1)')).toEqual([
      [true, false, true, true, true, false, true],
    ]);
  });
});

describe('dynamic helpers', () => {
  it('array_length, pack, pack_array, bag_keys', async () => {
    expect(await rows('print array_length(dynamic([1,2,3])), array_length(parse_json("{}")), pack("a", 1, "b", "x"), pack_array(1, "two"), bag_keys(dynamic({"k":1,"j":2}))')).toEqual([
      [3, null, { a: 1, b: 'x' }, [1, 'two'], ['k', 'j']],
    ]);
  });
});

describe('math', () => {
  it('round half away from zero, abs, ceiling, sqrt, pow, log', async () => {
    expect(await rows('print round(2.5), round(-2.5), round(1.2345, 2), abs(-3), ceiling(1.2), sqrt(16.0), pow(2, 10), log(1.0)')).toEqual([[3, -3, 1.23, 3, 2, 4, 1024, 0]]);
  });

  it('datetime subtraction divided by a timespan gives hours', async () => {
    expect(await value('print (datetime(2024-01-01 06:00) - datetime(2024-01-01)) / 1h')).toBe(6);
    expect(await value('print 6 * 1h')).toBe(6n * TICKS_PER_HOUR);
  });
});
