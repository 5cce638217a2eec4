// The findings of "Why is it empty?" under the no-rows diagnosis: progress while the checks run, then each check as
// evidence (passing or failing), the conclusion, and "Widen to …" when a preset reaches the data.
import { useId } from 'react';
import type { DiagnosisAction } from '../../../domain/diagnosis/types';
import { EvidenceList } from '../DiagnosisSections';
import type { WhyEmptyState } from './useWhyEmpty';

export function WhyEmptySection({ state, onAction }: { state: WhyEmptyState; onAction(action: DiagnosisAction): void }) {
  const titleId = useId();
  if (state.status === 'idle') return null;
  const widen = state.status === 'done' ? state.findings.widen : null;
  return (
    <section className="notice notice-info diagnosis" aria-labelledby={titleId}>
      <h2 id={titleId} className="notice-title">
        Why is it empty?
      </h2>
      <p className="notice-message" role="status">
        {progressText(state)}
      </p>
      {state.status === 'done' && (
        <>
          <EvidenceList evidence={state.findings.evidence} />
          <h3 className="diagnosis-heading">Conclusion</h3>
          <p className="notice-message">{state.findings.conclusion}</p>
        </>
      )}
      {widen && (
        <div className="diagnosis-actions">
          <button type="button" onClick={() => onAction(widen)}>
            {widen.label}
          </button>
        </div>
      )}
    </section>
  );
}

function progressText(state: Exclude<WhyEmptyState, { status: 'idle' }>): string {
  switch (state.status) {
    case 'checking':
      return `Checking… (${state.answered} of ${state.total} answered)`;
    case 'done':
      return 'Checks finished.';
    case 'unavailable':
      return state.reason;
  }
}
