// The export feature's own small UI state: whether the CSV dialog is open and the last export/copy message. It is set
// from the action registry (outside React) and read by the dialog and the results toolbar, so it lives here as a tiny
// external store rather than in the persisted console store (nothing in it should survive a reload).
import { useSyncExternalStore } from 'react';

export interface ExportNotice {
  readonly text: string;
  readonly tone: 'info' | 'warning' | 'error';
}

export interface ExportUiState {
  readonly dialogOpen: boolean;
  readonly notice: ExportNotice | null;
}

const CLOSED: ExportUiState = { dialogOpen: false, notice: null };

export function createExportUi() {
  let state = CLOSED;
  const listeners = new Set<() => void>();
  const update = (changes: Partial<ExportUiState>): void => {
    state = { ...state, ...changes };
    for (const listener of [...listeners]) listener();
  };
  return {
    get: (): ExportUiState => state,
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openDialog: (): void => update({ dialogOpen: true, notice: null }),
    closeDialog: (): void => update({ dialogOpen: false }),
    notify: (notice: ExportNotice | null): void => update({ notice }),
  };
}

export const exportUi = createExportUi();

export function useExportUi(): ExportUiState {
  return useSyncExternalStore(exportUi.subscribe, exportUi.get, exportUi.get);
}
