// One line about tabs and share links (link copied, a link that could not be opened, a link opened into a tab). Set
// from actions and start-up code outside React, read by the tab strip; nothing in it survives a reload.
import { useSyncExternalStore } from 'react';

export interface TabsNotice {
  readonly text: string;
  readonly tone: 'info' | 'warning' | 'error';
}

let notice: TabsNotice | null = null;
const listeners = new Set<() => void>();

export const tabsNotice = {
  get: (): TabsNotice | null => notice,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  show: (next: TabsNotice | null): void => {
    notice = next;
    for (const listener of [...listeners]) listener();
  },
};

export function useTabsNotice(): TabsNotice | null {
  return useSyncExternalStore(tabsNotice.subscribe, tabsNotice.get, tabsNotice.get);
}
