// The one way the app reaches Monaco: a dynamic import, so Monaco and monaco-kusto land in their own chunks. The
// type-only import below is erased from the build and pulls nothing into the entry chunk.
import type * as MonacoSetup from './monacoSetup';

export type MonacoModule = typeof MonacoSetup;

let loading: Promise<MonacoModule> | null = null;

export function loadMonaco(): Promise<MonacoModule> {
  loading ??= import('./monacoSetup').catch((error: unknown) => {
    // A failed chunk download (offline, a deploy replaced the files) may succeed on the next attempt.
    loading = null;
    throw error;
  });
  return loading;
}
