import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { EMULATOR, failed, failureFromBody, RECORDED } from '../testing/fixtures';

const schema = {
  tables: [
    { name: 'Heartbeat', columns: ['TimeGenerated', 'Computer', 'Category', 'ResourceId'] },
    { name: 'SigninLogs', columns: ['TimeGenerated', 'UserPrincipalName', 'ResultType', 'Resource'] },
  ],
};

describe('400 syntax error (SYN0002)', () => {
  it('gives the line, the 1-based column, the token and the line text, and an action to go there', () => {
    const result = diagnose(failed(failureFromBody(400, RECORDED.syntax), { context: { queryText: 'completely invalid syntax' } }));
    expect(result.id).toBe('syntax-error');
    expect(result.summary).toBe('The query could not be parsed at "invalid" (line 1, column 12).');
    expect(result.evidence.slice(0, 3)).toEqual([
      { label: 'Position', value: 'line 1, column 12', status: 'problem' },
      { label: 'Token', value: 'invalid', status: 'problem' },
      { label: 'Line 1', value: 'completely invalid syntax', status: 'unknown' },
    ]);
    expect(result.likelyCause).toBe(
      "The service stopped reading at line 1, column 12: Query could not be parsed at 'invalid' on line [1,11]. Often a missing pipe (|) before an operator, a missing comma, or a misspelt keyword just before this point.",
    );
    expect(result.actions).toEqual([{ id: 'editQuery', label: 'Go to the error', line: 1, column: 12 }]);
  });

  it('points out an unclosed bracket and an unterminated string found by the lexer', () => {
    const query = 'SigninLogs\n| where (ResultType != 0\n| where UserPrincipalName == "riley';
    const failure = { ...failureFromBody(400, RECORDED.syntax), position: { line: 3, pos: 28, token: '"riley' } };
    const result = diagnose(failed(failure, { context: { queryText: query } }));
    expect(result.evidence).toContainEqual({ label: 'Brackets', value: 'a bracket ( [ { is opened and never closed', status: 'problem' });
    expect(result.evidence).toContainEqual({ label: 'Quotes', value: 'a string is missing its closing quote', status: 'problem' });
    expect(result.evidence).toContainEqual({ label: 'Line 3', value: '| where UserPrincipalName == "riley', status: 'unknown' });
    expect(result.fixSteps).toContain('Close every bracket you open.');
    expect(result.fixSteps).toContain('Close every string with the quote it opens with.');
  });

  it('reports the position as the editor shows it when the statement run starts further down', () => {
    // The statement under the cursor started on editor line 4, column 3 (0-based 2); the service counts from there.
    const context = { queryText: 'SigninLogs invalid', queryStart: { line: 4, column: 2 } };
    const result = diagnose(failed(failureFromBody(400, RECORDED.syntax), { context }));
    expect(result.evidence.slice(0, 3)).toEqual([
      { label: 'Position', value: 'line 4, column 14', status: 'problem' },
      { label: 'Token', value: 'invalid', status: 'problem' },
      { label: 'Line 4', value: 'SigninLogs invalid', status: 'unknown' },
    ]);
    expect(result.actions[0]).toEqual({ id: 'editQuery', label: 'Go to the error', line: 4, column: 14 });
    const later = diagnose(failed({ ...failureFromBody(400, RECORDED.syntax), position: { line: 2, pos: 4, token: 'x' } }, { context: { ...context, queryText: 'T\n| wher x' } }));
    expect(later.evidence[0]).toEqual({ label: 'Position', value: 'line 5, column 5', status: 'problem' });
  });
});

describe('400 unknown name (SEM0100)', () => {
  it('suggests the table a misspelt table name meant, with a replace action', () => {
    const result = diagnose(failed(failureFromBody(400, RECORDED.unknownTable), { schema, context: { queryText: 'Heartbeats | take 10' } }));
    expect(result.id).toBe('unknown-name');
    expect(result.title).toBe('Unknown name: Heartbeats');
    expect(result.likelyCause).toBe('Probably a typo for Heartbeat.');
    expect(result.evidence).toContainEqual({ label: 'Table in this workspace', value: 'no table is named Heartbeats', status: 'problem' });
    expect(result.actions[0]).toEqual({ id: 'editQuery', label: 'Use Heartbeat', replace: { text: 'Heartbeats', with: 'Heartbeat' } });
  });

  it('suggests columns for a name used in an operator, a case-only difference first', () => {
    const result = diagnose(failed(failureFromBody(400, RECORDED.unknownColumn), { schema, context: { queryText: 'SigninLogs | summarize count() by resource' } }));
    expect(result.evidence[0]).toEqual({ label: 'Unresolved name', value: "resource, in the 'summarize' operator", status: 'problem' });
    expect(result.likelyCause).toBe('Probably a typo for Resource: KQL names are case-sensitive.');
    expect(result.actions.map((action) => action.label)).toEqual(['Use Resource', 'Use ResourceId']);
  });

  it('without a schema, says names could not be compared', () => {
    const result = diagnose(failed(failureFromBody(400, RECORDED.unknownTable), { context: { queryText: 'Heartbeats | take 10' } }));
    expect(result.evidence).toContainEqual({ label: 'Workspace schema', value: 'not loaded, so names could not be compared', status: 'unknown' });
    expect(result.actions).toEqual([{ id: 'editQuery', label: 'Edit the query' }]);
  });

  it('a table the workspace lacks, with nothing close, is explained as a missing data source', () => {
    const result = diagnose(failed(failureFromBody(400, RECORDED.unknownTable.replace(/Heartbeats/g, 'CommonSecurityLog')), { schema, context: { queryText: 'CommonSecurityLog | take 10' } }));
    expect(result.likelyCause).toBe(
      'This workspace has no table named CommonSecurityLog: the solution or data source that creates it is not enabled here, or the table lives in another workspace.',
    );
  });
});

describe('400 from the emulator and other validation errors', () => {
  it('EMU0001 says the emulator, not the query, is the limit', () => {
    const result = diagnose(failed(failureFromBody(400, EMULATOR.notEmulated), { context: { connectionMode: 'demo', endpoint: 'http://localhost:5180' } }));
    expect(result.id).toBe('not-emulated');
    expect(result.summary).toBe("The local emulator cannot run this query: The local emulator does not support the 'mv-apply' operator.");
  });

  it('EMU0002 is a run-time failure with its message', () => {
    const result = diagnose(failed(failureFromBody(400, EMULATOR.runtime)));
    expect(result.id).toBe('query-execution-error');
    expect(result.evidence).toEqual([{ label: 'Error', value: "todatetime() cannot convert 'soon'.", status: 'problem' }]);
  });

  it('other BadArgumentErrors give the innermost code and message', () => {
    const result = diagnose(failed(failureFromBody(400, RECORDED.invalidJsonBody)));
    expect(result.id).toBe('bad-request');
    expect(result.summary).toBe('The request was refused as invalid (InvalidJsonBody): Unexpected end of JSON input');
  });
});
