import { describe, expect, it } from 'vitest';
import { parsePrefer } from './prefer.ts';

describe('Prefer header', () => {
  it('defaults to a 180 s wait and no extras', () => {
    expect(parsePrefer(undefined)).toEqual({ waitSeconds: 180, waitRequested: false, includeStatistics: false, includeRender: false });
  });

  it('reads the SDK form (comma-separated, no spaces)', () => {
    expect(parsePrefer('wait=30,include-statistics=true,include-render=true')).toEqual({ waitSeconds: 30, waitRequested: true, includeStatistics: true, includeRender: true });
  });

  it('tolerates spaces and case, caps the wait at 600 and ignores garbage', () => {
    expect(parsePrefer(' Wait=900 , include-render=TRUE, include-statistics=false, wait=x, foo')).toEqual({ waitSeconds: 600, waitRequested: true, includeStatistics: false, includeRender: true });
  });
});
