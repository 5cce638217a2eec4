export interface TestCounts {
  passed: number;
  failed: number;
}

export interface StageResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
  tests: TestCounts | null;
  note?: string;
}

export function countTests(reportText: string | null): TestCounts | null;
export function totalTests(stages: StageResult[]): TestCounts;
export function summaryLines(stages: StageResult[]): string[];
export function exitCode(stages: StageResult[]): 0 | 1;
