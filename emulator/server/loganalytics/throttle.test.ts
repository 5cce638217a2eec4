import { describe, expect, it } from 'vitest';
import { ConcurrencyGate } from './throttle.ts';

describe('concurrency gate', () => {
  it('admits five queries per user, then refuses until one ends', () => {
    const gate = new ConcurrencyGate();
    const releases = Array.from({ length: 5 }, () => gate.tryEnter('u1'));
    expect(releases.every((release) => release !== undefined)).toBe(true);
    expect(gate.tryEnter('u1')).toBeUndefined();
    expect(gate.tryEnter('u2')).toBeDefined();
    releases[0]!();
    releases[0]!();
    expect(gate.tryEnter('u1')).toBeDefined();
    expect(gate.tryEnter('u1')).toBeUndefined();
  });
});
