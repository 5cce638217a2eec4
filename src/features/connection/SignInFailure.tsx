// A failed sign-in as a troubleshooting panel (DESIGN §8): the engine's diagnosis of the error, its actions performed
// here (sign in again, open Settings at the field to fix), Copy details, and a way to dismiss it. Entra ID shows some
// errors only inside the sign-in window, out of the console's reach; when the window closed without an answer the
// analyst can type the code it showed and get that code's diagnosis.
import { useMemo, useState } from 'react';
import { CLOUDS } from '../../domain/clouds';
import { redactForCopy } from '../../domain/diagnosis/copyDetails';
import { diagnose } from '../../domain/diagnosis/diagnose';
import type { DiagnosisAction, DiagnosisContext, DiagnosisInput, SignInError } from '../../domain/diagnosis/types';
import { useServices } from '../../app/ServicesContext';
import { DiagnosisView } from '../troubleshoot/DiagnosisView';
import { openSettingsDialog } from './settingsDialogState';
import { SignInFailureCode } from './SignInFailureCode';

/** Codes for a sign-in window that gave no answer: closed, or left open (perhaps on an error page) until MSAL gave up. */
const NO_ANSWER_CODES = ['user_cancelled', 'timed_out'];

interface SignInFailureProps {
  error: SignInError;
  /** Epoch milliseconds. */
  failedAt: number;
  /** Repeats the sign-in that failed; null when it cannot be repeated from here. */
  onSignInAgain: (() => void) | null;
  onDismiss(): void;
}

export function SignInFailure({ error, failedAt, onSignInAgain, onDismiss }: SignInFailureProps) {
  const { config } = useServices();
  const [reportedCode, setReportedCode] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const context = useMemo<DiagnosisContext>(
    () => ({
      cloud: config.cloud,
      endpoint: CLOUDS[config.cloud].logAnalytics.endpoint,
      workspaceId: null,
      timespan: null,
      window: null,
      queryText: '',
      connectionMode: null,
      clientId: config.clientId,
      tenantId: config.tenantId,
      origin: location.origin,
    }),
    [config],
  );
  const diagnosis = useMemo(() => {
    const shown: SignInError = reportedCode === null ? error : { errorCode: 'shown_in_sign_in_window', errorMessage: `AADSTS${reportedCode}, as shown in the sign-in window.` };
    const input: DiagnosisInput = { outcome: { kind: 'signInFailed', error: shown }, claims: null, context, now: failedAt, navigatorOnline: navigator.onLine };
    return diagnose(input);
  }, [error, reportedCode, context, failedAt]);

  const canPerform = (action: DiagnosisAction): boolean =>
    action.id === 'openSettings' || action.id === 'switchCloud' || (action.id === 'signInAgain' && onSignInAgain !== null);

  const perform = (action: DiagnosisAction) => {
    if (action.id === 'signInAgain') onSignInAgain?.();
    else if (action.id === 'openSettings') openSettingsDialog(action.setting === undefined ? {} : { focus: action.setting });
    else if (action.id === 'switchCloud') openSettingsDialog({ focus: 'cloud', proposedCloud: action.cloud });
  };

  const copy = () => {
    navigator.clipboard.writeText(redactForCopy(diagnosis, { request: context, now: Date.now() })).then(
      () => setStatus('Details copied.'),
      () => setStatus('Could not copy: the browser denied clipboard access.'),
    );
  };

  return (
    <div
      className="sign-in-failure"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      <DiagnosisView diagnosis={diagnosis} onAction={perform} onCopy={copy} canPerform={canPerform} answeredAt={failedAt} status={status} />
      {NO_ANSWER_CODES.includes(error.errorCode) && <SignInFailureCode onCode={setReportedCode} />}
      <button type="button" className="sign-in-failure-dismiss" aria-label="Dismiss sign-in problem" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
