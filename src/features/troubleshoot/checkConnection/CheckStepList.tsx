// The steps of the check as a list, each named by its label and its status in words, with what was found and, for
// the failed step, its diagnosis.
import { useId } from 'react';
import { CHECK_STEPS } from '../../../domain/connectionCheck/chain';
import type { StepResult } from '../../../domain/connectionCheck/types';
import type { Diagnosis } from '../../../domain/diagnosis/types';
import { StepDiagnosis } from './StepDiagnosis';

const STATUS_WORDS = { passed: 'Passed', failed: 'Failed', skipped: 'Skipped', checking: 'Checking…', waiting: 'Waiting' } as const;
const STATUS_MARKS = { passed: '✓', failed: '✗', skipped: '–', checking: '…', waiting: '·' } as const;

type ShownStatus = keyof typeof STATUS_WORDS;

interface CheckStepListProps {
  results: readonly StepResult[];
  running: boolean;
  /** The failed step's diagnosis; null while none failed. */
  diagnosis: Diagnosis | null;
}

export function CheckStepList({ results, running, diagnosis }: CheckStepListProps) {
  const baseId = useId();
  return (
    <ol className="check-steps" aria-label="Connection check steps">
      {CHECK_STEPS.map((step, index) => {
        const result = results[index];
        const status: ShownStatus = result?.status ?? (running && index === results.length ? 'checking' : 'waiting');
        const labelId = `${baseId}-${step.id}-label`;
        const statusId = `${baseId}-${step.id}-status`;
        return (
          <li key={step.id} className={`check-step check-step-${status}`} aria-labelledby={`${labelId} ${statusId}`}>
            <span aria-hidden="true" className="check-step-mark">
              {STATUS_MARKS[status]}
            </span>
            <span id={labelId} className="check-step-label">
              {step.label}
            </span>
            <span id={statusId} className="check-step-status">
              {STATUS_WORDS[status]}
            </span>
            {result && <p className="check-step-detail notice-message">{result.detail}</p>}
            {result?.failure && diagnosis && <StepDiagnosis diagnosis={diagnosis} simulated={result.failure.simulated} />}
          </li>
        );
      })}
    </ol>
  );
}
