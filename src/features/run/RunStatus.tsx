import { formatWindow } from '../../domain/timespan/dateTimeDisplay';
import type { RunState } from '../../state/runSlice';

export function RunStatus({ run }: { run: RunState }) {
  if (run.status === 'idle') return null;
  const window = run.request.window ? `Time range: ${formatWindow(run.request.window, 'UTC')}` : 'Time range: set in query';
  const text =
    run.status === 'running'
      ? 'Running…'
      : run.status === 'cancelled'
        ? 'Cancelled.'
        : `${run.status === 'failed' ? 'Failed' : 'Completed'} in ${(run.durationMs / 1000).toFixed(2)} s. ${window}`;
  return (
    <p className="run-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}
