// Run and Cancel, the timespan, and what the last run did (window, duration, cap) above the editor.
import { ActionButton } from '../../app/ActionButton';
import { useConsole } from '../../app/ServicesContext';
import { selectRun, selectRunBlocker } from '../../state/selectors';
import { TimespanPicker } from '../timespan/TimespanPicker';
import { RunStatus } from './RunStatus';

export function RunToolbar() {
  const run = useConsole(selectRun);
  const blocker = useConsole(selectRunBlocker);
  return (
    <div className="run-toolbar" role="toolbar" aria-label="Query actions">
      <ActionButton action="run" className="primary">
        ▶ Run
      </ActionButton>
      {run.status === 'running' && <ActionButton action="cancel">■ Cancel</ActionButton>}
      <TimespanPicker />
      {blocker !== null && run.status !== 'running' ? (
        <p className="run-status" role="status">
          {blocker}
        </p>
      ) : (
        <RunStatus run={run} />
      )}
    </div>
  );
}
