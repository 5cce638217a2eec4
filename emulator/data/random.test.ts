import { describe, expect, it } from 'vitest';
import { hashLabel, SeededRandom, WeightedChoice } from './random.ts';

describe('hashLabel', () => {
  it('is 32-bit FNV-1a', () => {
    expect(hashLabel('')).toBe(0x811c9dc5);
    expect(hashLabel('a')).toBe(0xe40c292c);
  });
});

describe('SeededRandom', () => {
  it('produces a fixed sequence for a seed', () => {
    const rng = new SeededRandom(1);
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([2527132011, 314344336, 2535364964]);
  });

  it('differs between seeds and repeats for the same seed', () => {
    const draw = (seed: number) => {
      const rng = new SeededRandom(seed);
      return Array.from({ length: 8 }, () => rng.nextUint32());
    };
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
  });

  it('derives purpose streams from the seed and the purpose only', () => {
    expect(SeededRandom.forPurpose(7, 'x').nextUint32()).toBe(3800944639);
    expect(SeededRandom.forPurpose(7, 'y').nextUint32()).not.toBe(3800944639);
    expect(SeededRandom.forPurpose(8, 'x').nextUint32()).not.toBe(3800944639);
  });

  it('keeps next() in [0, 1) and int() in [min, max)', () => {
    const rng = new SeededRandom(3);
    const ints = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const unit = rng.next();
      expect(unit >= 0 && unit < 1).toBe(true);
      ints.add(rng.int(-2, 3));
    }
    expect([...ints].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
  });

  it('makes lowercase version-4 GUIDs and hex strings of the asked length', () => {
    const rng = new SeededRandom(42);
    expect(rng.guid()).toBe('c2ae5083-489d-4c5b-abca-a7231d344ab5');
    expect(rng.hex(10)).toBe('fb06f6f117');
    for (let i = 0; i < 1000; i++) {
      expect(rng.guid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(rng.hex(i % 40)).toMatch(new RegExp(`^[0-9a-f]{${i % 40}}$`));
    }
  });

  it('favours the start of a list with pickSkewed', () => {
    const rng = new SeededRandom(11);
    const items = Array.from({ length: 100 }, (_, i) => i);
    let firstTenth = 0;
    for (let i = 0; i < 10_000; i++) if (rng.pickSkewed(items) < 10) firstTenth++;
    // With skew 2.5 the first tenth gets 0.1^(1/2.5) ≈ 40% of the picks.
    expect(firstTenth).toBeGreaterThan(3700);
    expect(firstTenth).toBeLessThan(4300);
  });

  it('throws when picking from an empty list', () => {
    expect(() => new SeededRandom(1).pick([])).toThrow('pick from an empty list');
  });
});

describe('WeightedChoice', () => {
  it('samples in proportion to the weights and never picks a zero weight', () => {
    const choice = new WeightedChoice([['a', 3], ['never', 0], ['b', 1]] as const);
    const rng = new SeededRandom(9);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 20_000; i++) counts[choice.sample(rng)]++;
    expect(counts.never).toBe(0);
    expect(counts.a / 20_000).toBeCloseTo(0.75, 1);
  });

  it('refuses an empty list', () => {
    expect(() => new WeightedChoice([])).toThrow('WeightedChoice needs at least one entry');
  });
});
