// "Check connection" (issue #4): one click runs the chain live and shows each step passing or failing with its
// diagnosis, and the decoded claims of the token it obtained. The token itself is never shown.
import { useMemo } from 'react';
import { CLOUDS } from '../../../domain/clouds';
import { CHECK_STEPS } from '../../../domain/connectionCheck/chain';
import type { StepResult } from '../../../domain/connectionCheck/types';
import { diagnose } from '../../../domain/diagnosis/diagnose';
import type { Diagnosis } from '../../../domain/diagnosis/types';
import { summarizeClaims } from '../../../domain/tokenClaims';
import { ModalDialog } from '../../connection/ModalDialog';
import { TokenClaimsSummary } from '../../connection/TokenClaimsSummary';
import { CheckStepList } from './CheckStepList';
import { closeCheckConnectionDialog, useCheckConnectionDialogOpen } from './checkConnectionDialogState';
import { useConnectionCheck } from './useConnectionCheck';
import '../troubleshoot.css';
import './checkConnection.css';

export function CheckConnectionDialog() {
  const open = useCheckConnectionDialogOpen();
  return (
    <ModalDialog open={open} title="Check connection" onClose={closeCheckConnectionDialog} className="check-connection-dialog">
      <ConnectionCheck />
    </ModalDialog>
  );
}

/** What the status line announces: the step under way, or how the check ended. */
export function checkStatusText(results: readonly StepResult[], running: boolean, diagnosis: Diagnosis | null): string {
  if (running) return `Checking: ${CHECK_STEPS[results.length]?.label ?? ''}…`;
  const failed = results.find((result) => result.status === 'failed');
  if (!failed) return `All ${results.length} steps passed.`;
  const skipped = results.filter((result) => result.status === 'skipped').length;
  return `${failed.label} failed${diagnosis ? `: ${diagnosis.title}` : ''}.${skipped > 0 ? ` ${skipped} later ${skipped === 1 ? 'step was' : 'steps were'} skipped.` : ''}`;
}

function ConnectionCheck() {
  const { progress, running, runAgain } = useConnectionCheck();
  const input = progress?.diagnosisInput ?? null;
  const diagnosis = useMemo(() => (input === null ? null : diagnose(input)), [input]);
  const results = progress?.results ?? [];
  return (
    <div className="check-connection">
      <p role="status" className="check-connection-status">
        {checkStatusText(results, running, diagnosis)}
      </p>
      <CheckStepList results={results} running={running} diagnosis={diagnosis} />
      {progress?.claims && (
        <section aria-label="Access token claims" className="check-connection-claims">
          <h3 className="diagnosis-heading">Access token claims (decoded)</h3>
          <TokenClaimsSummary summary={summarizeClaims(progress.claims)} cloud={CLOUDS[progress.cloud]} now={progress.startedAt} />
        </section>
      )}
      <div className="check-connection-actions">
        <button type="button" data-autofocus onClick={runAgain}>
          Run the check again
        </button>
      </div>
    </div>
  );
}
