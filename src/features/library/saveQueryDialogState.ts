// Whether the Save query dialog is open: a tiny external store, so the `saveQuery` action (keyboard, button) can open
// it from outside React.
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

function setOpen(next: boolean): void {
  if (open === next) return;
  open = next;
  for (const listener of listeners) listener();
}

export function openSaveQueryDialog(): void {
  setOpen(true);
}

export function closeSaveQueryDialog(): void {
  setOpen(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaveQueryDialogOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
