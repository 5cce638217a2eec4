// Writes the editor text to the store a moment after typing pauses, so a burst of keystrokes causes one store
// update (and one localStorage write) instead of one each. `flush` writes what is pending at once: on blur, before a
// run and before the page unloads, so the last keystrokes are never lost.
export interface DebouncedWriter<T = string> {
  schedule(value: T): void;
  flush(): void;
  /** Whether a value is waiting to be written. */
  pending(): boolean;
}

export function createDebouncedWriter<T = string>(write: (value: T) => void, delayMs: number): DebouncedWriter<T> {
  let waiting: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (waiting === null) return;
    const { value } = waiting;
    waiting = null;
    write(value);
  };
  return {
    schedule: (value) => {
      waiting = { value };
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    pending: () => waiting !== null,
  };
}
