// One line under the tabs: rows of the shown table, how long the run took, and what the service's statistics say.
import type { ResultSummary } from '../../workers/resultsProtocol';
import { readStatistics, statusFacts } from './resultStatus';

export interface RunStatusLineProps {
  readonly summary: ResultSummary;
  readonly rowCount: number;
  /** Null when the result on screen is not the latest run's (its timing was not kept). */
  readonly durationMs: number | null;
}

export function RunStatusLine({ summary, rowCount, durationMs }: RunStatusLineProps) {
  const facts = statusFacts({ rowCount, durationMs, statistics: readStatistics(summary.statistics) });
  return (
    <p className="run-status" role="status">
      {facts.join(' · ')}
    </p>
  );
}
