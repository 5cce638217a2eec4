// Whether the browser took the last save. When it refuses (a full quota, storage switched off), the work stays in
// memory and the console says in one line that it will not survive a reload until that is fixed.
import type { StateCreator } from 'zustand';

export const STORAGE_FULL_WARNING =
  "This browser's storage is full: your tabs are kept in this window but will not survive a reload until space is freed.";

export interface StorageSlice {
  storageWarning: string | null;
  setStorageWarning(warning: string | null): void;
}

export const createStorageSlice: StateCreator<StorageSlice, [], [], StorageSlice> = (set) => ({
  storageWarning: null,
  setStorageWarning: (storageWarning) => set({ storageWarning }),
});
