import { describe, expect, it } from 'vitest';
import { detectTimeFilter } from './timeFilter';

const matchedTexts = (query: string): string[] => detectTimeFilter(query).matches.map((match) => match.text);

describe('detectTimeFilter', () => {
  it('finds a comparison with ago() and reports its exact range', () => {
    expect(detectTimeFilter('SigninLogs | where TimeGenerated > ago(1h) and ResultType != 0')).toEqual({
      filtersTime: true,
      matches: [{ column: 'TimeGenerated', start: 19, end: 42, text: 'TimeGenerated > ago(1h)' }],
    });
  });

  it.each([
    ['T | where TimeGenerated >= datetime(2026-11-23 10:00)', ['TimeGenerated >= datetime(2026-11-23 10:00)']],
    ['T | where TimeGenerated between (ago(2d) .. ago(1d))', ['TimeGenerated between (ago(2d) .. ago(1d))']],
    ['T | where ago(1d) < TimeGenerated', ['ago(1d) < TimeGenerated']],
    ['T | where TimeGenerated == datetime(2026-01-01)', ['TimeGenerated == datetime(2026-01-01)']],
    ['T | where TimeGenerated in (datetime(2026-01-01))', ['TimeGenerated in (datetime(2026-01-01))']],
    ['T | filter TimeGenerated > ago(1h)', ['TimeGenerated > ago(1h)']],
    ['requests | where timestamp > ago(30m)', ['timestamp > ago(30m)']],
    ['T | where x == 1 and (TimeGenerated > ago(1h) or Level == "Error")', ['TimeGenerated > ago(1h)']],
    ['T | where x == 1, TimeGenerated < now()', ['TimeGenerated < now()']],
    ['T | where TimeGenerated > ago(1h) or TimeGenerated < ago(30d)', ['TimeGenerated > ago(1h)', 'TimeGenerated < ago(30d)']],
  ])('%j', (query, expected) => {
    expect(matchedTexts(query)).toEqual(expected);
  });

  it('finds filters at any pipe level: later operators, let statements, subqueries and function bodies', () => {
    expect(matchedTexts('T | extend x = 1 | where TimeGenerated > ago(1h)')).toEqual(['TimeGenerated > ago(1h)']);
    expect(matchedTexts('let recent = SigninLogs | where TimeGenerated > ago(1h);\nrecent | count')).toEqual(['TimeGenerated > ago(1h)']);
    expect(matchedTexts('union (A | where TimeGenerated > ago(1h)), B')).toEqual(['TimeGenerated > ago(1h)']);
    expect(matchedTexts('T | join (U | where TimeGenerated > ago(2h)) on Id')).toEqual(['TimeGenerated > ago(2h)']);
    expect(matchedTexts('let f = () { T | where TimeGenerated > ago(1h) }; f()')).toEqual(['TimeGenerated > ago(1h)']);
    expect(matchedTexts('T | mv-apply e = Events on (where TimeGenerated > ago(1h))')).toEqual(['TimeGenerated > ago(1h)']);
  });

  it('restores the outer operator after a bracket closes', () => {
    expect(matchedTexts('T | where Id in ((U | project Id)) and TimeGenerated > ago(1h)')).toEqual(['TimeGenerated > ago(1h)']);
  });

  it.each([
    ['T | where Message has "TimeGenerated > ago(1h)"'],
    ['T // | where TimeGenerated > ago(1h)\n| take 5'],
    ['T | extend recent = TimeGenerated > ago(1h)'],
    ['T | summarize countif(TimeGenerated > ago(1h))'],
    ['T | where isnotnull(TimeGenerated)'],
    ['T | where bin(TimeGenerated, 1h) > ago(1d)'],
    ['T | where TimeGenerated !between (ago(2d) .. ago(1d))'],
    ['T | where TimeGenerated != datetime(null)'],
    ['T | project TimeGenerated, x | sort by TimeGenerated'],
    ['T | where timegenerated > ago(1h)'],
    ['T | where x > 1; U | extend y = TimeGenerated > ago(1h)'],
    [''],
  ])('no match in %j', (query) => {
    expect(detectTimeFilter(query)).toEqual({ filtersTime: false, matches: [] });
  });

  it('reports a comparison between two time columns once', () => {
    expect(detectTimeFilter('T | where TimeGenerated > timestamp').matches).toEqual([
      { column: 'TimeGenerated', start: 10, end: 35, text: 'TimeGenerated > timestamp' },
    ]);
  });

  it('gives ranges that survive comments and line breaks inside the clause', () => {
    const query = 'T\n| where TimeGenerated > // last hour\n    ago(1h)\n| count';
    expect(detectTimeFilter(query).matches).toEqual([{ column: 'TimeGenerated', start: 10, end: 50, text: 'TimeGenerated > // last hour\n    ago(1h)' }]);
  });
});
