// The service's per-user concurrency limit: 5 queries at a time per user (oid). The real service queues the sixth
// for up to 3 minutes before answering 429; the emulator answers 429 at once, which is what a client must handle.

const MAX_CONCURRENT_QUERIES_PER_USER = 5;

export class ConcurrencyGate {
  private readonly running = new Map<string, number>();

  constructor(private readonly limit: number = MAX_CONCURRENT_QUERIES_PER_USER) {}

  /** Admits one query for `user`; returns its release function, or undefined when the user is at the limit. */
  tryEnter(user: string): (() => void) | undefined {
    const count = this.running.get(user) ?? 0;
    if (count >= this.limit) return undefined;
    this.running.set(user, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const remaining = (this.running.get(user) ?? 1) - 1;
      if (remaining === 0) this.running.delete(user);
      else this.running.set(user, remaining);
    };
  }
}
