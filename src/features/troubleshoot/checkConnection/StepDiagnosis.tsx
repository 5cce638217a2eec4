// The failed step's diagnosis: title, evidence, likely cause, fix steps and documentation. Its summary and facts
// describe an answer, so they are left out when the console found the problem itself (a simulated outcome).
import { useId } from 'react';
import type { Diagnosis } from '../../../domain/diagnosis/types';
import { DocLinks, EvidenceList, FactList, FixSteps } from '../DiagnosisSections';

export function StepDiagnosis({ diagnosis, simulated }: { diagnosis: Diagnosis; simulated: boolean }) {
  const titleId = useId();
  return (
    <section className="check-step-diagnosis diagnosis" aria-labelledby={titleId}>
      <h3 id={titleId} className="check-step-diagnosis-title">
        {diagnosis.title}
      </h3>
      {!simulated && (
        <>
          <p className="notice-message">{diagnosis.summary}</p>
          <FactList facts={diagnosis.facts} />
        </>
      )}
      <EvidenceList evidence={diagnosis.evidence} />
      <FixSteps likelyCause={diagnosis.likelyCause} steps={diagnosis.fixSteps} />
      <DocLinks docs={diagnosis.docs} />
    </section>
  );
}
