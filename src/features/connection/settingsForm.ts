// The Settings form's values as typed, and their validation into what the store and the connection overrides take.
// Pure, so every limit and message is unit-tested.
import { isCloudName, type CloudName } from '../../domain/clouds';
import { isGuid } from '../../domain/identifiers';
import { resolveRuntimeConfig } from '../../domain/runtimeConfig';
import type { Theme } from '../../state/editorSlice';
import { ROW_CAP_MAX, SERVER_WAIT_MAX_SECONDS, type Settings, type TimeZoneDisplay } from '../../state/settingsSlice';

export interface SettingsDraft {
  cloud: string;
  clientId: string;
  tenantId: string;
  rowCap: string;
  noRowCap: boolean;
  serverWaitSeconds: string;
  csvFormulaGuard: boolean;
  timeZoneDisplay: TimeZoneDisplay;
  theme: Theme;
}

export type SettingsField = 'clientId' | 'tenantId' | 'rowCap' | 'serverWaitSeconds';

export interface ValidSettings {
  connection: { cloud: CloudName; clientId: string; tenantId: string };
  settings: Settings;
  theme: Theme;
}

export type SettingsValidation = { ok: true; value: ValidSettings } | { ok: false; problems: Partial<Record<SettingsField, string>> };

export function validateSettingsDraft(draft: SettingsDraft): SettingsValidation {
  const problems: Partial<Record<SettingsField, string>> = {};
  const clientId = draft.clientId.trim();
  if (clientId !== '' && !isGuid(clientId)) {
    problems.clientId = 'The client ID is the application (client) ID of the app registration, a GUID such as 00000000-0000-0000-0000-000000000000.';
  }
  const tenantId = draft.tenantId.trim();
  // The same rule the start-up configuration applies, so a value saved here can never stop the console from starting.
  if (tenantId !== '' && !resolveRuntimeConfig({ tenantId }).ok) {
    problems.tenantId = 'The tenant is a directory (tenant) ID GUID, a domain such as contoso.onmicrosoft.com, "organizations" or "common".';
  }
  const rowCap = draft.noRowCap ? null : wholeNumberIn(draft.rowCap, 1, ROW_CAP_MAX);
  if (rowCap === undefined) problems.rowCap = `The row cap is a whole number from 1 to ${ROW_CAP_MAX.toLocaleString('en-US')}, or choose "No row cap".`;
  const serverWaitSeconds = wholeNumberIn(draft.serverWaitSeconds, 1, SERVER_WAIT_MAX_SECONDS);
  if (serverWaitSeconds === undefined) problems.serverWaitSeconds = `The server timeout is a whole number of seconds from 1 to ${SERVER_WAIT_MAX_SECONDS}.`;
  if (Object.keys(problems).length > 0 || rowCap === undefined || serverWaitSeconds === undefined || !isCloudName(draft.cloud)) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      connection: { cloud: draft.cloud, clientId, tenantId },
      settings: { rowCap, serverWaitSeconds, csvFormulaGuard: draft.csvFormulaGuard, timeZoneDisplay: draft.timeZoneDisplay },
      theme: draft.theme,
    },
  };
}

/** The integer in `text` when it lies within [min, max]; undefined otherwise. Thousands separators are accepted. */
function wholeNumberIn(text: string, min: number, max: number): number | undefined {
  const cleaned = text.trim().replace(/[,_\s]/g, '');
  if (!/^\d+$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return value >= min && value <= max ? value : undefined;
}
