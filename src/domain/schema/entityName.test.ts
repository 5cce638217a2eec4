import { describe, expect, it } from 'vitest';
import { kqlEntityName } from './entityName';

describe('kqlEntityName', () => {
  it('writes plain identifiers as they are', () => {
    expect(['SigninLogs', 'UserPrincipalName', '_ResourceId', 'Custom_CL', 'Type', 'Count'].map(kqlEntityName)).toEqual([
      'SigninLogs',
      'UserPrincipalName',
      '_ResourceId',
      'Custom_CL',
      'Type',
      'Count',
    ]);
  });

  it('bracket-quotes names with spaces, dots, dashes or a leading digit', () => {
    expect(kqlEntityName('my col')).toBe("['my col']");
    expect(kqlEntityName('properties.status')).toBe("['properties.status']");
    expect(kqlEntityName('user-agent')).toBe("['user-agent']");
    expect(kqlEntityName('1stAttempt')).toBe("['1stAttempt']");
  });

  it('bracket-quotes keywords, which are lower case', () => {
    expect(kqlEntityName('where')).toBe("['where']");
    expect(kqlEntityName('project')).toBe("['project']");
  });

  it('escapes quotes and backslashes inside the brackets', () => {
    expect(kqlEntityName("O'Brien's")).toBe("['O\\'Brien\\'s']");
    expect(kqlEntityName('a\\b')).toBe("['a\\\\b']");
  });
});
