// Whether the Check connection dialog is open: a tiny external store, so the `checkConnection` action (account menu,
// connection bar, a diagnosis's button) can open it from outside React.
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

function setOpen(next: boolean): void {
  if (open === next) return;
  open = next;
  for (const listener of listeners) listener();
}

export function openCheckConnectionDialog(): void {
  setOpen(true);
}

export function closeCheckConnectionDialog(): void {
  setOpen(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCheckConnectionDialogOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
