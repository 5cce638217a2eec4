// Settings: the sign-in settings (cloud, client id, tenant; saved in this browser and applied at the next start)
// and the execution and display settings of the store (applied at once). Opened by the `openSettings` action.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { hasConnectionOverrides, readConnectionOverrides, saveConnectionOverrides } from '../../auth/connectionOverrides';
import { CLOUD_NAMES, CLOUDS } from '../../domain/clouds';
import { useServices } from '../../app/ServicesContext';
import { ROW_CAP_DEFAULT, ROW_CAP_MAX, SERVER_WAIT_MAX_SECONDS } from '../../state/settingsSlice';
import { ModalDialog } from './ModalDialog';
import { closeSettingsDialog, useSettingsDialogRequest, type SettingsRequest } from './settingsDialogState';
import { validateSettingsDraft, type SettingsDraft, type SettingsField } from './settingsForm';

export function SettingsDialog() {
  const request = useSettingsDialogRequest();
  return (
    <ModalDialog open={request !== null} title="Settings" onClose={closeSettingsDialog} className="settings-dialog">
      {request && <SettingsForm request={request} />}
    </ModalDialog>
  );
}

function SettingsForm({ request }: { request: SettingsRequest }) {
  const { config, store } = useServices();
  const [draft, setDraft] = useState<SettingsDraft>(() => {
    const { settings, theme } = store.getState();
    return {
      cloud: request.proposedCloud ?? config.cloud,
      clientId: config.clientId ?? '',
      tenantId: config.tenantId,
      rowCap: String(settings.rowCap ?? ROW_CAP_DEFAULT),
      noRowCap: settings.rowCap === null,
      serverWaitSeconds: String(settings.serverWaitSeconds),
      csvFormulaGuard: settings.csvFormulaGuard,
      timeZoneDisplay: settings.timeZoneDisplay,
      theme,
    };
  });
  const [problems, setProblems] = useState<Partial<Record<SettingsField, string>>>({});
  const [needsReload, setNeedsReload] = useState(false);
  const [overridden, setOverridden] = useState(hasConnectionOverrides);
  const focusFor = (field: SettingsRequest['focus']) => (request.focus === field ? { 'data-autofocus': true } : {});
  const edit = (changes: Partial<SettingsDraft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateSettingsDraft(draft);
    if (!result.ok) {
      setProblems(result.problems);
      event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setProblems({});
    const { connection, settings, theme } = result.value;
    store.getState().updateSettings(settings);
    store.getState().setTheme(theme);
    const changed = connection.cloud !== config.cloud || connection.clientId !== (config.clientId ?? '') || connection.tenantId !== config.tenantId;
    if (!changed) {
      closeSettingsDialog();
      return;
    }
    // Only what the analyst changed becomes an override; an emptied field falls back to the deployment's value.
    const overrides = readConnectionOverrides();
    if (connection.cloud !== config.cloud) overrides.cloud = connection.cloud;
    if (connection.clientId !== (config.clientId ?? '')) overrides.clientId = connection.clientId;
    if (connection.tenantId !== config.tenantId) overrides.tenantId = connection.tenantId;
    saveConnectionOverrides(overrides);
    setOverridden(hasConnectionOverrides());
    setNeedsReload(true);
  };

  const useDeploymentValues = () => {
    saveConnectionOverrides({});
    setOverridden(false);
    setNeedsReload(true);
  };

  return (
    <form className="dialog-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>Sign-in</legend>
        <p className="muted">Saved in this browser. Changes take effect after the console reloads.</p>
        {request.proposedCloud !== undefined && request.proposedCloud !== config.cloud && (
          <p className="notice notice-info">
            Troubleshooting proposes {CLOUDS[request.proposedCloud].displayName} (now {CLOUDS[config.cloud].displayName}). Save, reload, then sign in again
            to use it.
          </p>
        )}
        <Field label="Cloud">
          {(id) => (
            <select id={id} {...focusFor('cloud')} value={draft.cloud} onChange={(event) => edit({ cloud: event.target.value })}>
              {CLOUD_NAMES.map((name) => (
                <option key={name} value={name}>
                  {CLOUDS[name].displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Client ID" problem={problems.clientId} hint="The application (client) ID of the console's app registration.">
          {(id, describedBy) => (
            <input id={id} {...focusFor('clientId')} value={draft.clientId} spellCheck={false} onChange={(event) => edit({ clientId: event.target.value })} aria-describedby={describedBy} aria-invalid={problems.clientId !== undefined} />
          )}
        </Field>
        <Field label="Tenant ID" problem={problems.tenantId} hint='A directory (tenant) ID, a domain such as contoso.onmicrosoft.com, or "organizations".'>
          {(id, describedBy) => (
            <input id={id} {...focusFor('tenantId')} value={draft.tenantId} spellCheck={false} onChange={(event) => edit({ tenantId: event.target.value })} aria-describedby={describedBy} aria-invalid={problems.tenantId !== undefined} />
          )}
        </Field>
        {overridden && (
          <button type="button" onClick={useDeploymentValues}>
            Use the deployment's sign-in settings
          </button>
        )}
      </fieldset>
      <fieldset>
        <legend>Queries</legend>
        <Field label="Row cap" problem={problems.rowCap} hint={`Rows asked for per query (a take is added), 1 to ${ROW_CAP_MAX.toLocaleString('en-US')}.`}>
          {(id, describedBy) => (
            <input
              id={id}
              {...focusFor('rowCap')}
              inputMode="numeric"
              value={draft.rowCap}
              disabled={draft.noRowCap}
              onChange={(event) => edit({ rowCap: event.target.value })}
              aria-describedby={describedBy}
              aria-invalid={problems.rowCap !== undefined}
            />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={draft.noRowCap} onChange={(event) => edit({ noRowCap: event.target.checked })} />
          No row cap (the service still stops at 500,000 rows)
        </label>
        <Field label="Server timeout (seconds)" problem={problems.serverWaitSeconds} hint={`How long the service may run a query, 1 to ${SERVER_WAIT_MAX_SECONDS} seconds.`}>
          {(id, describedBy) => (
            <input
              id={id}
              {...focusFor('serverWaitSeconds')}
              inputMode="numeric"
              value={draft.serverWaitSeconds}
              onChange={(event) => edit({ serverWaitSeconds: event.target.value })}
              aria-describedby={describedBy}
              aria-invalid={problems.serverWaitSeconds !== undefined}
            />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={draft.csvFormulaGuard} onChange={(event) => edit({ csvFormulaGuard: event.target.checked })} />
          Guard CSV exports against spreadsheet formulas (cells starting with =, +, -, @ are prefixed with ')
        </label>
      </fieldset>
      <fieldset>
        <legend>Display</legend>
        <Field label="Times shown in">
          {(id) => (
            <select id={id} value={draft.timeZoneDisplay} onChange={(event) => edit({ timeZoneDisplay: event.target.value === 'local' ? 'local' : 'utc' })}>
              <option value="utc">UTC</option>
              <option value="local">Local time</option>
            </select>
          )}
        </Field>
        <Field label="Theme">
          {(id) => (
            <select id={id} value={draft.theme} onChange={(event) => edit({ theme: event.target.value === 'dark' ? 'dark' : 'light' })}>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          )}
        </Field>
      </fieldset>
      {needsReload && (
        <p role="status" className="notice">
          Sign-in settings saved. They take effect after a reload.{' '}
          <button type="button" onClick={() => window.location.reload()}>
            Reload now
          </button>
        </p>
      )}
      <div className="dialog-buttons">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={closeSettingsDialog}>
          {needsReload ? 'Close' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  label: string;
  hint?: string;
  problem?: string | undefined;
  children(id: string, describedBy: string | undefined): ReactNode;
}

/** A labelled control with its hint and, when invalid, its problem, both tied to it by aria-describedby. */
function Field({ label, hint, problem, children }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy)}
      {hint && (
        <span id={`${id}-hint`} className="muted field-hint">
          {hint}
        </span>
      )}
      {problem && (
        <span id={`${id}-problem`} className="field-error">
          {problem}
        </span>
      )}
    </div>
  );
}
