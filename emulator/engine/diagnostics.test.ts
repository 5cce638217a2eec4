import { describe, expect, it } from 'vitest';
import { lineAndPosition } from './diagnostics.ts';
import { failure } from './testing/queries.ts';

describe('syntax errors', () => {
  it('report SYN0002 at the first offending token, as the service does', async () => {
    expect(await failure('completely invalid syntax')).toEqual({
      kind: 'syntax',
      code: 'SYN0002',
      message: "Query could not be parsed at 'invalid' on line [1,11]",
      line: 1,
      pos: 11,
      token: 'invalid',
    });
  });

  it('give the 1-based line and the 0-based position within that line', async () => {
    expect(await failure('AppTraces\n| where SeverityLevel > 1\n| sumarize count()')).toEqual({
      kind: 'syntax',
      code: 'SYN0002',
      message: "Query could not be parsed at 'sumarize' on line [3,2]",
      line: 3,
      pos: 2,
      token: 'sumarize',
    });
  });

  it('point at the token before a missing expression', async () => {
    expect(await failure('AppTraces\n| where SeverityLevel ==')).toMatchObject({ kind: 'syntax', token: '==', line: 2, pos: 22 });
  });

  it('come before semantic errors elsewhere in the query', async () => {
    expect(await failure('NoSuchTable | summarize count() by bin(TimeGenerated 1h)')).toMatchObject({ kind: 'syntax', token: '1h' });
  });
});

describe('semantic errors', () => {
  it('an unknown table as the whole query', async () => {
    expect(await failure('Heartbeats')).toEqual({
      kind: 'semantic',
      code: 'SEM0100',
      message: "'' operator: Failed to resolve table or column or scalar expression named 'Heartbeats'",
    });
  });

  it('an unknown column names the operator it appears in', async () => {
    expect(await failure('AppTraces | summarize count() by resource')).toEqual({
      kind: 'semantic',
      code: 'SEM0100',
      message: "'summarize' operator: Failed to resolve table or column expression named 'resource'",
    });
    expect(await failure('AppTraces | where Severity > 1')).toEqual({
      kind: 'semantic',
      code: 'SEM0100',
      message: "'where' operator: Failed to resolve table or column expression named 'Severity'",
    });
  });

  it('an unknown function is an unresolved name too', async () => {
    expect(await failure('AppTraces | extend x = frobnicate(Message)')).toEqual({
      kind: 'semantic',
      code: 'SEM0100',
      message: "'extend' operator: Failed to resolve table or column expression named 'frobnicate'",
    });
  });

  it('other semantic errors keep the Kusto.Language code and message', async () => {
    expect(await failure('AppTraces | extend x = 1 + "a"')).toEqual({
      kind: 'semantic',
      code: 'KS106',
      message: "The operator '+' is not defined for the operand types long and string.",
    });
  });
});

describe('lineAndPosition', () => {
  it('counts lines from 1 and positions from 0', () => {
    expect(lineAndPosition('ab\ncd\r\nef', 0)).toEqual({ line: 1, pos: 0 });
    expect(lineAndPosition('ab\ncd\r\nef', 4)).toEqual({ line: 2, pos: 1 });
    expect(lineAndPosition('ab\ncd\r\nef', 7)).toEqual({ line: 3, pos: 0 });
  });
});
