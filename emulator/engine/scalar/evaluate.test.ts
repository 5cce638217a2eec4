import { describe, expect, it } from 'vitest';
import { datetime, rows, schema, value } from '../testing/queries.ts';
import { TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_MS, TICKS_PER_SECOND } from '../values.ts';

describe('literals', () => {
  it('datetime literals, including null and 100 ns precision', async () => {
    expect(await rows('print datetime(2024-01-01 10:37), datetime(2024-05-14T15:20:49.8019363Z), datetime(null)')).toEqual([
      [datetime('2024-01-01T10:37:00Z'), datetime('2024-05-14T15:20:49.8019363Z'), null],
    ]);
  });

  it('timespan literals in every unit and clock form', async () => {
    expect(await rows('print 1d, 2h, 30m, 10s, 100ms, 1tick, 1.5h, time(1.02:03:04), timespan(2), -5m, time(null)')).toEqual([
      [
        TICKS_PER_DAY,
        2n * TICKS_PER_HOUR,
        30n * TICKS_PER_MINUTE,
        10n * TICKS_PER_SECOND,
        100n * TICKS_PER_MS,
        1n,
        90n * TICKS_PER_MINUTE,
        TICKS_PER_DAY + 2n * TICKS_PER_HOUR + 3n * TICKS_PER_MINUTE + 4n * TICKS_PER_SECOND,
        2n * TICKS_PER_DAY,
        -5n * TICKS_PER_MINUTE,
        null,
      ],
    ]);
  });

  it('numbers, strings, booleans, guids and typed nulls', async () => {
    expect(await rows('print 42, 0x1F, 1.5, 1e3, real(nan), "a\\"b", @"c\\d", true, int(null), guid(74BE27DE-1E4E-49D9-B579-FE0B331D3642)')).toEqual([
      [42, 31, 1.5, 1000, NaN, 'a"b', 'c\\d', true, null, '74be27de-1e4e-49d9-b579-fe0b331d3642'],
    ]);
  });

  it('longs beyond 2^53 stay exact', async () => {
    expect(await value('print 9007199254740993 + 1')).toBe(9007199254740994n);
  });

  it('dynamic literals', async () => {
    expect(await value('print dynamic({"a": [1, 2, {"b": "c"}], \'d\': null, "e": -1.5})')).toEqual({ a: [1, 2, { b: 'c' }], d: null, e: -1.5 });
  });
});

describe('arithmetic', () => {
  it('keeps int/long integral and truncates integer division', async () => {
    expect(await rows('print 7 / 2, -7 / 2, 7 % 3, toint(7) / toint(2), 2 * 3 - 1')).toEqual([[3, -3, 1, 3, 5]]);
  });

  it('divides reals as reals', async () => {
    expect(await rows('print 7 / 2.0, 1.0 / 0, 7.5 % 2')).toEqual([[3.5, Infinity, 1.5]]);
  });

  it('propagates null', async () => {
    expect(await rows('print int(null) + 1, 1.5 * real(null), datetime(null) - 1d')).toEqual([[null, null, null]]);
  });

  it('integer division by zero is null', async () => {
    expect(await value('print 1 / 0')).toBeNull();
  });

  it('datetime and timespan arithmetic', async () => {
    expect(
      await rows('print datetime(2024-01-02) - datetime(2024-01-01), datetime(2024-01-01) + 1h, datetime(2024-01-01) - 30m, 2h * 3, 1.5 * 1h, 1d / 4, 1h / 30m'),
    ).toEqual([
      [
        TICKS_PER_DAY,
        datetime('2024-01-01T01:00:00Z'),
        datetime('2023-12-31T23:30:00Z'),
        6n * TICKS_PER_HOUR,
        90n * TICKS_PER_MINUTE,
        6n * TICKS_PER_HOUR,
        2,
      ],
    ]);
  });

  it('unary minus', async () => {
    expect(await rows('let n = 5; let s = 1h; print -n, -s, -(2.5)')).toEqual([[-5, -TICKS_PER_HOUR, -2.5]]);
  });

  it('types the results as the service does', async () => {
    expect(await schema('print a = toint(1) + toint(2), b = 1 + 2, c = 1 + 2.0, d = now() - ago(1h)')).toEqual([
      'a:long',
      'b:long',
      'c:real',
      'd:timespan',
    ]);
  });
});

