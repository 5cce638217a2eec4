import { describe, expect, it } from 'vitest';
import { quantile, ratio, summarize } from './stats';

describe('quantile', () => {
  it('interpolates between closest ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([10], 0.95)).toBe(10);
    expect(quantile([0, 100], 0.95)).toBe(95);
  });

  it('is NaN without values', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('summarize', () => {
  it('gives the median, min, max and quartiles whatever the order, ignoring non-finite samples', () => {
    expect(summarize([5, 1, Number.NaN, 3, 2, 4])).toEqual({ n: 5, median: 3, min: 1, max: 5, q1: 2, q3: 4 });
  });

  it('takes the mean of the middle two for an even count', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });
});

describe('ratio', () => {
  it('divides medians and refuses a missing or zero denominator', () => {
    expect(ratio(summarize([2, 4, 6]), summarize([2]))).toBe(2);
    expect(ratio(summarize([2]), undefined)).toBeNaN();
    expect(ratio(summarize([2]), summarize([0]))).toBeNaN();
  });
});
