import { describe, expect, it } from 'vitest';
import { findLastFilter, removeLastFilter } from './lastFilter';

describe('removeLastFilter', () => {
  it.each([
    ['T | where a == 1 | where b == 2', 'T | where a == 1'],
    ['T | where a == 1 | where b == 2 | take 5', 'T | where a == 1 | take 5'],
    ['T\n| where a == 1\n| where b == 2\n| take 5', 'T\n| where a == 1\n| take 5'],
    ['T\n| where a == 1\n| where b == 2\n', 'T\n| where a == 1\n'],
    ['T | where b == 2 // only bob', 'T // only bob'],
    ['T | where b == 2;', 'T;'],
    ['T | filter b == 2 | count', 'T | count'],
    ['T | where Note == "| where x" | project Note', 'T | project Note'],
    ['T | where a in ((U | where c == 1)) | take 5', 'T | take 5'],
    ['let recent = T | where TimeGenerated > ago(1h);\nrecent | count', 'let recent = T;\nrecent | count'],
    ['T | where a == 1; U | take 1', 'T; U | take 1'],
    ['T | where', 'T'],
  ])('%j → %j', (query, expected) => {
    expect(removeLastFilter(query)).toBe(expected);
  });

  it.each([
    ['T | take 5'],
    ['T | join (U | where x == 1) on Id'],
    ['T // | where x == 1'],
    ['T | extend where_clause = 1'],
    [''],
  ])('returns null when %j has no top-level filter', (query) => {
    expect(removeLastFilter(query)).toBeNull();
  });
});

describe('findLastFilter', () => {
  it('gives the filter as written, its range and what removal cuts', () => {
    expect(findLastFilter('T | where a == 1 | where b == 2 // c\n| take 5')).toEqual({
      start: 17,
      end: 31,
      text: '| where b == 2',
      removal: { start: 17, end: 37 },
    });
  });
});
