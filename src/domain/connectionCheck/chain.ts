// The ordered steps and how their verdicts become the list the dialog shows: every step after a failed one is
// skipped, since it depends on what failed (no token, no claims to check; no reachable API, no workspace to read).
import type { StepId, StepResult, StepVerdict } from './types';

export const CHECK_STEPS: readonly { id: StepId; label: string }[] = [
  { id: 'configuration', label: 'Configuration' },
  { id: 'endpoint', label: 'Endpoint host known for the cloud' },
  { id: 'token', label: 'Access token acquired' },
  { id: 'claims', label: 'Token claims as expected' },
  { id: 'api', label: 'Log Analytics API reachable' },
  { id: 'workspace', label: 'Workspace readable' },
];

/**
 * The results so far: one per verdict, in step order, then (after a failure) the remaining steps as skipped. With no
 * failure and fewer verdicts than steps, the check is still under way and the later steps are left out.
 */
export function chainResults(verdicts: readonly StepVerdict[]): StepResult[] {
  const results: StepResult[] = [];
  for (const [index, step] of CHECK_STEPS.entries()) {
    const verdict = verdicts[index];
    if (verdict === undefined) break;
    results.push(verdict.status === 'failed' ? { ...step, status: 'failed', detail: verdict.detail, failure: verdict.failure } : { ...step, status: 'passed', detail: verdict.detail });
    if (verdict.status === 'failed') {
      const reason = `Not checked: "${step.label}" failed.`;
      return [...results, ...CHECK_STEPS.slice(index + 1).map((later) => ({ ...later, status: 'skipped' as const, detail: reason }))];
    }
  }
  return results;
}

/** Whether the check has concluded: every step has a verdict, or one failed. */
export function isComplete(results: readonly StepResult[]): boolean {
  return results.length === CHECK_STEPS.length;
}
