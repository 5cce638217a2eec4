// hash(): the service's hash is XXH64 (seed 0) over the value's bytes. Verified against the documented results for
// strings (UTF-8 bytes: hash("World") = 1846988464401551951, mod 100 = 51) and datetimes (the .NET ticks as 8
// little-endian bytes). Other types' byte layouts are not documented, so they stay unsupported.
import type { Cell } from '../../api.ts';
import { unsupported } from '../../errors.ts';
import { normalizeLong } from '../../model/cells.ts';
import { map2 } from '../../model/vector.ts';
import { MIN_DATETIME_TICKS } from '../../values.ts';
import type { ScalarFunction } from '../registry.ts';

const MASK = (1n << 64n) - 1n;
const P1 = 0x9e3779b185ebca87n;
const P2 = 0xc2b2ae3d27d4eb4fn;
const P3 = 0x165667b19e3779f9n;
const P4 = 0x85ebca77c2b2ae63n;
const P5 = 0x27d4eb2f165667c5n;

function rotl(value: bigint, bits: bigint): bigint {
  return ((value << bits) | (value >> (64n - bits))) & MASK;
}

function round(accumulator: bigint, lane: bigint): bigint {
  return (rotl((accumulator + lane * P2) & MASK, 31n) * P1) & MASK;
}

function merge(hash: bigint, accumulator: bigint): bigint {
  return (((hash ^ round(0n, accumulator)) * P1) + P4) & MASK;
}

function read64(bytes: Uint8Array, at: number): bigint {
  let value = 0n;
  for (let i = 7; i >= 0; i--) value = (value << 8n) | BigInt(bytes[at + i]!);
  return value;
}

function read32(bytes: Uint8Array, at: number): bigint {
  return BigInt((bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0);
}

/** XXH64 with seed 0, as an unsigned 64-bit value. */
export function xxh64(bytes: Uint8Array): bigint {
  let at = 0;
  let hash: bigint;
  if (bytes.length >= 32) {
    const lanes = [(P1 + P2) & MASK, P2, 0n, (MASK + 1n - P1) & MASK];
    for (; at + 32 <= bytes.length; at += 32) {
      for (let lane = 0; lane < 4; lane++) lanes[lane] = round(lanes[lane]!, read64(bytes, at + lane * 8));
    }
    const [v1, v2, v3, v4] = lanes as [bigint, bigint, bigint, bigint];
    hash = (rotl(v1, 1n) + rotl(v2, 7n) + rotl(v3, 12n) + rotl(v4, 18n)) & MASK;
    for (const lane of lanes) hash = merge(hash, lane);
  } else {
    hash = P5;
  }
  hash = (hash + BigInt(bytes.length)) & MASK;
  for (; at + 8 <= bytes.length; at += 8) hash = ((rotl(hash ^ round(0n, read64(bytes, at)), 27n) * P1) + P4) & MASK;
  if (at + 4 <= bytes.length) {
    hash = ((rotl(hash ^ ((read32(bytes, at) * P1) & MASK), 23n) * P2) + P3) & MASK;
    at += 4;
  }
  for (; at < bytes.length; at++) hash = (rotl(hash ^ ((BigInt(bytes[at]!) * P5) & MASK), 11n) * P1) & MASK;
  hash = ((hash ^ (hash >> 33n)) * P2) & MASK;
  hash = ((hash ^ (hash >> 29n)) * P3) & MASK;
  return hash ^ (hash >> 32n);
}

const utf8 = new TextEncoder();

function bytesOf(value: Cell, type: string): Uint8Array {
  if (type === 'string') return utf8.encode(value as string);
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigInt64(0, (value as bigint) - MIN_DATETIME_TICKS, true);
  return bytes;
}

export const hash: ScalarFunction = (args, site) => {
  const [source, modulo] = args;
  if (source!.type !== 'string' && source!.type !== 'datetime') return unsupported('function', `hash(${source!.type})`);
  return map2(source!.vector, modulo?.vector ?? { kind: 'scalar', value: null }, site.rowCount, (value, mod) => {
    if (value === null) return null;
    const unsigned = xxh64(bytesOf(value, source!.type));
    if (mod === null) return normalizeLong(BigInt.asIntN(64, unsigned));
    return Number(mod) <= 0 ? null : normalizeLong(unsigned % BigInt(Number(mod)));
  });
};
