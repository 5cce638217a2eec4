// Whether a dialog is open, as a tiny external store: actions (keyboard, buttons, menus) open a dialog from outside
// React, and the dialog subscribes to it.
import { useSyncExternalStore } from 'react';

export interface DialogSwitch {
  open(): void;
  close(): void;
  useIsOpen(): boolean;
}

export function createDialogSwitch(): DialogSwitch {
  let isOpen = false;
  const listeners = new Set<() => void>();
  const set = (next: boolean) => {
    if (isOpen === next) return;
    isOpen = next;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    open: () => set(true),
    close: () => set(false),
    useIsOpen: () => useSyncExternalStore(subscribe, () => isOpen),
  };
}
