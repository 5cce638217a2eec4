import { describe, expect, it } from 'vitest';
import { subscribeDeferring, type FrameScheduler } from './useWorkerRows';

function fakeSource() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change: () => listeners.forEach((listener) => listener()),
    listenerCount: () => listeners.size,
  };
}

function fakeFrames() {
  const waiting = new Map<number, () => void>();
  let next = 1;
  const frames: FrameScheduler = {
    request: (callback) => {
      waiting.set(next, callback);
      return next++;
    },
    cancel: (handle) => waiting.delete(handle),
  };
  return {
    frames,
    waiting: () => waiting.size,
    runFrame: () => {
      const callbacks = [...waiting.values()];
      waiting.clear();
      callbacks.forEach((callback) => callback());
    },
  };
}

describe('row updates deferred while scrolling', () => {
  it('passes each change on at once when not deferring', () => {
    const source = fakeSource();
    const { frames, waiting } = fakeFrames();
    let calls = 0;
    subscribeDeferring(source.subscribe, () => false, () => calls++, frames);
    source.change();
    source.change();
    expect(calls).toBe(2);
    expect(waiting()).toBe(0);
  });

  it('while deferring, passes any number of changes on once, at the next frame', () => {
    const source = fakeSource();
    const clock = fakeFrames();
    let calls = 0;
    subscribeDeferring(source.subscribe, () => true, () => calls++, clock.frames);
    source.change();
    source.change();
    source.change();
    expect(calls).toBe(0);
    expect(clock.waiting()).toBe(1);
    clock.runFrame();
    expect(calls).toBe(1);
    source.change();
    clock.runFrame();
    expect(calls).toBe(2);
  });

  it('unsubscribing stops changes and drops the one waiting for its frame', () => {
    const source = fakeSource();
    const clock = fakeFrames();
    let calls = 0;
    const unsubscribe = subscribeDeferring(source.subscribe, () => true, () => calls++, clock.frames);
    source.change();
    unsubscribe();
    clock.runFrame();
    expect(calls).toBe(0);
    expect(source.listenerCount()).toBe(0);
  });
});
