import { describe, expect, it } from 'vitest';
import { rows } from '../../testing/queries.ts';

describe('IPv4 functions', () => {
  it('ipv4_is_private and parse_ipv4 (documentation examples); text that is no address is null', async () => {
    expect(await rows("datatable(ip:string) ['10.1.2.3', '192.168.1.1/24', '127.0.0.1', '172.31.0.1', '172.32.0.1', 'nope', '1.2.3.256'] | extend isPrivate = ipv4_is_private(ip), asLong = parse_ipv4(ip)")).toEqual([
      ['10.1.2.3', true, 167838211],
      ['192.168.1.1/24', true, 3232235776],
      ['127.0.0.1', false, 2130706433],
      ['172.31.0.1', true, 2887712769],
      ['172.32.0.1', false, 2887778305],
      ['nope', null, null],
      ['1.2.3.256', null, null],
    ]);
  });

  it('ipv4_is_in_range, ipv4_is_in_any_range, ipv4_compare, ipv4_is_match use the smallest prefix', async () => {
    expect(
      await rows(`print ipv4_is_in_range('192.168.1.1', '192.168.1.1'), ipv4_is_in_range('192.168.1.1', '192.168.1.255/24'), ipv4_is_in_range('192.168.2.1', '192.168.1.255/24'),
        ipv4_is_in_any_range('192.168.1.6', '192.168.1.1/24', '10.0.0.1/8'), ipv4_is_in_any_range('127.0.0.1', dynamic(['127.0.0.1', '192.168.1.1'])),
        ipv4_compare('192.168.1.1/30', '192.168.1.255/24'), ipv4_compare('192.168.1.1', '192.168.1.0', 31), ipv4_compare('10.0.0.2', '10.0.0.1'), ipv4_is_match('192.168.1.1', '192.168.1.255', 24), ipv4_is_in_range('x', '10.0.0.0/8')`),
    ).toEqual([[true, true, false, true, true, 0, 0, 1, true, null]]);
  });

  it('has_ipv4 and has_ipv4_prefix need the address delimited (documentation examples)', async () => {
    expect(
      await rows(`print has_ipv4('05:04:54 127.0.0.1 GET /favicon.ico 404', '127.0.0.1'), has_ipv4('05:04:54 127.0.0.256 GET', '127.0.0.256'), has_ipv4('05:04:54127.0.0.1 GET', '127.0.0.1'),
        has_ipv4_prefix('05:04:54 127.0.0.1 GET', '127.0.'), has_ipv4_prefix('05:04:54 127.0.0.1 GET', '127.0')`),
    ).toEqual([[true, false, false, true, false]]);
  });
});
