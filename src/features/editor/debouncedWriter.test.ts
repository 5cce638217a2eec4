import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncedWriter } from './debouncedWriter';

describe('createDebouncedWriter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes only the last text once typing pauses for the delay', () => {
    const write = vi.fn();
    const writer = createDebouncedWriter(write, 100);
    writer.schedule('S');
    vi.advanceTimersByTime(60);
    writer.schedule('Si');
    vi.advanceTimersByTime(99);
    expect(write).not.toHaveBeenCalled();
    expect(writer.pending()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(write.mock.calls).toEqual([['Si']]);
    expect(writer.pending()).toBe(false);
  });

  it('flush writes the pending text at once and only once', () => {
    const write = vi.fn();
    const writer = createDebouncedWriter(write, 100);
    writer.schedule('SigninLogs');
    writer.flush();
    writer.flush();
    vi.advanceTimersByTime(500);
    expect(write.mock.calls).toEqual([['SigninLogs']]);
  });

  it('flush with nothing pending writes nothing', () => {
    const write = vi.fn();
    createDebouncedWriter(write, 100).flush();
    expect(write).not.toHaveBeenCalled();
  });
});
