// The vocabulary of "Check connection" (issue #4): the steps of the chain from configuration to a readable workspace,
// and what each concluded. A failed step carries an outcome for the diagnosis engine, so the dialog explains it with
// the same title, cause and fix steps as a failed query would get.
import type { DiagnosisOutcome } from '../diagnosis/types';

export type StepId = 'configuration' | 'endpoint' | 'token' | 'claims' | 'api' | 'workspace';

export interface StepFailure {
  outcome: DiagnosisOutcome;
  /**
   * True when the outcome stands for what sending would lead to rather than for what happened (the console found the
   * problem itself and phrased it as the service's answer to such a token): the diagnosis's cause and fix steps
   * apply, its summary and facts (which speak of an answer) do not.
   */
  simulated: boolean;
}

/** What one step concluded from what was observed. `detail` is shown as is: it never holds a token. */
export type StepVerdict = { status: 'passed'; detail: string } | { status: 'failed'; detail: string; failure: StepFailure };

export interface StepResult {
  id: StepId;
  label: string;
  status: 'passed' | 'failed' | 'skipped';
  detail: string;
  /** Set when the step failed. */
  failure?: StepFailure;
}
