// Whether the Settings dialog is open, and what it was opened for: a tiny external store, so the `openSettings`
// action (keyboard, button, menu) and the troubleshooting panel can open it from outside React.
import { useSyncExternalStore } from 'react';
import type { CloudName } from '../../domain/clouds';

/** Why the dialog opened: a field to put the focus on, and a cloud to propose (not saved until the analyst saves). */
export interface SettingsRequest {
  focus?: 'cloud' | 'clientId' | 'tenantId' | 'rowCap' | 'serverWaitSeconds';
  proposedCloud?: CloudName;
}

let request: SettingsRequest | null = null;
const listeners = new Set<() => void>();

function setRequest(next: SettingsRequest | null): void {
  if (request === next) return;
  request = next;
  for (const listener of listeners) listener();
}

export function openSettingsDialog(opened: SettingsRequest = {}): void {
  setRequest(opened);
}

export function closeSettingsDialog(): void {
  setRequest(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The request the dialog is open for; null while closed. */
export function useSettingsDialogRequest(): SettingsRequest | null {
  return useSyncExternalStore(subscribe, () => request);
}
