// A seedable pseudo-random generator for the sample data. Math.random is never used: every workspace must be
// reproducible cell for cell from (seed, now).

/** 32-bit FNV-1a: turns a label into a seed component, so each table draws from its own independent stream. */
export function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const HEX_CODES: readonly number[] = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
const GUID_LAYOUT = 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx';
const X_CODE = 'x'.charCodeAt(0);
const Y_CODE = 'y'.charCodeAt(0);

/** A picker over weighted choices, built once and sampled many times. */
export class WeightedChoice<T> {
  private readonly values: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new Error('WeightedChoice needs at least one entry');
    this.values = entries.map(([value]) => value);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], i) => {
      total += weight;
      this.cumulative[i] = total;
    });
    for (let i = 0; i < this.cumulative.length; i++) this.cumulative[i] = (this.cumulative[i] ?? 0) / total;
  }

  sample(rng: SeededRandom): T {
    const target = rng.next();
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.cumulative[mid] ?? 1) > target) high = mid;
      else low = mid + 1;
    }
    return this.values[low] as T;
  }
}

/**
 * A Weyl sequence passed through a 32-bit avalanche mixer: tiny state, fast, and statistically good enough for
 * demo data (it is not meant for cryptography).
 */
export class SeededRandom {
  private state: number;
  /** Reused char-code buffers for ids, one per length. */
  private readonly buffers = new Map<number, number[]>();

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The stream for a named purpose under a seed: stable whatever else is generated, and in whichever order. */
  static forPurpose(seed: number, purpose: string): SeededRandom {
    return new SeededRandom(hashLabel(`${seed >>> 0}:${purpose}`));
  }

  /** An independent stream for a named purpose, so adding draws in one table never shifts another. */
  fork(label: string): SeededRandom {
    return new SeededRandom((this.nextUint32() ^ hashLabel(label)) >>> 0);
  }

  nextUint32(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A uniform integer in [min, max). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Favours the start of the list (a power-law-like popularity): a few items get most of the traffic. */
  pickSkewed<T>(items: readonly T[], skew = 2.5): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(Math.pow(this.next(), skew) * items.length)] as T;
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal draw with the given median: the usual shape of latencies and sizes. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** `length` random lowercase hex digits. */
  hex(length: number): string {
    return this.fillLayout('x'.repeat(length));
  }

  /** A lowercase, dashed, version-4-shaped GUID. */
  guid(): string {
    return this.fillLayout(GUID_LAYOUT);
  }

  /**
   * Replaces each "x" with a random hex digit and "y" with an RFC 4122 variant digit, keeping other characters.
   * Ids are built from char codes in one step: millions of them are made, and string concatenation would create
   * several short-lived strings per id.
   */
  private fillLayout(layout: string): string {
    const codes = this.scratch(layout.length);
    let bits = 0;
    let nibbles = 0;
    for (let i = 0; i < layout.length; i++) {
      const slot = layout.charCodeAt(i);
      if (slot !== X_CODE && slot !== Y_CODE) {
        codes[i] = slot;
        continue;
      }
      if (nibbles === 0) {
        bits = this.nextUint32();
        nibbles = 8;
      }
      const nibble = bits & 15;
      bits >>>= 4;
      nibbles--;
      codes[i] = HEX_CODES[slot === Y_CODE ? 8 + (nibble & 3) : nibble] ?? X_CODE;
    }
    return String.fromCharCode(...codes);
  }

  private scratch(length: number): number[] {
    let buffer = this.buffers.get(length);
    if (!buffer) {
      buffer = new Array<number>(length).fill(0);
      this.buffers.set(length, buffer);
    }
    return buffer;
  }
}
