import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it('writes sizes for people, 1 KB being 1,024 bytes', () => {
    expect([0, 512, 4300, 1_572_864, 66_400_000, 20 * 1024 ** 3].map(formatBytes)).toEqual(['0 B', '512 B', '4.2 KB', '1.5 MB', '63 MB', '20 GB']);
  });
});
