import { describe, expect, it } from 'vitest';
import { findWholeWord } from './findWholeWord';

describe('findWholeWord', () => {
  it('finds the name as a whole identifier, not inside a longer one, a string or a comment', () => {
    const text = "// Heartbeat\nMyHeartbeat | union Heartbeats | where x == 'Heartbeat' | union Heartbeat";
    expect(findWholeWord(text, 'Heartbeat')).toBe(text.lastIndexOf('Heartbeat'));
  });

  it('starts looking at the given offset', () => {
    const text = 'Usage | take 1\n\nUsage | count';
    expect(findWholeWord(text, 'Usage', 1)).toBe(16);
    expect(findWholeWord(text, 'Usage', 17)).toBe(-1);
  });

  it('is case-sensitive, as KQL names are', () => {
    expect(findWholeWord('heartbeat | take 1', 'Heartbeat')).toBe(-1);
  });
});
