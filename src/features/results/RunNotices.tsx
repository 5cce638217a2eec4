// What the analyst must not miss about a run: a failure, an empty workspace or a result with no rows (as a diagnosis
// from the troubleshooting feature, never a raw body), a cancelled run, an incomplete result (PartialError: HTTP 200 with `error`, DESIGN §7)
// and the row cap.
import { useId } from 'react';
import type { PartialErrorInfo } from '../../domain/results/model';
import type { RunRequestInfo, RunState } from '../../state/runSlice';
import { DiagnosisPanel } from '../troubleshoot/DiagnosisPanel';
import { isNoRowsRun, isPartialRun } from '../troubleshoot/diagnosisInput';

export function PartialErrorWarning({ partialError }: { partialError: PartialErrorInfo }) {
  const titleId = useId();
  const cause = partialError.innermost;
  return (
    <section className="notice notice-warning" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="notice-title">
        Results are incomplete
      </h2>
      <p className="notice-message">
        The service stopped before the end and returned only part of the result ({partialError.code}: {partialError.message})
      </p>
      {cause && (
        <p className="notice-message">
          Cause: <strong>{cause.code}</strong>: {cause.message}
        </p>
      )}
    </section>
  );
}

/**
 * The row cap (DESIGN §1: truncation is never silent). Prominent when the capped table came back with as many rows as
 * the cap, since more rows may exist; a quiet note when the result fits under it or the query limits itself.
 * `capReached`: the last table (the statement the cap was added to) has at least as many rows as the cap.
 */
export function RowCapNotice({ request, capReached }: { request: RunRequestInfo; capReached: boolean }) {
  if (request.rowCapNotice === null) return null;
  if (!request.rowCapApplied) return <p className="result-note">{request.rowCapNotice}.</p>;
  if (!capReached) return <p className="result-note">{request.rowCapNotice}; the result is below it, so nothing was cut.</p>;
  return (
    <p className="notice notice-info" role="note">
      {request.rowCapNotice}: the result stopped at the cap, so there may be more rows. Raise the cap in Settings or narrow the query to see
      them.
    </p>
  );
}

/** Notices about the latest run when it did not produce the result on screen, or produced one without rows. */
export function LatestRunNotice({ run, hasShownResult }: { run: RunState; hasShownResult: boolean }) {
  switch (run.status) {
    case 'failed':
      return (
        <>
          <DiagnosisPanel run={run} />
          {hasShownResult && <p className="result-note">The result below is from the previous run.</p>}
        </>
      );
    case 'empty-workspace':
      return <DiagnosisPanel run={run} />;
    case 'succeeded':
      // The grid below still shows the columns; the panel explains why there are no rows under them.
      return isNoRowsRun(run) || isPartialRun(run) ? <DiagnosisPanel run={run} /> : null;
    case 'cancelled':
      return (
        <p className="result-note" role="status">
          The run was cancelled.{hasShownResult ? ' The result below is from the previous run.' : ''}
        </p>
      );
    default:
      return null;
  }
}
