import { describe, expect, it } from 'vitest';
import { NOW, datetime, rows, value } from '../../testing/queries.ts';
import { TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE } from '../../values.ts';

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

describe('now and ago', () => {
  it('use the request instant', async () => {
    expect(await rows('print now(), ago(1h), now(-1d)')).toEqual([[NOW, NOW - TICKS_PER_HOUR, NOW - TICKS_PER_DAY]]);
  });
});

describe('bin', () => {
  it('floors datetimes to the bin', async () => {
    expect(await rows('print bin(datetime(2024-01-01 10:37), 1h), bin(datetime(2024-01-01 10:37:12.5), 5m), floor(datetime(2024-01-03 23:59), 1d)')).toEqual([
      [datetime('2024-01-01T10:00:00Z'), datetime('2024-01-01T10:35:00Z'), datetime('2024-01-03T00:00:00Z')],
    ]);
  });

  it('keeps exact ticks right at and next to a bin edge', async () => {
    expect(await rows('print bin(datetime(2024-01-01 10:00:00), 1h), bin(datetime(2024-01-01 09:59:59.9999999), 1h), bin(datetime(2024-01-01 10:00:00.0000001), 1h)')).toEqual([
      [datetime('2024-01-01T10:00:00Z'), datetime('2024-01-01T09:00:00Z'), datetime('2024-01-01T10:00:00Z')],
    ]);
  });

  it('aligns week bins to 0001-01-01 (a Monday), as the service', async () => {
    expect(await value('print bin(datetime(2024-05-15), 7d)')).toBe(datetime('2024-05-13T00:00:00Z'));
  });

  it('floors numbers and timespans', async () => {
    expect(await rows('print bin(7, 5), bin(-3, 5), bin(7.5, 2.0), bin(95m, 1h), bin(4, 0)')).toEqual([[5, -5, 6, TICKS_PER_HOUR, null]]);
  });

  it('over a column, in a summarize', async () => {
    expect(await rows('AppTraces | where isnotnull(TimeGenerated) | summarize count() by bin(TimeGenerated, 1d) | order by TimeGenerated asc')).toEqual([
      [datetime('2024-05-13T00:00:00Z'), 1],
      [datetime('2024-05-14T00:00:00Z'), 3],
    ]);
  });
});

describe('calendar', () => {
  it('startof* and endof*', async () => {
    expect(
      await rows(
        'let t = datetime(2024-05-15 13:45:10); print startofday(t), startofweek(t), startofmonth(t), startofyear(t), endofday(t), startofday(t, -1), startofmonth(t, 1)',
      ),
    ).toEqual([
      [
        datetime('2024-05-15T00:00:00Z'),
        datetime('2024-05-12T00:00:00Z'),
        datetime('2024-05-01T00:00:00Z'),
        datetime('2024-01-01T00:00:00Z'),
        datetime('2024-05-15T23:59:59.9999999Z'),
        datetime('2024-05-14T00:00:00Z'),
        datetime('2024-06-01T00:00:00Z'),
      ],
    ]);
  });

  it('datetime_diff counts period boundaries (the documented examples)', async () => {
    expect(
      await rows(`print
        datetime_diff('year', datetime(2017-01-01), datetime(2000-12-31)),
        datetime_diff('quarter', datetime(2017-07-01), datetime(2017-03-30)),
        datetime_diff('month', datetime(2017-01-01), datetime(2015-12-30)),
        datetime_diff('week', datetime(2017-10-29 00:00), datetime(2017-09-30 23:59)),
        datetime_diff('day', datetime(2017-10-29 00:00), datetime(2017-09-30 23:59)),
        datetime_diff('hour', datetime(2017-10-31 01:00), datetime(2017-10-30 23:59)),
        datetime_diff('minute', datetime(2017-10-30 23:05:01), datetime(2017-10-30 23:00:59)),
        datetime_diff('second', datetime(2017-10-30 23:00:10.100), datetime(2017-10-30 23:00:00.900)),
        datetime_diff('millisecond', datetime(2017-10-30 23:00:00.200100), datetime(2017-10-30 23:00:00.100900))`),
    ).toEqual([[17, 2, 13, 5, 29, 2, 5, 10, 100]]);
  });

  it('datetime_add clamps to the end of shorter months', async () => {
    expect(await rows("print datetime_add('month', 1, datetime(2024-01-31)), datetime_add('day', -1, datetime(2024-03-01)), datetime_add('year', 1, datetime(2024-02-29))")).toEqual([
      [datetime('2024-02-29T00:00:00Z'), datetime('2024-02-29T00:00:00Z'), datetime('2025-02-28T00:00:00Z')],
    ]);
  });

  it('format_datetime', async () => {
    expect(
      await rows(
        "let t = datetime(2024-05-04 15:06:07.1234567); print format_datetime(t, 'yyyy-MM-dd HH:mm:ss'), format_datetime(t, 'yy/M/d h:m:s tt'), format_datetime(t, 'HH:mm:ss.fff'), format_datetime(datetime(2024-01-01 00:00:00.5), 'ss.FFF')",
      ),
    ).toEqual([['2024-05-04 15:06:07', '24/5/4 3:6:7 PM', '15:06:07.123', '00.5']]);
  });

  it('calendar parts', async () => {
    expect(await rows('let t = datetime(2024-05-15 13:45); print getyear(t), getmonth(t), dayofmonth(t), hourofday(t), dayofweek(t)')).toEqual([
      [2024, 5, 15, 13, 3n * TICKS_PER_DAY],
    ]);
  });
});