describe('comparisons and logic', () => {
  it('compare numbers across int, long and real', async () => {
    expect(await rows('print 1 == 1.0, toint(2) < 3, 2.5 >= 2, 3 != 3, 1 <= 1')).toEqual([[true, true, true, false, true]]);
  });

  it('== is case-sensitive, =~ is not', async () => {
    expect(await rows('print "Abc" == "abc", "Abc" =~ "abc", "Abc" != "abc", "Abc" !~ "ABC"')).toEqual([[false, true, true, false]]);
  });

  it('compare datetimes and timespans', async () => {
    expect(await rows('print datetime(2024-01-01) < datetime(2024-01-02), 1h > 30m, ago(1h) < now()')).toEqual([[true, true, true]]);
  });

  it('comparisons with null are null, so where drops the row', async () => {
    expect(await rows('print int(null) == 1, int(null) != 1, int(null) < 1')).toEqual([[null, null, null]]);
    expect(await rows('datatable(x:int)[1, int(null), 3] | where x != 1')).toEqual([[3]]);
  });

  it('and / or / not with three-valued logic', async () => {
    expect(await rows('let n = bool(null); print true and false, true or false, n and false, n or true, n and true, not(true), not(n)')).toEqual([
      [false, true, false, true, null, false, null],
    ]);
  });
});

describe('in and between', () => {
  it('in is case-sensitive, in~ is not, and their negations', async () => {
    expect(await rows('print "a" in ("a", "b"), "A" in ("a"), "A" in~ ("a"), "c" !in ("a"), "A" !in~ ("a")')).toEqual([[true, false, true, true, false]]);
  });

  it('in over numbers, a dynamic array and a subquery', async () => {
    expect(await rows('print 2 in (1, 2), 2.0 in (2), 3 in (dynamic([1, 3]))')).toEqual([[true, true, true]]);
    expect(await rows('AppTraces | where AppRoleName in ((AppTraces | where SeverityLevel == 0 | project AppRoleName)) | count')).toEqual([[2]]);
  });

  it('between is inclusive; a timespan upper bound extends a datetime lower bound', async () => {
    expect(await rows('print 5 between (1 .. 5), 6 between (1 .. 5), 6 !between (1 .. 5), datetime(2024-01-01 12:00) between (datetime(2024-01-01) .. 12h)')).toEqual([
      [true, false, true, true],
    ]);
  });
});

describe('dynamic access', () => {
  it('reads properties, bracketed keys and array indexes (negative from the end)', async () => {
    expect(await rows('let d = dynamic({"a": {"b": [10, 20, 30]}, "x y": 1}); print d.a.b[0], d["a"]["b"][-1], d["x y"], d.nothere, d.a.b[5]')).toEqual([
      [10, 30, 1, null, null],
    ]);
  });

  it('works over a dynamic column', async () => {
    expect(await rows('AppTraces | project Properties.user, Properties["ms"] | take 3')).toEqual([
      ['alice', null],
      [null, null],
      [null, 30000],
    ]);
  });

  it('names the columns as the service does', async () => {
    expect(await schema('AppTraces | project Properties.user, Properties["ms"]')).toEqual(['Properties_user:dynamic', 'Properties_ms:dynamic']);
  });
});

describe('toscalar', () => {
  it('takes the first cell of a tabular expression', async () => {
    expect(await value('let most = toscalar(AppTraces | summarize max(SeverityLevel)); print most')).toBe(3);
  });
});

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

describe('has_any and has_all', () => {
  it('match any or every listed term, including terms from a dynamic array', async () => {
    expect(await rows('let s = "User login failed"; print s has_any ("FAILED", "nope"), s has_any ("fail"), s has_all ("user", "login"), s has_all ("user", "nope"), s has_any (dynamic(["x", "login"]))')).toEqual([
      [true, false, true, false, true],
    ]);
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
