// A diagnosis as an alert region: title, summary, facts, evidence, cause, numbered fix steps, the one-click actions
// the console can perform, documentation and "Copy details". Presentational: the caller performs the actions.
import { useId } from 'react';
import type { Diagnosis, DiagnosisAction } from '../../domain/diagnosis/types';
import { CountdownButton } from './CountdownButton';
import { DocLinks, EvidenceList, FactList, FixSteps } from './DiagnosisSections';
import './troubleshoot.css';

const SEVERITY_CLASS = { error: 'notice-error', warning: 'notice-warning', info: 'notice-info' } as const;

export interface DiagnosisViewProps {
  diagnosis: Diagnosis;
  onAction(action: DiagnosisAction): void;
  onCopy(): void;
  /** Whether an action the engine proposes can be performed here; the others are left out. */
  canPerform(action: DiagnosisAction): boolean;
  /** When the answer arrived (epoch ms): a retry with `afterSeconds` counts down from it. */
  answeredAt: number;
  /** What the last action or "Copy details" did, announced politely; null before any. */
  status: string | null;
}

export function DiagnosisView({ diagnosis, onAction, onCopy, canPerform, answeredAt, status }: DiagnosisViewProps) {
  const titleId = useId();
  const actions = diagnosis.actions.filter(canPerform);
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
        {actions.map((action) =>
          action.id === 'retry' && action.afterSeconds !== undefined ? (
            <CountdownButton key={`retry:${answeredAt}`} label={action.label} readyAt={answeredAt + action.afterSeconds * 1000} onClick={() => onAction(action)} />
          ) : (
            <button key={`${action.id}:${action.label}`} type="button" onClick={() => onAction(action)}>
              {action.label}
            </button>
          ),
        )}
        <button type="button" onClick={onCopy}>
          Copy details
        </button>
        <span role="status">{status ?? ''}</span>
      </div>
      <DocLinks docs={diagnosis.docs} />
    </section>
  );
}
