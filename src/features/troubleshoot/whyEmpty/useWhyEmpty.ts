// "Why is it empty?" for the run the panel shows: plans the checks from the query, the timespan it sent and the
// workspace's schema, runs them, and interprets the answers. The checks belong to their run: a newer run (which
// unmounts the panel) or leaving the panel aborts them, and starting again abandons the previous round.
import { useEffect, useRef, useState } from 'react';
import { useConsole, useServices } from '../../../app/ServicesContext';
import { interpretWhyEmpty, type WhyEmptyFindings } from '../../../domain/diagnosis/whyEmpty/interpret';
import { planWhyEmpty, type WhyEmptyPlanInput } from '../../../domain/diagnosis/whyEmpty/plan';
import { selectSettings } from '../../../state/selectors';
import type { SchemaState } from '../../editor/schema/schemaSource';
import { useWorkspaceSchema } from '../../editor/schema/useWorkspaceSchema';
import type { DiagnosedRun } from '../diagnosisInput';
import { runChecks } from './runChecks';

export type WhyEmptyState =
  | { status: 'idle' }
  | { status: 'checking'; answered: number; total: number }
  | { status: 'done'; findings: WhyEmptyFindings }
  /** The checks could not start or stopped unexpectedly; `reason` is a sentence for the analyst. */
  | { status: 'unavailable'; reason: string };

export function useWhyEmpty(run: DiagnosedRun): { state: WhyEmptyState; start(): void } {
  const services = useServices();
  const { serverWaitSeconds } = useConsole(selectSettings);
  const schema = useWorkspaceSchema().state;
  const [current, setCurrent] = useState<{ run: DiagnosedRun; state: WhyEmptyState } | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => {
    const checks = inFlight;
    return () => checks.current?.abort();
  }, [run]);

  const start = () => {
    inFlight.current?.abort();
    const connection = services.connection();
    if (!connection) {
      setCurrent({ run, state: { status: 'unavailable', reason: 'Sign in to run the checks.' } });
      return;
    }
    const { queryText, timespan, workspaceId, window } = run.request;
    const plan = planWhyEmpty({ queryText, runTimespan: timespan, schema: schemaNames(schema, workspaceId) });
    const controller = new AbortController();
    inFlight.current = controller;
    const report = (state: WhyEmptyState) => {
      if (!controller.signal.aborted) setCurrent({ run, state });
    };
    const total = plan.checks.length;
    report({ status: 'checking', answered: 0, total });
    runChecks(plan.checks, { connection, workspaceId, serverWaitSeconds, signal: controller.signal }, (answered) => report({ status: 'checking', answered, total })).then(
      (answers) => report({ status: 'done', findings: interpretWhyEmpty(plan, answers, { window, now: Date.now() }) }),
      // Only an abort rejects on purpose, and report ignores an aborted round.
      (error: unknown) => report({ status: 'unavailable', reason: `The checks stopped: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };

  return { state: current?.run === run ? current.state : { status: 'idle' }, start };
}

/** The loaded (or refreshing) schema's table and function names, when it is this workspace's. */
function schemaNames(state: SchemaState, workspaceId: string): WhyEmptyPlanInput['schema'] {
  if (state.status === 'idle' || state.workspaceId !== workspaceId) return undefined;
  const schema = state.status === 'loaded' ? state.schema : state.previous;
  if (schema === null) return undefined;
  return { tables: schema.tables.map((table) => table.name), functions: schema.functions.map((fn) => fn.name) };
}
