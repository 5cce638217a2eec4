import { describe, expect, it } from 'vitest';
import { SeededRandom } from './random.ts';
import {
  burstAges, eventAges, mergeTimelines, RETENTION_TICKS, scheduleAges, ticksAfter, ticksBefore, TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE,
} from './time.ts';

const NOW = 17_638_128_000_000_000n; // 2025-11-22T12:00:00Z

describe('ticks', () => {
  it('places instants before and after, never beyond now', () => {
    expect(ticksBefore(NOW, TICKS_PER_HOUR)).toBe(NOW - 36_000_000_000n);
    expect(ticksBefore(NOW, 1.9)).toBe(NOW - 1n);
    expect(ticksAfter(NOW - 100n, 40, NOW)).toBe(NOW - 60n);
    expect(ticksAfter(NOW - 100n, 400, NOW)).toBe(NOW);
  });
});

describe('eventAges', () => {
  it('returns ages oldest first, inside the retention, with the profile\'s share in the last hour', () => {
    const ages = eventAges(new SeededRandom(1), 20_000, NOW, { lastHour: 0.1, lastDay: 0.3 });
    expect(ages.length).toBe(20_000);
    let lastHour = 0;
    let lastDay = 0;
    let outOfRange = 0;
    let outOfOrder = 0;
    for (let i = 0; i < ages.length; i++) {
      const age = ages[i] ?? -1;
      if (age < 0 || age >= RETENTION_TICKS) outOfRange++;
      if (i > 0 && age > (ages[i - 1] ?? 0)) outOfOrder++;
      if (age < TICKS_PER_HOUR) lastHour++;
      else if (age < TICKS_PER_DAY) lastDay++;
    }
    expect([outOfRange, outOfOrder]).toEqual([0, 0]);
    expect(lastHour).toBeGreaterThan(1800);
    expect(lastHour).toBeLessThan(2200);
    expect(lastDay).toBeGreaterThan(5600);
    expect(lastDay).toBeLessThan(6400);
  });

  it('is the same for the same stream', () => {
    const a = eventAges(new SeededRandom(4), 100, NOW, { lastHour: 0.2, lastDay: 0.2 });
    const b = eventAges(new SeededRandom(4), 100, NOW, { lastHour: 0.2, lastDay: 0.2 });
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});

describe('scheduleAges', () => {
  it('steps densely inside the window and sparsely before it', () => {
    const ages = scheduleAges({ denseWindow: 10 * TICKS_PER_MINUTE, denseStep: TICKS_PER_MINUTE, sparseStep: TICKS_PER_DAY, phase: 0 });
    expect(ages.slice(0, 14)).toEqual(Array.from({ length: 14 }, (_, k) => RETENTION_TICKS - k * TICKS_PER_DAY));
    expect(ages.slice(14)).toEqual(Array.from({ length: 11 }, (_, k) => (10 - k) * TICKS_PER_MINUTE));
  });

  it('stops a silent source at its silence', () => {
    const ages = scheduleAges({ denseWindow: TICKS_PER_HOUR, denseStep: TICKS_PER_MINUTE, sparseStep: TICKS_PER_HOUR, phase: 0, silentFor: 30 * TICKS_PER_MINUTE });
    expect(Math.min(...ages)).toBe(30 * TICKS_PER_MINUTE);
  });
});

describe('burstAges and mergeTimelines', () => {
  it('keeps a burst inside its window', () => {
    const ages = burstAges(new SeededRandom(2), 50 * TICKS_PER_MINUTE, 20 * TICKS_PER_MINUTE, 300);
    expect(ages.length).toBe(300);
    expect(Math.max(...ages)).toBeLessThanOrEqual(50 * TICKS_PER_MINUTE);
    expect(Math.min(...ages)).toBeGreaterThan(30 * TICKS_PER_MINUTE);
  });

  it('merges oldest first and remembers each event\'s source', () => {
    const merged = mergeTimelines([Float64Array.of(90, 50, 10), Float64Array.of(70, 60), Float64Array.of()]);
    expect(Array.from(merged.ages)).toEqual([90, 70, 60, 50, 10]);
    expect(Array.from(merged.source)).toEqual([0, 1, 1, 0, 0]);
    expect(Array.from(merged.indexInSource)).toEqual([0, 0, 1, 1, 2]);
  });
});
