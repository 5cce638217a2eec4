// The KQL engine of the emulator: Kusto.Language parses and binds the query, the engine executes it over
// in-memory columnar tables. Free of Node-only APIs so it can run in a browser worker.
import type { QueryError, QueryOutcome, QueryRequest } from './api.ts';
import { queryError } from './diagnostics.ts';
import { QueryCancelledError, QueryRuntimeError, UnsupportedError } from './errors.ts';
import { loadKustoLanguage } from './kusto/language.ts';
import { runQuery } from './query.ts';

const WARM_UP_QUERY = 'let x = 1; print x | extend y = strlen("warm") | where y > 0 | summarize count() by bin(now(), 1h)';

/** Loads Kusto.Language and pays its one-off cold cost (grammar and symbol initialisation) up front. */
export async function warmUp(): Promise<void> {
  const language = await loadKustoLanguage();
  language.parseAndAnalyze(WARM_UP_QUERY, { name: 'warmup', tables: new Map(), functions: [] });
}

function failure(error: QueryError): QueryOutcome {
  return { kind: 'error', error };
}

function outcomeOfThrown(thrown: unknown): QueryOutcome {
  if (thrown instanceof UnsupportedError) return failure({ kind: 'unsupported', construct: thrown.construct, message: thrown.message });
  if (thrown instanceof QueryCancelledError || thrown instanceof QueryRuntimeError) return failure({ kind: 'runtime', message: thrown.message });
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return failure({ kind: 'runtime', message: `Internal error in the local KQL engine: ${detail}` });
}

/** Parses, checks and runs a query. Never throws: every failure is an outcome of kind 'error'. */
export async function executeQuery(request: QueryRequest): Promise<QueryOutcome> {
  try {
    const language = await loadKustoLanguage();
    const code = language.parseAndAnalyze(request.text, request.database);
    const error = queryError(code, language);
    if (error !== null) return failure(error);
    return runQuery(code, request, language);
  } catch (thrown) {
    return outcomeOfThrown(thrown);
  }
}
