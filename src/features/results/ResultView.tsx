import type { QueryFailure, QueryResultTable } from '../../domain/queryResult';
import type { QueryRunState } from '../query/useQueryRunner';
import { ResultTablePreview } from './ResultTablePreview';

export function ResultView({ state }: { state: QueryRunState }) {
  return (
    <section aria-labelledby="results-heading" aria-busy={state.status === 'running'} className="panel">
      <h2 id="results-heading">Results</h2>
      <ResultBody state={state} />
    </section>
  );
}

function ResultBody({ state }: { state: QueryRunState }) {
  switch (state.status) {
    case 'idle':
      return <p>Run a query to see its results.</p>;
    case 'running':
      return <p role="status">Running…</p>;
    case 'sign-in-failed':
      return <p role="alert">Could not get a token for Log Analytics: {state.errorCode}</p>;
    case 'finished':
      switch (state.outcome.status) {
        case 'empty-workspace':
          return <p role="status">The workspace holds no data yet (HTTP 204).</p>;
        case 'failed':
          return <FailureDetails failure={state.outcome.failure} />;
        case 'completed':
          return <CompletedResult tables={state.outcome.tables} partialError={state.outcome.partialError} />;
      }
  }
}

function CompletedResult({ tables, partialError }: { tables: QueryResultTable[]; partialError: QueryFailure | null }) {
  return (
    <>
      {partialError && (
        <div role="alert" className="warning">
          <p>The results are incomplete: {partialError.message}</p>
          <FailureFacts failure={partialError} />
        </div>
      )}
      {tables.length === 0 && <p role="status">The query returned no tables.</p>}
      {tables.map((table, index) => (
        <ResultTablePreview key={`${index}-${table.name}`} table={table} />
      ))}
    </>
  );
}

function FailureDetails({ failure }: { failure: QueryFailure }) {
  return (
    <div role="alert" className="failure">
      <p>
        <strong>{failure.code}</strong>: {failure.message}
      </p>
      <FailureFacts failure={failure} />
    </div>
  );
}

function FailureFacts({ failure }: { failure: QueryFailure }) {
  return (
    <dl className="facts">
      {failure.status !== null && (
        <>
          <dt>HTTP status</dt>
          <dd>{failure.status}</dd>
        </>
      )}
      {failure.innermostCode && (
        <>
          <dt>Inner code</dt>
          <dd>{failure.innermostCode}</dd>
        </>
      )}
      {failure.correlationId && (
        <>
          <dt>Correlation ID</dt>
          <dd>{failure.correlationId}</dd>
        </>
      )}
    </dl>
  );
}
