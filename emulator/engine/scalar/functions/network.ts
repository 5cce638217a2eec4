// IPv4 functions. An address may carry an IP-prefix (`10.1.2.3/8`); comparisons use the smallest prefix among the
// arguments. Text that is not an IPv4 address makes the result null, as the documentation states.
import type { Cell } from '../../api.ts';
import { map1, map2, mapN } from '../../model/vector.ts';
import { textOf } from '../operators/strings.ts';
import type { ScalarFunction } from '../registry.ts';

interface Ipv4 {
  readonly value: number;
  readonly prefix: number;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;

export function parseIpv4(text: string): Ipv4 | null {
  const match = IPV4.exec(text.trim());
  if (match === null) return null;
  const octets = match.slice(1, 5).map(Number);
  const prefix = match[5] === undefined ? 32 : Number(match[5]);
  if (octets.some((octet) => octet > 255) || prefix > 32) return null;
  return { value: octets.reduce((sum, octet) => sum * 256 + octet, 0), prefix };
}

function masked(value: number, prefix: number): number {
  return prefix === 0 ? 0 : Math.floor(value / 2 ** (32 - prefix)) * 2 ** (32 - prefix);
}

/** -1, 0 or 1 comparing both addresses on the smallest prefix; null when either is not an address. */
function compare(a: Cell, b: Cell, prefix: Cell = 32): number | null {
  const left = typeof a === 'string' ? parseIpv4(a) : null;
  const right = typeof b === 'string' ? parseIpv4(b) : null;
  if (left === null || right === null || prefix === null) return null;
  const bits = Math.min(left.prefix, right.prefix, Number(prefix));
  if (bits < 0 || bits > 32) return null;
  return Math.sign(masked(left.value, bits) - masked(right.value, bits));
}

/** Is the address inside the range (the range's prefix decides, unless the address's own is smaller)? */
function inRange(address: Cell, range: Cell): boolean | null {
  const result = compare(address, range);
  return result === null ? null : result === 0;
}

const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

function texts(args: Parameters<ScalarFunction>[0], rowCount: number) {
  return args.map((arg) => (arg.type === 'dynamic' ? arg.vector : textOf(arg, rowCount)));
}

/** Ranges given as several strings or as one dynamic array of strings. */
function rangesOf(values: Cell[]): Cell[] {
  return values.flatMap((value): Cell[] => (Array.isArray(value) ? (value as Cell[]) : [value]));
}

/** An address in free text must stand alone: no digit, letter or dot right before it, and no digit right after. */
function hasIpv4(text: string, needle: string, prefixOnly: boolean): boolean {
  const valid = prefixOnly ? /^\d{1,3}(\.\d{1,3}){0,3}\.$/.test(needle) && needle.split('.').slice(0, -1).every((octet) => Number(octet) <= 255) : parseIpv4(needle) !== null && !needle.includes('/');
  if (!valid) return false;
  for (const match of text.matchAll(/(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.])/g)) {
    if (parseIpv4(match[0]) === null) continue;
    if (prefixOnly ? match[0].startsWith(needle) : match[0] === needle) return true;
  }
  return false;
}

export const NETWORK_FUNCTIONS: Readonly<Record<string, ScalarFunction>> = {
  parse_ipv4: ([ip], site) =>
    map1(textOf(ip!, site.rowCount), site.rowCount, (text) => {
      const parsed = parseIpv4(text as string);
      return parsed === null ? null : masked(parsed.value, parsed.prefix);
    }),
  ipv4_is_private: ([ip], site) =>
    map1(textOf(ip!, site.rowCount), site.rowCount, (text) => {
      if (parseIpv4(text as string) === null) return null;
      return PRIVATE_RANGES.some((range) => inRange(text, range) === true);
    }),
  ipv4_is_in_range: ([ip, range], site) => map2(textOf(ip!, site.rowCount), textOf(range!, site.rowCount), site.rowCount, inRange),
  ipv4_is_in_any_range: (args, site) =>
    mapN(texts(args, site.rowCount), site.rowCount, ([ip, ...ranges]) => {
      if (parseIpv4(ip as string) === null) return null;
      return rangesOf(ranges).some((range) => inRange(ip!, range) === true);
    }),
  ipv4_compare: (args, site) => mapN(texts(args, site.rowCount), site.rowCount, ([a, b, prefix]) => compare(a!, b!, prefix ?? 32)),
  ipv4_is_match: (args, site) =>
    mapN(texts(args, site.rowCount), site.rowCount, ([a, b, prefix]) => {
      const result = compare(a!, b!, prefix ?? 32);
      return result === null ? null : result === 0;
    }),
  has_ipv4: ([text, ip], site) =>
    map2(textOf(text!, site.rowCount), textOf(ip!, site.rowCount), site.rowCount, (value, needle) => hasIpv4(value as string, needle as string, false)),
  has_ipv4_prefix: ([text, prefix], site) =>
    map2(textOf(text!, site.rowCount), textOf(prefix!, site.rowCount), site.rowCount, (value, needle) => hasIpv4(value as string, needle as string, true)),
};
