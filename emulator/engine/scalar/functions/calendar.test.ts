import { describe, expect, it } from 'vitest';
import { datetime, rows, value } from '../../testing/queries.ts';
import { TICKS_PER_DAY } from '../../values.ts';

describe('datetime_part and the calendar parts', () => {
  it('every documented part (the documentation example)', async () => {
    const parts = ['year', 'quarter', 'month', 'week_of_year', 'day', 'dayOfYear', 'hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond'];
    const query = `let dt = datetime(2017-10-30 01:02:03.7654321); print ${parts.map((part) => `datetime_part("${part}", dt)`).join(', ')}`;
    expect(await rows(query)).toEqual([[2017, 4, 10, 44, 30, 303, 1, 2, 3, 765, 765432, 765432100]]);
  });

  it('week_of_year is the ISO week: 2021-01-01 (a Friday) is in week 53 of 2020, 2024-12-30 in week 1', async () => {
    expect(await rows('print week_of_year(datetime(2021-01-01)), week_of_year(datetime(2021-01-04)), week_of_year(datetime(2024-12-30))')).toEqual([[53, 1, 1]]);
  });

  it('dayofyear, getyear, getmonth, dayofmonth, hourofday', async () => {
    expect(await rows('let t = datetime(2024-03-01 17:00); print dayofyear(t), getyear(t), getmonth(t), dayofmonth(t), hourofday(t)')).toEqual([[61, 2024, 3, 1, 17]]);
  });

  it('dayofweek is a timespan since Sunday', async () => {
    expect(await rows('print dayofweek(datetime(2024-05-12)), dayofweek(datetime(2024-05-18 23:00))')).toEqual([[0n, 6n * TICKS_PER_DAY]]);
  });

  it('a null datetime gives null parts', async () => {
    expect(await rows('print datetime_part("year", datetime(null)), dayofweek(datetime(null))')).toEqual([[null, null]]);
  });
});

describe('datetimes from parts and Unix time', () => {
  it('make_datetime, with fractional seconds; an impossible date is null', async () => {
    expect(await rows('print make_datetime(2017, 10, 1, 12, 10, 30.5), make_datetime(2024, 2, 29), make_datetime(2023, 2, 29)')).toEqual([
      [datetime('2017-10-01T12:10:30.5Z'), datetime('2024-02-29T00:00:00Z'), null],
    ]);
  });

  it('make_timespan from (hour, minute), (hour, minute, second) and (day, hour, minute, second); an hour past 23 is null', async () => {
    expect(await rows('print make_timespan(2, 30), make_timespan(2, 30, 15), make_timespan(1, 12, 30, 55), make_timespan(25, 0)')).toEqual([
      [150n * 600_000_000n, 9015n * 10_000_000n, 131455n * 10_000_000n, null],
    ]);
  });

  it('unixtime_*_todatetime', async () => {
    expect(
      await rows('print unixtime_seconds_todatetime(1546300800), unixtime_milliseconds_todatetime(1546300800123), unixtime_microseconds_todatetime(1546300800123456), unixtime_seconds_todatetime(1.5)'),
    ).toEqual([[datetime('2019-01-01T00:00:00Z'), datetime('2019-01-01T00:00:00.123Z'), datetime('2019-01-01T00:00:00.123456Z'), datetime('1970-01-01T00:00:01.5Z')]]);
  });
});

describe('bin_at', () => {
  it('aligns bins to the fixed point (documentation examples)', async () => {
    expect(
      await rows('print bin_at(6.5, 2.5, 7), bin_at(1h, 1d, 12h), bin_at(datetime(2017-05-15 10:20:00.0), 1d, datetime(1970-01-01 12:00:00.0)), bin_at(datetime(2017-05-17 10:20:00.0), 7d, datetime(2017-06-04 00:00:00.0))'),
    ).toEqual([[4.5, -12n * 3_600n * 10_000_000n, datetime('2017-05-14T12:00:00Z'), datetime('2017-05-14T00:00:00Z')]]);
  });
});

describe('todatetime of text', () => {
  it('reads the documented ISO 8601, RFC 822, RFC 850 and sortable forms as UTC', async () => {
    expect(
      await rows(`print
        todatetime("2014-05-25T08:20:03.123456Z"), todatetime("2014-11-08 15:55"),
        todatetime("Sat, 8 Nov 14 15:05:02 GMT"), todatetime("8 Nov 14 15:05"),
        todatetime("Saturday, 08-Nov-14 15:05:02 GMT"), todatetime("2014-11-08 15:05:25 GMT"),
        todatetime("2014-11-08T15:05:25+0100")`),
    ).toEqual([
      [
        datetime('2014-05-25T08:20:03.123456Z'),
        datetime('2014-11-08T15:55:00Z'),
        datetime('2014-11-08T15:05:02Z'),
        datetime('2014-11-08T15:05:00Z'),
        datetime('2014-11-08T15:05:02Z'),
        datetime('2014-11-08T15:05:25Z'),
        datetime('2014-11-08T14:05:25Z'),
      ],
    ]);
  });

  it('reads the month-first date of the todatetime example, and nothing ambiguous as a guess', async () => {
    expect(await rows("print todatetime('12-02-2022') == datetime('12-02-2022'), todatetime('12-02-2022'), todatetime('31/12/2022'), todatetime('yesterday')")).toEqual([
      [true, datetime('2022-12-02T00:00:00Z'), null, null],
    ]);
  });

  it('keeps 100 ns precision', async () => {
    expect(await value('print todatetime("2024-01-01T00:00:00.0000001Z") - datetime(2024-01-01)')).toBe(1n);
  });
});
