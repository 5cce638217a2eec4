import { describe, expect, it } from 'vitest';
import { failure } from '../queryFailure';
import { CHECK_STEPS, chainResults, isComplete } from './chain';
import type { StepVerdict } from './types';

const passed = (detail: string): StepVerdict => ({ status: 'passed', detail });

describe('chainResults', () => {
  it('lists every step in order with its verdict when all passed', () => {
    const results = chainResults(CHECK_STEPS.map((step) => passed(`${step.id} ok`)));
    expect(results.map((result) => [result.id, result.status])).toEqual([
      ['configuration', 'passed'],
      ['endpoint', 'passed'],
      ['token', 'passed'],
      ['claims', 'passed'],
      ['api', 'passed'],
      ['workspace', 'passed'],
    ]);
    expect(results[1]).toEqual({ id: 'endpoint', label: 'Endpoint host known for the cloud', status: 'passed', detail: 'endpoint ok' });
    expect(isComplete(results)).toBe(true);
  });

  it('skips every step after a failed one, naming the step that failed', () => {
    const tokenFailure = { outcome: { kind: 'failed' as const, failure: failure('auth', 'user_cancelled', 'No access token could be obtained: user_cancelled') }, simulated: false };
    const results = chainResults([passed('a'), passed('b'), { status: 'failed', detail: 'cancelled', failure: tokenFailure }]);
    expect(results.map((result) => result.status)).toEqual(['passed', 'passed', 'failed', 'skipped', 'skipped', 'skipped']);
    expect(results[2]?.failure).toBe(tokenFailure);
    expect(results.slice(3).map((result) => result.detail)).toEqual(Array(3).fill('Not checked: "Access token acquired" failed.'));
    expect(isComplete(results)).toBe(true);
  });

  it('leaves out the steps not reached yet while the check is under way', () => {
    const results = chainResults([passed('a'), passed('b')]);
    expect(results.map((result) => result.id)).toEqual(['configuration', 'endpoint']);
    expect(isComplete(results)).toBe(false);
  });
});
