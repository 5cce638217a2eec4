// Why the workspaces could not be listed, as a diagnosis of the Azure Resource Manager failure (expired or refused
// token, no Reader role, another tenant, network), with the actions the workspace dialog can perform.
import { useMemo, useState } from 'react';
import type { ArmFailure } from '../../api/arm/armClient';
import { useConsole, useServices } from '../../app/ServicesContext';
import { CLOUDS } from '../../domain/clouds';
import { redactForCopy } from '../../domain/diagnosis/copyDetails';
import { diagnose } from '../../domain/diagnosis/diagnose';
import type { DiagnosisAction, DiagnosisInput } from '../../domain/diagnosis/types';
import { failure as queryFailure, type QueryFailureKind } from '../../domain/queryFailure';
import { selectCloud, selectIdentity } from '../../state/selectors';
import { openSettingsDialog } from '../connection/settingsDialogState';
import { DiagnosisView } from '../troubleshoot/DiagnosisView';
import { useSignInAgain } from '../troubleshoot/useSignInAgain';

/** ARM's failure kinds in the engine's terms: a token that could not be obtained is an `auth` failure. */
const KIND: Readonly<Record<ArmFailure['kind'], QueryFailureKind>> = {
  'blocked-host': 'blocked-host',
  token: 'auth',
  network: 'network',
  service: 'service',
  'malformed-response': 'malformed-response',
};

export function ListingFailure({ failure, onRetry }: { failure: ArmFailure; onRetry(): void }) {
  const services = useServices();
  const cloud = useConsole(selectCloud);
  const identity = useConsole(selectIdentity);
  const signInAgain = useSignInAgain();
  // Token lifetimes are judged against the moment the listing failed, not every render.
  const [failedAt] = useState(Date.now);
  const [status, setStatus] = useState<string | null>(null);

  const input = useMemo<DiagnosisInput>(
    () => ({
      outcome: { kind: 'failed', failure: queryFailure(KIND[failure.kind], failure.code, failure.message, { status: failure.status }) },
      claims: null,
      context: {
        cloud,
        service: 'resourceManager',
        endpoint: services.connection()?.resourceManagerEndpoint ?? CLOUDS[cloud].resourceManager.endpoint,
        workspaceId: null,
        timespan: null,
        window: null,
        queryText: '',
        connectionMode: identity?.mode ?? null,
        clientId: services.config.clientId,
        tenantId: services.config.tenantId,
        origin: location.origin,
      },
      now: failedAt,
      navigatorOnline: navigator.onLine,
    }),
    [failure, cloud, identity, services, failedAt],
  );
  const diagnosis = useMemo(() => diagnose(input), [input]);

  const canPerform = (action: DiagnosisAction) =>
    action.id === 'retry' || action.id === 'openSettings' || action.id === 'switchCloud' || (action.id === 'signInAgain' && signInAgain !== null);

  const perform = (action: DiagnosisAction) => {
    if (action.id === 'retry') onRetry();
    else if (action.id === 'openSettings') openSettingsDialog(action.setting === undefined ? {} : { focus: action.setting });
    else if (action.id === 'switchCloud') openSettingsDialog({ focus: 'cloud', proposedCloud: action.cloud });
    else if (action.id === 'signInAgain' && signInAgain) {
      signInAgain().then(
        () => {
          setStatus('Signed in again.');
          onRetry();
        },
        () => setStatus('Sign-in did not complete.'),
      );
    }
  };

  const copy = () => {
    navigator.clipboard.writeText(redactForCopy(diagnosis, { request: input.context, now: Date.now() })).then(
      () => setStatus('Details copied.'),
      () => setStatus('Could not copy: the browser denied clipboard access.'),
    );
  };

  return (
    <>
      <DiagnosisView diagnosis={diagnosis} onAction={perform} onCopy={copy} canPerform={canPerform} answeredAt={failedAt} status={status} />
      <p className="muted">You can still enter a workspace ID below.</p>
      <button type="button" onClick={onRetry}>
        List the workspaces again
      </button>
    </>
  );
}
