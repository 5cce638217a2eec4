// Writes the editor text to the store a moment after typing pauses, so a burst of keystrokes causes one store
// update (and one localStorage write) instead of one each. `flush` writes what is pending at once: on blur, before a
// run and before the page unloads, so the last keystrokes are never lost.
export interface DebouncedWriter {
  schedule(text: string): void;
  flush(): void;
  /** Whether a value is waiting to be written. */
  pending(): boolean;
}

export function createDebouncedWriter(write: (text: string) => void, delayMs: number): DebouncedWriter {
  let waiting: { text: string } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (waiting === null) return;
    const { text } = waiting;
    waiting = null;
    write(text);
  };
  return {
    schedule: (text) => {
      waiting = { text };
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    pending: () => waiting !== null,
  };
}
