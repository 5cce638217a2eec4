// The parts of a diagnosis as the panel shows them. Every value is rendered as text: messages come from the service.
import { Fragment } from 'react';
import type { DocLink, Evidence, Fact } from '../../domain/diagnosis/types';

const EVIDENCE_MARKS: Readonly<Record<Evidence['status'], { mark: string; label: string }>> = {
  ok: { mark: '✓', label: 'OK' },
  problem: { mark: '✗', label: 'Problem' },
  unknown: { mark: '?', label: 'Not checked' },
};

export function FactList({ facts }: { facts: readonly Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <>
      <h3 className="diagnosis-heading">What happened</h3>
      <dl className="facts">
        {facts.map((fact) => (
          <Fragment key={fact.label}>
            <dt>{fact.label}</dt>
            <dd className="notice-message">{fact.value}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}

export function EvidenceList({ evidence }: { evidence: readonly Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <>
      <h3 className="diagnosis-heading">Evidence checked</h3>
      <ul className="diagnosis-evidence">
        {evidence.map((item) => {
          const { mark, label } = EVIDENCE_MARKS[item.status];
          return (
            <li key={item.label} className={`evidence evidence-${item.status}`}>
              <span aria-hidden="true">{mark} </span>
              <strong>{label}:</strong> {item.label}: <span className="notice-message">{item.value}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function FixSteps({ likelyCause, steps }: { likelyCause: string; steps: readonly string[] }) {
  return (
    <>
      <h3 className="diagnosis-heading">Most likely cause</h3>
      <p className="notice-message">{likelyCause}</p>
      {steps.length > 0 && (
        <>
          <h3 className="diagnosis-heading">How to fix it</h3>
          <ol className="diagnosis-steps">
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

export function DocLinks({ docs }: { docs: readonly DocLink[] }) {
  if (docs.length === 0) return null;
  return (
    <>
      <h3 className="diagnosis-heading">Documentation</h3>
      <ul className="diagnosis-docs">
        {docs.map((doc) => (
          <li key={doc.url}>
            <a href={doc.url} rel="noreferrer" target="_blank">
              {doc.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
