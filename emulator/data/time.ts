// Time in the sample data: 100-ns ticks since the Unix epoch (the engine's datetime cells), with every timestamp
// placed relative to the caller's `now` so `ago(1h)` always finds recent rows.
import type { SeededRandom } from './random.ts';

export const TICKS_PER_MILLISECOND = 10_000;
export const TICKS_PER_SECOND = 1_000 * TICKS_PER_MILLISECOND;
export const TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
export const TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
export const TICKS_PER_DAY = 24 * TICKS_PER_HOUR;

/** How far back the sample data reaches. */
export const RETENTION_TICKS = 14 * TICKS_PER_DAY;

/** How a table's rows spread over the retention period: recent hours are denser, as in a live workspace. */
export interface RecencyProfile {
  /** Share of rows in the last hour. */
  lastHour: number;
  /** Share of rows between one hour and one day old. */
  lastDay: number;
}

/** The instant `ageTicks` before `now`. Ages stay below 2^53 ticks (about 28 years), so the number is exact. */
export function ticksBefore(now: bigint, ageTicks: number): bigint {
  return now - BigInt(Math.floor(ageTicks));
}

/** The instant `offsetTicks` after `start`, never later than `now` (nothing is logged in the future). */
export function ticksAfter(start: bigint, offsetTicks: number, now: bigint): bigint {
  const instant = start + BigInt(Math.floor(offsetTicks));
  return instant > now ? now : instant;
}

const MILLISECONDS_PER_DAY = 86_400_000;

/** Office hours and weekdays carry more traffic; nights and weekends still have some. */
function activityWeight(epochMs: number): number {
  const hour = Math.floor((epochMs % MILLISECONDS_PER_DAY) / 3_600_000);
  const dayOfWeek = (Math.floor(epochMs / MILLISECONDS_PER_DAY) + 4) % 7; // 1970-01-01 was a Thursday
  const daytime = hour >= 7 && hour < 19 ? 1 : 0.3;
  const weekday = dayOfWeek === 0 || dayOfWeek === 6 ? 0.45 : 1;
  return daytime * weekday;
}

/**
 * `count` event ages (ticks before now), oldest first, following the profile. Older events follow a day/night and
 * weekday/weekend rhythm; the last hour is uniform so short windows behave predictably.
 */
export function eventAges(rng: SeededRandom, count: number, now: bigint, profile: RecencyProfile): Float64Array {
  const nowMs = Number(now / BigInt(TICKS_PER_MILLISECOND));
  const ages = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const band = rng.next();
    if (band < profile.lastHour) {
      ages[i] = rng.next() * TICKS_PER_HOUR;
      continue;
    }
    const [from, to] = band < profile.lastHour + profile.lastDay ? [TICKS_PER_HOUR, TICKS_PER_DAY] : [TICKS_PER_DAY, RETENTION_TICKS];
    let age = from + rng.next() * (to - from);
    while (rng.next() > activityWeight(nowMs - age / TICKS_PER_MILLISECOND)) age = from + rng.next() * (to - from);
    ages[i] = age;
  }
  return ages.sort().reverse();
}

/** A regular reporting schedule (agents, counters): every `denseStep` lately, every `sparseStep` before. */
export interface Schedule {
  denseWindow: number;
  denseStep: number;
  sparseStep: number;
  /** Shifts the whole series, so sources do not all report on the same tick. */
  phase: number;
  /** The source went silent this long ago (no samples younger than this). */
  silentFor?: number;
}

/** The ages of a schedule's samples, oldest first. */
export function scheduleAges(schedule: Schedule): number[] {
  const ages: number[] = [];
  const youngest = schedule.silentFor ?? 0;
  for (let age = RETENTION_TICKS - schedule.phase; age > schedule.denseWindow; age -= schedule.sparseStep) {
    if (age >= youngest) ages.push(age);
  }
  for (let age = schedule.denseWindow - schedule.phase; age >= youngest; age -= schedule.denseStep) ages.push(age);
  return ages;
}

/** The ages of `attempts` events spread over a burst, oldest first. */
export function burstAges(rng: SeededRandom, startAge: number, duration: number, attempts: number): Float64Array {
  const ages = new Float64Array(attempts);
  for (let i = 0; i < attempts; i++) ages[i] = startAge - rng.next() * duration;
  return ages.sort().reverse();
}

/** Several timelines merged into one, oldest first, remembering where each event came from. */
export interface MergedTimeline {
  ages: Float64Array;
  /** Which input each event came from. */
  source: Uint8Array;
  /** The event's position in its input. */
  indexInSource: Uint32Array;
}

/** Merges timelines that are each sorted oldest first (descending age). */
export function mergeTimelines(timelines: readonly Float64Array[]): MergedTimeline {
  const total = timelines.reduce((sum, timeline) => sum + timeline.length, 0);
  const merged: MergedTimeline = { ages: new Float64Array(total), source: new Uint8Array(total), indexInSource: new Uint32Array(total) };
  const cursors = timelines.map(() => 0);
  for (let out = 0; out < total; out++) {
    let best = -1;
    let bestAge = -Infinity;
    timelines.forEach((timeline, t) => {
      const age = timeline[cursors[t] ?? 0];
      if (age !== undefined && age > bestAge) {
        best = t;
        bestAge = age;
      }
    });
    const index = cursors[best] ?? 0;
    merged.ages[out] = bestAge;
    merged.source[out] = best;
    merged.indexInSource[out] = index;
    cursors[best] = index + 1;
  }
  return merged;
}
