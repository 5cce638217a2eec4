import { describe, expect, it } from 'vitest';
import { rows } from '../../testing/queries.ts';

describe('format_timespan', () => {
  it('the documentation example: days, hours, minutes, seconds and fractions', async () => {
    expect(await rows("let t = time(29.09:00:05.12345); print format_timespan(t, 'dd.hh:mm:ss:FF'), format_timespan(t, 'ddd.h:mm:ss [fffffff]')")).toEqual([
      ['29.09:00:05:12', '029.9:00:05 [1234500]'],
    ]);
  });

  it('F elements drop trailing zeros and vanish when zero; negative spans format their magnitude', async () => {
    expect(await rows("print format_timespan(time(00:00:01.5), 's.FFF'), format_timespan(time(00:00:01), 'ss.FFF'), format_timespan(-90m, 'H:mm'), format_timespan(timespan(null), 'hh')")).toEqual([
      ['1.5', '01.', '1:30', ''],
    ]);
  });
});

describe('format_datetime', () => {
  it('the documentation examples', async () => {
    expect(await rows("let dt = datetime(2017-01-29 09:00:05); print format_datetime(dt,'yy-MM-dd [HH:mm:ss]'), format_datetime(dt, 'yyyy-M-dd [H:mm:ss]'), format_datetime(dt, 'yy-MM-dd [hh:mm:ss tt]')")).toEqual([
      ['17-01-29 [09:00:05]', '2017-1-29 [9:00:05]', '17-01-29 [09:00:05 AM]'],
    ]);
  });

  it('fractions: f keeps zeros, F drops them', async () => {
    expect(await rows("let dt = datetime(2009-06-15 13:45:30.0500000); print format_datetime(dt, 'ss.ff'), format_datetime(dt, 'ss.FFF'), format_datetime(datetime(null), 'yyyy')")).toEqual([
      ['30.05', '30.05', ''],
    ]);
  });
});
