// The troubleshooting panel for the latest run (DESIGN §8): diagnoses a failure, an empty workspace or a run with no
// rows from the store and the connection, and performs the actions it offers through the same paths as the rest of
// the console.
import { useMemo, useState } from 'react';
import { dispatchAction } from '../../actions/registry';
import { diagnose } from '../../domain/diagnosis/diagnose';
import { redactForCopy } from '../../domain/diagnosis/copyDetails';
import type { DiagnosisAction } from '../../domain/diagnosis/types';
import { useConsole, useServices } from '../../app/ServicesContext';
import type { ConsoleServices } from '../../app/services';
import { useActionContext } from '../../app/useActionContext';
import { describeSignInError } from '../../auth/signInErrors';
import { selectCloud, selectIdentity, selectRun, selectSettings, selectTimespan } from '../../state/selectors';
import { openSettingsDialog } from '../connection/settingsDialogState';
import { useWorkspaceSchema } from '../editor/schema/useWorkspaceSchema';
import { diagnosisInputFor, schemaNamesOf, type DiagnosedRun } from './diagnosisInput';
import { DiagnosisView } from './DiagnosisView';
import { useSignInAgain } from './useSignInAgain';
import { useWhyEmpty } from './whyEmpty/useWhyEmpty';
import { WhyEmptySection } from './whyEmpty/WhyEmptySection';

export function DiagnosisPanel({ run }: { run: DiagnosedRun }) {
  const services = useServices();
  const actionContext = useActionContext();
  const cloud = useConsole(selectCloud);
  const identity = useConsole(selectIdentity);
  const timespan = useConsole(selectTimespan);
  const { serverWaitSeconds } = useConsole(selectSettings);
  const signInAgain = useSignInAgain();
  const whyEmpty = useWhyEmpty(run);
  const schema = schemaNamesOf(useWorkspaceSchema().state, run.request.workspaceId);
  const [outcome, setOutcome] = useState<{ run: DiagnosedRun; status: string } | null>(null);

  const input = useMemo(
    () =>
      diagnosisInputFor({
        run,
        cloud,
        identity,
        timespan,
        serverWaitSeconds,
        config: services.config,
        logAnalyticsEndpoint: services.connection()?.logAnalyticsEndpoint ?? null,
        origin: location.origin,
        navigatorOnline: navigator.onLine,
        schema,
      }),
    [run, cloud, identity, timespan, serverWaitSeconds, services, schema],
  );
  const diagnosis = useMemo(() => diagnose(input), [input]);
  const report = (status: string) => setOutcome({ run, status });

  const canPerform = (action: DiagnosisAction): boolean => {
    switch (action.id) {
      case 'signInAgain':
        return signInAgain !== null;
      case 'editQuery':
        return services.editor() !== null;
      case 'widenTimespan':
        // Once the checks have found how far back the data is, their widening replaces the rule's next-step guess.
        return whyEmpty.state.status !== 'done' || whyEmpty.state.findings.widen === null;
      case 'retry':
      case 'openSettings':
      case 'switchCloud':
      case 'whyEmpty':
      case 'checkConnection':
        return true;
    }
  };

  const perform = (action: DiagnosisAction) => {
    switch (action.id) {
      case 'retry':
        dispatchAction('run', actionContext);
        return;
      case 'openSettings':
        openSettingsDialog(action.setting === undefined ? {} : { focus: action.setting });
        return;
      case 'switchCloud':
        openSettingsDialog({ focus: 'cloud', proposedCloud: action.cloud });
        return;
      case 'widenTimespan':
        services.store.getState().setTimespan({ kind: 'preset', presetId: action.presetId });
        report(`Time range set: ${action.label.replace(/^Widen to /, '')}. Run the query again.`);
        return;
      case 'signInAgain':
        signInAgain?.().then(
          () => {
            if (isPendingQuery(run, services)) dispatchAction('run', actionContext);
            else report('Signed in again. Run the query again.');
          },
          (error: unknown) => report(`Sign-in failed: ${describeSignInError(error)}`),
        );
        return;
      case 'editQuery':
        editQuery(action);
        return;
      case 'whyEmpty':
        whyEmpty.start();
        return;
      case 'checkConnection':
        dispatchAction('checkConnection', actionContext);
        return;
    }
  };

  const editQuery = (action: Extract<DiagnosisAction, { id: 'editQuery' }>) => {
    const editor = services.editor();
    if (!editor) return;
    const start = run.request.textStart;
    if (action.replace) {
      const replaced = editor.replaceWord(action.replace.text, action.replace.with, { line: start.line, column: start.column + 1 });
      report(replaced ? `Replaced ${action.replace.text} with ${action.replace.with}. Run the query again.` : `${action.replace.text} is no longer in the query.`);
      return;
    }
    editor.goTo(action.line === undefined ? { line: start.line, column: start.column + 1 } : { line: action.line, column: action.column ?? 1 });
  };

  const copy = () => {
    const text = redactForCopy(diagnosis, { request: input.context, now: Date.now() });
    navigator.clipboard.writeText(text).then(
      () => report('Details copied.'),
      () => report('Could not copy: the browser denied clipboard access.'),
    );
  };

  // A status belongs to the run it was made for; a new run starts without one.
  const status = outcome?.run === run ? outcome.status : null;
  return (
    <>
      <DiagnosisView
        diagnosis={diagnosis}
        onAction={perform}
        onCopy={copy}
        canPerform={canPerform}
        answeredAt={run.request.startedAt + run.durationMs}
        status={status}
      />
      <WhyEmptySection state={whyEmpty.state} onAction={perform} />
    </>
  );
}

/**
 * A run that never reached the service for want of a token is the analyst's pending query: after Sign in again it runs
 * by itself, unless the analyst has moved on (a newer run, or other text under the cursor). A query the service refused
 * with a token (401/403) waits for Run again: a new sign-in may not be what it needs.
 */
function isPendingQuery(run: DiagnosedRun, services: ConsoleServices): boolean {
  if (run.status !== 'failed' || run.failure.kind !== 'auth' || selectRun(services.store.getState()) !== run) return false;
  const editor = services.editor();
  return (editor ? editor.runnableText().text : services.store.getState().queryText) === run.request.queryText;
}
