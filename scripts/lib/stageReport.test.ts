import { describe, expect, it } from 'vitest';
import { countTests, exitCode, summaryLines, totalTests, type StageResult } from './stageReport.mjs';

const passedStages: StageResult[] = [
  { name: 'typecheck', status: 'passed', seconds: 12.34, tests: null },
  { name: 'unit', status: 'passed', seconds: 5, tests: { passed: 62, failed: 0 } },
  { name: 'e2e', status: 'passed', seconds: 20.06, tests: { passed: 1, failed: 0 } },
];

describe('countTests', () => {
  it('reads the counts of a vitest JSON report', () => {
    expect(countTests(JSON.stringify({ numTotalTests: 5, numPassedTests: 3, numFailedTests: 1, numPendingTests: 1 }))).toEqual({
      passed: 3,
      failed: 1,
    });
  });

  it('gives null for a missing, unparsable or foreign report', () => {
    expect(countTests(null)).toBeNull();
    expect(countTests('{"numPassedTests":')).toBeNull();
    expect(countTests('null')).toBeNull();
    expect(countTests('{"numPassedTests":"3","numFailedTests":0}')).toBeNull();
  });
});

describe('totalTests', () => {
  it('sums the stages that ran tests', () => {
    expect(totalTests(passedStages)).toEqual({ passed: 63, failed: 0 });
  });
});

describe('summaryLines', () => {
  it('lists each stage and ends with the tests line', () => {
    const failedStages: StageResult[] = [
      { name: 'lint', status: 'failed', seconds: 4.05, tests: null },
      { name: 'unit', status: 'failed', seconds: 3, tests: { passed: 10, failed: 2 } },
      { name: 'e2e', status: 'skipped', seconds: 0, tests: null, note: 'the build failed' },
    ];
    expect(summaryLines(failedStages)).toEqual([
      'Summary',
      '  lint  failed      4.0 s',
      '  unit  failed      3.0 s   10 passed, 2 failed',
      '  e2e   skipped     0.0 s   the build failed',
      'tests: 10 passed, 2 failed',
    ]);
  });
});

describe('exitCode', () => {
  it('is 0 when every stage passed and tests ran', () => {
    expect(exitCode(passedStages)).toBe(0);
  });

  it('is 1 when a stage failed without failing tests', () => {
    expect(exitCode([...passedStages, { name: 'lint', status: 'failed', seconds: 1, tests: null }])).toBe(1);
  });

  it('is 1 when a stage was skipped', () => {
    expect(exitCode([...passedStages, { name: 'e2e', status: 'skipped', seconds: 0, tests: null }])).toBe(1);
  });

  it('is 1 when no test ran at all', () => {
    expect(exitCode([{ name: 'unit', status: 'passed', seconds: 1, tests: { passed: 0, failed: 0 } }])).toBe(1);
  });
});
