// Pure helpers of scripts/test.mjs: reading vitest JSON reports, the closing summary and the exit code.
// The last line of the summary, `tests: N passed, M failed`, is what CI reads.

/**
 * Counts from a vitest JSON report (jest-compatible fields), or null when the text is not such a report.
 * @param {string | null} reportText
 * @returns {{ passed: number, failed: number } | null}
 */
export function countTests(reportText) {
  if (reportText === null) return null;
  let report;
  try {
    report = JSON.parse(reportText);
  } catch {
    return null;
  }
  const { numPassedTests: passed, numFailedTests: failed } = report ?? {};
  return Number.isInteger(passed) && Number.isInteger(failed) ? { passed, failed } : null;
}

/**
 * @typedef {{ name: string, status: 'passed' | 'failed' | 'skipped', seconds: number,
 *   tests: { passed: number, failed: number } | null, note?: string }} StageResult
 */

/**
 * @param {StageResult[]} stages
 * @returns {{ passed: number, failed: number }}
 */
export function totalTests(stages) {
  let passed = 0;
  let failed = 0;
  for (const stage of stages) {
    passed += stage.tests?.passed ?? 0;
    failed += stage.tests?.failed ?? 0;
  }
  return { passed, failed };
}

/**
 * @param {StageResult[]} stages
 * @returns {string[]} the summary lines, ending with the `tests:` line
 */
export function summaryLines(stages) {
  const nameWidth = Math.max(...stages.map((stage) => stage.name.length));
  const lines = stages.map((stage) => {
    const parts = [`  ${stage.name.padEnd(nameWidth)}  ${stage.status.padEnd(7)}  ${stage.seconds.toFixed(1).padStart(6)} s`];
    if (stage.tests) parts.push(`${stage.tests.passed} passed, ${stage.tests.failed} failed`);
    if (stage.note) parts.push(stage.note);
    return parts.join('   ');
  });
  const { passed, failed } = totalTests(stages);
  return ['Summary', ...lines, `tests: ${passed} passed, ${failed} failed`];
}

/**
 * 0 only when every stage passed and at least one test ran.
 * @param {StageResult[]} stages
 * @returns {0 | 1}
 */
export function exitCode(stages) {
  const { passed, failed } = totalTests(stages);
  const allPassed = stages.every((stage) => stage.status === 'passed');
  return allPassed && failed === 0 && passed > 0 ? 0 : 1;
}
