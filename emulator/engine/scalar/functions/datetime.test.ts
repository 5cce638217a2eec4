import { describe, expect, it } from 'vitest';
import { NOW, datetime, rows, value } from '../../testing/queries.ts';
import { TICKS_PER_DAY, TICKS_PER_HOUR } from '../../values.ts';

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
