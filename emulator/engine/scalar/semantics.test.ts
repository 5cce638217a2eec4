// The semantics analysts trip on (issue #7 item 4), each pinned to the service's documented behaviour.
import { describe, expect, it } from 'vitest';
import { datetime, rows, schema, value } from '../testing/queries.ts';
import { TICKS_PER_HOUR, TICKS_PER_MINUTE } from '../values.ts';

describe('has is term matching, not substring matching', () => {
  it('the documentation example: "KustoExplorerQueryRun" has "Explorer" is false, contains is true', async () => {
    expect(await rows('print "KustoExplorerQueryRun" has "Explorer", "KustoExplorerQueryRun" contains "Explorer", "Kusto: ad67d136-c1db-4f9f" has "c1db", "Kusto: ad67d136-c1db" has "67d1"')).toEqual([
      [false, true, true, false],
    ]);
  });

  it('terms are runs of letters and digits: punctuation and underscores split them; a needle with punctuation matches whole terms', async () => {
    expect(await rows('print "hello_world" has "world", "alice@contoso.com" has "contoso.com", "alice@contoso.com" has "ontoso.com", "North America" has "america", "North America" !has "america"')).toEqual([
      [true, true, false, true, false],
    ]);
  });

  it('hasprefix / hassuffix match the start / end of a term', async () => {
    expect(await rows('print "North America" hasprefix "ame", "North America" hasprefix "merica", "North America" hassuffix "rth", "North America" hassuffix "Nor"')).toEqual([[true, false, true, false]]);
  });
});

describe('case rules', () => {
  it('== and _cs operators are case-sensitive; =~, contains, has, startswith, in~ are not', async () => {
    expect(
      await rows(`print "aBc" == "abc", "aBc" =~ "ABC", "abc" != "ABC", "aBc" !~ "xyz", "FabriKam" contains "BRik", "FabriKam" contains_cs "BRik", "FabriKam" contains_cs "Kam",
        "North America" has_cs "america", "North America" has_cs "America", "Fabrikam" startswith "fab", "Fabrikam" startswith_cs "fab", "Fabrikam" endswith_cs "kam", "abc" in~ ("ABC"), "abc" in ("ABC"), "abc" !in~ ("ABC")`),
    ).toEqual([[false, true, true, true, true, false, true, false, true, true, false, true, true, false, false]]);
  });
});

describe('null propagation', () => {
  it('arithmetic and comparisons with null are null; a string is never null', async () => {
    expect(
      await rows('print int(null) + 1, 1.0 * real(null), int(null) == int(null), int(null) < 1, strlen(tostring(int(null))), strcat("a", int(null), "b"), isnull(""), isempty(""), isempty(int(null))'),
    ).toEqual([[null, null, null, null, 0, 'ab', false, true, true]]);
  });

  it('where drops rows whose predicate is null; iff takes the else branch', async () => {
    expect(await rows('datatable(x:int) [1, int(null), 3] | where x > 1 or x < 1 | extend y = iff(x > 2, "big", "other")')).toEqual([[3, 'big']]);
    expect(await value('print iff(bool(null), "then", "else")')).toBe('else');
  });

  it('functions of null are null, and coalesce skips nulls and empty strings', async () => {
    expect(await rows('print abs(int(null)), round(real(null), 2), startofday(datetime(null)), coalesce(int(null), 5), coalesce("", "x"), datetime_add("day", 1, datetime(null))')).toEqual([
      [null, null, null, 5, 'x', null],
    ]);
  });
});

describe('bin on datetimes and timespans', () => {
  it('floors datetimes to the bin, aligned to 0001-01-01 (7d bins start on Mondays)', async () => {
    expect(await rows('print bin(datetime(2024-01-01 10:37:59.9999999), 15m), bin(datetime(2024-05-15), 7d), bin(datetime(2024-05-15 23:00), 1d)')).toEqual([
      [datetime('2024-01-01T10:30:00Z'), datetime('2024-05-13T00:00:00Z'), datetime('2024-05-15T00:00:00Z')],
    ]);
  });

  it('floors timespans, negative ones towards minus infinity', async () => {
    expect(await rows('print bin(95m, 1h), bin(-95m, 1h), bin(1d + 90m, 1d)')).toEqual([[TICKS_PER_HOUR, -2n * TICKS_PER_HOUR, 24n * TICKS_PER_HOUR]]);
  });
});

describe('datetime precision is 100 ns', () => {
  it('keeps every tick through literals, arithmetic and text', async () => {
    expect(
      await rows('print datetime(2024-01-01 00:00:00.1234567) + 1tick, datetime(2024-01-01 00:00:00.1234567) - datetime(2024-01-01), tostring(datetime(2024-01-01 00:00:00.0000001)), tostring(1tick)'),
    ).toEqual([[datetime('2024-01-01T00:00:00.1234568Z'), 1234567n, '2024-01-01T00:00:00.0000001Z', '00:00:00.0000001']]);
  });
});

describe('integer and real division', () => {
  it('long / long is a long, truncated toward zero; a real operand gives a real', async () => {
    expect(await schema('print a = 7 / 2, b = 7 / 2.0, c = 7.0 / 2')).toEqual(['a:long', 'b:real', 'c:real']);
    expect(await rows('print 7 / 2, -7 / 2, 7 / 2.0, 1.0 / 0 > 1e308')).toEqual([[3, -3, 3.5, true]]);
  });

  it('the modulo is never negative: 0 <= N % D < abs(D) (documentation example)', async () => {
    expect(await rows('print plusPlus = 14 % 12, minusPlus = -14 % 12, plusMinus = 14 % -12, minusMinus = -14 % -12, fraction = -7.5 % 2')).toEqual([[2, 10, 2, 10, 0.5]]);
  });

  it('timespan / timespan is a real count; timespan / long scales it', async () => {
    expect(await rows('print 90m / 1h, 1h / 4')).toEqual([[1.5, 15n * TICKS_PER_MINUTE]]);
  });
});

describe('summarize output names', () => {
  it('count_, avg_X, sum_X, dcount_X, min_X, max_X, the by keys first', async () => {
    expect(await schema('AppTraces | summarize count(), avg(SeverityLevel), sum(SeverityLevel), dcount(AppRoleName), min(TimeGenerated), max(Message) by AppRoleName')).toEqual([
      'AppRoleName:string',
      'count_:long',
      'avg_SeverityLevel:real',
      'sum_SeverityLevel:long',
      'dcount_AppRoleName:long',
      'min_TimeGenerated:datetime',
      'max_Message:string',
    ]);
  });
});

describe('a string compared with a number', () => {
  it('== / != / in compare with the number\'s text, as `SigninLogs | where ResultType == 0` relies on', async () => {
    const T = 'datatable(ResultType:string) ["0", "50126", "0"]';
    expect(await rows(`${T} | summarize Successful = countif(ResultType == 0), Failed = countif(ResultType != 0), Listed = countif(ResultType in (50126, 50053))`)).toEqual([[2, 1, 1]]);
  });
});
