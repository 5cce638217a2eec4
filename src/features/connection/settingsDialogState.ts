// Whether the Settings dialog is open: a tiny external store, so the `openSettings` action (keyboard, button, menu)
// can open it from outside React and the dialog subscribes to it.
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

function setOpen(next: boolean): void {
  if (open === next) return;
  open = next;
  for (const listener of listeners) listener();
}

export function openSettingsDialog(): void {
  setOpen(true);
}

export function closeSettingsDialog(): void {
  setOpen(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSettingsDialogOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
