// The long-lived objects behind the UI, created once at start-up and handed down through React context: the store,
// the results worker client, the current connection and the editor handle. Keeping them out of the store keeps
// functions and token-bearing closures out of persisted state.
import type { Connection } from '../auth/connection';
import type { RuntimeConfig } from '../domain/runtimeConfig';
import type { ConsoleStore } from '../state/store';
import type { ResultsClient } from '../workers/resultsClient';

/** What the query runner needs from the editor; the editor feature installs it when Monaco is ready. */
export interface EditorHandle {
  /** The selection, or the statement under the cursor (blank-line separated), and where it starts. */
  runnableText(): { text: string; startLine: number; startColumn: number };
  /** Marks a server-reported error (1-based line within the whole editor, 0-based column). */
  markServerError(error: { line: number; column: number; length: number; message: string } | null): void;
  focus(): void;
  /** Replaces the selection (or inserts at the cursor) with `text`, leaving the cursor after it; the schema pane uses it. */
  insertText(text: string): void;
  /** Puts the cursor at a 1-based line and column (whole editor), reveals it and focuses the editor. */
  goTo(position: { line: number; column: number }): void;
  /**
   * Replaces the first whole-word occurrence of `text` at or after `from` (1-based, whole editor) with `replacement`,
   * as one undoable edit, leaving the cursor after it (a selection would make Run run only the name). False when
   * there is no such occurrence.
   */
  replaceWord(text: string, replacement: string, from: { line: number; column: number }): boolean;
}

export interface ConsoleServices {
  readonly config: RuntimeConfig;
  readonly store: ConsoleStore;
  readonly results: ResultsClient;
  connection(): Connection | null;
  setConnection(connection: Connection | null): void;
  editor(): EditorHandle | null;
  setEditor(handle: EditorHandle | null): void;
}

export function createConsoleServices(config: RuntimeConfig, store: ConsoleStore, results: ResultsClient): ConsoleServices {
  let connection: Connection | null = null;
  let editor: EditorHandle | null = null;
  return {
    config,
    store,
    results,
    connection: () => connection,
    setConnection: (next) => {
      connection = next;
      store.getState().setIdentity(next?.identity ?? null);
    },
    editor: () => editor,
    setEditor: (next) => {
      editor = next;
    },
  };
}
