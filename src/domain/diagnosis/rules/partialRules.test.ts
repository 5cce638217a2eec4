import { describe, expect, it } from 'vitest';
import type { PartialErrorInfo } from '../../results/model';
import { diagnose } from '../diagnose';
import { input } from '../testing/fixtures';

// The recorded partial error (reference §1.9), as the results worker reads it (readPartialError).
const tooLarge: PartialErrorInfo = {
  code: 'PartialError',
  message: 'There were some errors when processing your query.',
  causes: [
    { code: 'EngineError', message: 'Something went wrong processing your query on the server.' },
    {
      code: '-2133196797',
      message: 'Query result set has exceeded the internal record count limit 500000 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)',
      severityName: 'Error',
    },
  ],
  innermost: {
    code: '-2133196797',
    message: 'Query result set has exceeded the internal record count limit 500000 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)',
    severityName: 'Error',
  },
};

describe('partial results (HTTP 200 with error)', () => {
  it('E_QUERY_RESULT_SET_TOO_LARGE: the limit, the rows received and how to make the result smaller', () => {
    const result = diagnose(input({ kind: 'partial', partialError: tooLarge, rowCount: 500_000 }));
    expect(result.id).toBe('result-too-large');
    expect(result.severity).toBe('warning');
    expect(result.summary).toBe('The service stopped at its result limit after 500,000 rows: the rows shown are not all the rows that match.');
    expect(result.evidence).toEqual([
      { label: 'Rows received', value: '500,000', status: 'unknown' },
      {
        label: 'Cause',
        value: '-2133196797: Query result set has exceeded the internal record count limit 500000 (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)',
        status: 'problem',
      },
    ]);
    expect(result.fixSteps.map((step) => step.split(' ')[0])).toEqual(['Aggregate', 'Keep', 'Narrow', 'If']);
    expect(result.facts[1]).toEqual({ label: 'Code', value: 'PartialError → -2133196797' });
  });

  it('another engine error is an incomplete result with its cause', () => {
    const lowMemory: PartialErrorInfo = {
      code: 'PartialError',
      message: 'There were some errors when processing your query.',
      causes: [{ code: 'EngineError', message: 'Query execution lacks memory resources to complete (E_LOW_MEMORY_CONDITION).' }],
      innermost: { code: 'EngineError', message: 'Query execution lacks memory resources to complete (E_LOW_MEMORY_CONDITION).' },
    };
    const result = diagnose(input({ kind: 'partial', partialError: lowMemory }));
    expect(result.id).toBe('partial-failure');
    expect(result.summary).toBe('The service returned part of the result and an error: Query execution lacks memory resources to complete (E_LOW_MEMORY_CONDITION).');
  });
});
