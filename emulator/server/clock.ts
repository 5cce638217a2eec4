/** The emulator's notion of "now": real time, optionally shifted so that it starts at a chosen instant. */
export interface Clock {
  now(): Date;
}

/**
 * A clock that starts at `start` (or the real time) and advances in real time. It keeps moving so that
 * token lifetimes, `Prefer: wait` and expiry faults behave as they would against the real services.
 */
export function startClock(start?: Date): Clock {
  const offsetMs = start === undefined ? 0 : start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offsetMs) };
}

/** Seconds since the Unix epoch, as JWT claims count time. */
export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
