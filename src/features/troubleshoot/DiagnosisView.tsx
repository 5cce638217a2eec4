// A diagnosis as an alert region: title, summary, facts, evidence, cause, numbered fix steps, the one-click actions
// the console can perform, documentation and "Copy details". Presentational: the caller performs the actions.
import { useId } from 'react';
import type { Diagnosis, DiagnosisAction } from '../../domain/diagnosis/types';
import { DocLinks, EvidenceList, FactList, FixSteps } from './DiagnosisSections';
import './troubleshoot.css';

/** The actions this panel can perform today; the others are proposed by the engine but not offered yet. */
export type PanelAction = Extract<DiagnosisAction, { id: 'retry' | 'openSettings' | 'widenTimespan' | 'signInAgain' }>;

function isPanelAction(action: DiagnosisAction, canSignInAgain: boolean): action is PanelAction {
  return action.id === 'retry' || action.id === 'openSettings' || action.id === 'widenTimespan' || (action.id === 'signInAgain' && canSignInAgain);
}

const SEVERITY_CLASS = { error: 'notice-error', warning: 'notice-warning', info: 'notice-info' } as const;

export interface DiagnosisViewProps {
  diagnosis: Diagnosis;
  onAction(action: PanelAction): void;
  onCopy(): void;
  /** Whether "Sign in again" can be performed for the current connection. */
  canSignInAgain: boolean;
  /** What the last action or "Copy details" did, announced politely; null before any. */
  status: string | null;
}

export function DiagnosisView({ diagnosis, onAction, onCopy, canSignInAgain, status }: DiagnosisViewProps) {
  const titleId = useId();
  const actions = diagnosis.actions.filter((action): action is PanelAction => isPanelAction(action, canSignInAgain));
  return (
    <section className={`notice diagnosis ${SEVERITY_CLASS[diagnosis.severity]}`} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="notice-title">
        {diagnosis.title}
      </h2>
      <p className="notice-message">{diagnosis.summary}</p>
      <FactList facts={diagnosis.facts} />
      <EvidenceList evidence={diagnosis.evidence} />
      <FixSteps likelyCause={diagnosis.likelyCause} steps={diagnosis.fixSteps} />
      <div className="diagnosis-actions" role="group" aria-label="Troubleshooting actions">
        {actions.map((action) => (
          <button key={`${action.id}:${action.label}`} type="button" onClick={() => onAction(action)}>
            {action.label}
          </button>
        ))}
        <button type="button" onClick={onCopy}>
          Copy details
        </button>
        <span role="status">{status ?? ''}</span>
      </div>
      <DocLinks docs={diagnosis.docs} />
    </section>
  );
}
