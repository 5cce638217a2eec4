import { describe, expect, it } from 'vitest';
import { isGuid } from './identifiers';

describe('isGuid', () => {
  it.each([
    ['b5a3e4c2-0000-4000-8000-0000000d3001', true],
    ['B5A3E4C2-0000-4000-8000-0000000D3001', true],
    ['b5a3e4c200004000800000000000d3001', false],
    ['{b5a3e4c2-0000-4000-8000-0000000d3001}', false],
    [' b5a3e4c2-0000-4000-8000-0000000d3001', false],
    ['b5a3e4c2-0000-4000-8000-0000000d300g', false],
    ['contoso-sentinel-demo', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isGuid(value)).toBe(expected);
  });
});
