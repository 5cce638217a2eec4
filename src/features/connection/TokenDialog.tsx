// "Bring your own token": a bearer token pasted from e.g. `az account get-access-token`, plus the workspace id it is
// for. The field is a password field and the token is never echoed; it lives only in the connection's memory.
import { useId, useState, type FormEvent } from 'react';
import { CLOUDS } from '../../domain/clouds';
import { isGuid } from '../../domain/identifiers';
import { decodeJwtPayload, logAnalyticsAudience, summarizeClaims } from '../../domain/tokenClaims';
import { useServices } from '../../app/ServicesContext';
import { connectWithPastedToken } from './connectionActions';
import { ModalDialog } from './ModalDialog';
import { TokenClaimsSummary } from './TokenClaimsSummary';
import { useNow } from './useNow';

interface TokenDialogProps {
  open: boolean;
  onClose(): void;
}

export function TokenDialog({ open, onClose }: TokenDialogProps) {
  return (
    <ModalDialog open={open} title="Use an access token" onClose={onClose} className="token-dialog">
      <TokenForm onDone={onClose} />
    </ModalDialog>
  );
}

function TokenForm({ onDone }: { onDone(): void }) {
  const services = useServices();
  const cloud = CLOUDS[services.config.cloud];
  const now = useNow();
  const [token, setToken] = useState('');
  const [workspaceId, setWorkspaceId] = useState(services.store.getState().workspace?.id ?? '');
  const [submitted, setSubmitted] = useState(false);
  const ids = { token: useId(), tokenHelp: useId(), tokenError: useId(), workspace: useId(), workspaceError: useId() };

  const decoded = token.trim() === '' ? null : decodeJwtPayload(token);
  const tokenError = decoded === null ? (submitted ? 'Paste an access token.' : null) : decoded.ok ? null : decoded.error;
  const workspaceError = submitted && !isGuid(workspaceId.trim()) ? 'Enter the workspace ID, a GUID such as 00000000-0000-0000-0000-000000000000.' : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!decoded?.ok || !isGuid(workspaceId.trim())) return;
    connectWithPastedToken(services, token, summarizeClaims(decoded.claims), workspaceId.trim().toLowerCase());
    onDone();
  };

  return (
    <form className="dialog-form" onSubmit={submit} noValidate>
      <p id={ids.tokenHelp} className="muted">
        For {cloud.displayName}, get one with <code>az account get-access-token --resource {logAnalyticsAudience(cloud)}</code>. It stays in this tab's
        memory only: it is not saved, and it is gone after a reload.
      </p>
      <label htmlFor={ids.token}>Access token</label>
      <input
        id={ids.token}
        type="password"
        data-autofocus
        autoComplete="off"
        spellCheck={false}
        // Uncontrolled, so React never mirrors the token into the element's value attribute.
        onChange={(event) => setToken(event.target.value)}
        aria-describedby={`${ids.tokenHelp}${tokenError ? ` ${ids.tokenError}` : ''}`}
        aria-invalid={tokenError !== null}
      />
      {tokenError && (
        <p id={ids.tokenError} className="field-error" role="alert">
          {tokenError}
        </p>
      )}
      {decoded?.ok && <TokenClaimsSummary summary={summarizeClaims(decoded.claims)} cloud={cloud} now={now} />}
      <label htmlFor={ids.workspace}>Workspace ID</label>
      <input
        id={ids.workspace}
        value={workspaceId}
        spellCheck={false}
        placeholder="00000000-0000-0000-0000-000000000000"
        onChange={(event) => setWorkspaceId(event.target.value)}
        aria-describedby={workspaceError ? ids.workspaceError : undefined}
        aria-invalid={workspaceError !== null}
      />
      {workspaceError && (
        <p id={ids.workspaceError} className="field-error" role="alert">
          {workspaceError}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="submit" className="primary">
          Connect
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
