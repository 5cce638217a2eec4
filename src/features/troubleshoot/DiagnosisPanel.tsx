// The troubleshooting panel for the latest run (DESIGN §8): diagnoses a failure or an empty workspace from the store
// and the connection, and performs the actions it offers through the same paths as the rest of the console.
import { useMemo, useState } from 'react';
import { dispatchAction } from '../../actions/registry';
import { diagnose } from '../../domain/diagnosis/diagnose';
import { redactForCopy } from '../../domain/diagnosis/copyDetails';
import { useConsole, useServices } from '../../app/ServicesContext';
import { useActionContext } from '../../app/useActionContext';
import { describeSignInError } from '../../auth/signInErrors';
import { selectCloud, selectIdentity, selectSettings, selectTimespan } from '../../state/selectors';
import { openSettingsDialog } from '../connection/settingsDialogState';
import { diagnosisInputFor, type DiagnosedRun } from './diagnosisInput';
import { DiagnosisView, type PanelAction } from './DiagnosisView';
import { useSignInAgain } from './useSignInAgain';

export function DiagnosisPanel({ run }: { run: DiagnosedRun }) {
  const services = useServices();
  const actionContext = useActionContext();
  const cloud = useConsole(selectCloud);
  const identity = useConsole(selectIdentity);
  const timespan = useConsole(selectTimespan);
  const { serverWaitSeconds } = useConsole(selectSettings);
  const signInAgain = useSignInAgain();
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
      }),
    [run, cloud, identity, timespan, serverWaitSeconds, services],
  );
  const diagnosis = useMemo(() => diagnose(input), [input]);

  const perform = (action: PanelAction) => {
    switch (action.id) {
      case 'retry':
        dispatchAction('run', actionContext);
        return;
      case 'openSettings':
        openSettingsDialog();
        return;
      case 'widenTimespan':
        services.store.getState().setTimespan({ kind: 'preset', presetId: action.presetId });
        return;
      case 'signInAgain':
        signInAgain?.().then(
          () => setOutcome({ run, status: 'Signed in again. Run the query again.' }),
          (error: unknown) => setOutcome({ run, status: `Sign-in failed: ${describeSignInError(error)}` }),
        );
        return;
    }
  };

  const copy = () => {
    const text = redactForCopy(diagnosis, { request: input.context, now: Date.now() });
    navigator.clipboard.writeText(text).then(
      () => setOutcome({ run, status: 'Details copied.' }),
      () => setOutcome({ run, status: 'Could not copy: the browser denied clipboard access.' }),
    );
  };

  // A status belongs to the run it was made for; a new run starts without one.
  const status = outcome?.run === run ? outcome.status : null;
  return <DiagnosisView diagnosis={diagnosis} onAction={perform} onCopy={copy} canSignInAgain={signInAgain !== null} status={status} />;
}
