// Creates the Monaco editor on the store's query text and wires it to the console: text to the store (debounced,
// flushed on blur, before a run, on a tab switch and on unload), outside text changes back in, the EditorHandle, the
// registry's Run, Cancel and tab keys, and server-error markers. Each query tab has its own model, so undo history,
// cursor and markers stay with their tab. Returns the editor and one function that undoes all of it.
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';
import { actionById, dispatchAction } from '../../actions/registry';
import type { ActionContext } from '../../actions/types';
import type { ConsoleServices, EditorHandle } from '../../app/services';
import { findWholeWord } from '../../domain/kql/findWholeWord';
import type { TextRange } from '../../domain/kql/textRange';
import { selectIsRunning } from '../../state/selectors';
import { contentOfTab } from '../../state/tabsSlice';
import type { ActionId } from '../../actions/types';
import { createDebouncedWriter } from './debouncedWriter';
import { toMonacoKeybinding } from './editorKeybindings';
import type { MonacoModule } from './monaco/loadMonaco';
import { QUERY_EDITOR_LABEL } from './PlainQueryEditor';
import { runnableRegion } from './runnableRegion';

/** Long enough to coalesce a burst of typing, short enough that nothing else sees stale text for long. */
const TEXT_WRITE_DELAY_MS = 150;
/** Markers of the Log Analytics service's own errors; monaco-kusto's validation owns 'kusto' and never clears these. */
export const SERVER_MARKER_OWNER = 'la-server';
const RUNNING_CONTEXT_KEY = 'kqlConsole.runInProgress';
const TAB_ACTIONS: readonly ActionId[] = ['newTab', 'closeTab', 'reopenClosedTab', 'nextTab', 'previousTab'];

export interface MountOptions {
  container: HTMLElement;
  services: ConsoleServices;
  actionContext: ActionContext;
  /** Where the plain text area left the caret, and whether it had focus, so the swap is seamless. */
  handover: { selection: TextRange; focused: boolean };
}

export interface MountedEditor {
  editor: Monaco.editor.IStandaloneCodeEditor;
  dispose(): void;
}

export function mountQueryEditor({ monaco, themeNames }: MonacoModule, options: MountOptions): MountedEditor {
  const { container, services, actionContext, handover } = options;
  const { store } = services;
  const initial = store.getState();
  // Created as plain text; the Kusto language (its mode chunk and 8 MB worker) is switched on once the editor is on
  // screen and accepting keys.
  let tabId = initial.activeTabId;
  let model = monaco.editor.createModel(initial.queryText, 'plaintext');
  const models = new Map([[tabId, model]]);
  const viewStates = new Map<string, Monaco.editor.ICodeEditorViewState | null>();
  const editor = monaco.editor.create(container, {
    model,
    theme: initial.theme === 'dark' ? themeNames.dark : themeNames.light,
    ariaLabel: QUERY_EDITOR_LABEL,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    wordBasedSuggestions: 'off',
    fontSize: 13,
    lineNumbersMinChars: 3,
    tabSize: 4,
  });
  const disposables: Monaco.IDisposable[] = [];
  const firstModel = model;
  const languageFrame = requestAnimationFrame(() => monaco.editor.setModelLanguage(firstModel, 'kusto'));

  const offsetsToSelection = ({ start, end }: TextRange) => {
    const anchor = model.getPositionAt(start);
    const caret = model.getPositionAt(end);
    return new monaco.Selection(anchor.lineNumber, anchor.column, caret.lineNumber, caret.column);
  };
  editor.setSelection(offsetsToSelection(handover.selection));
  editor.revealPositionInCenterIfOutsideViewport(editor.getPosition() ?? { lineNumber: 1, column: 1 });
  if (handover.focused) editor.focus();

  // Text → store, into the tab it was typed in wherever that tab is now. Writing only a changed text keeps an outside
  // change that was just applied from echoing back.
  const writer = createDebouncedWriter<{ tabId: string; text: string }>(({ tabId: typedIn, text }) => {
    if (contentOfTab(store.getState(), typedIn)?.queryText !== text) store.getState().setTabQueryText(typedIn, text);
  }, TEXT_WRITE_DELAY_MS);
  const hasServerMarkers = () => monaco.editor.getModelMarkers({ owner: SERVER_MARKER_OWNER, resource: model.uri }).length > 0;
  disposables.push(
    editor.onDidChangeModelContent(() => {
      writer.schedule({ tabId, text: model.getValue() });
      if (hasServerMarkers()) monaco.editor.setModelMarkers(model, SERVER_MARKER_OWNER, []);
    }),
    editor.onDidBlurEditorText(() => writer.flush()),
  );
  window.addEventListener('beforeunload', writer.flush);
  window.addEventListener('pagehide', writer.flush);

  // Another tab became active: the pending text goes to the tab it was typed in, then that tab's model comes in.
  const showTab = (next: string, text: string) => {
    writer.flush();
    viewStates.set(tabId, editor.saveViewState());
    tabId = next;
    model = models.get(next) ?? monaco.editor.createModel(text, 'kusto');
    models.set(next, model);
    editor.setModel(model);
    editor.restoreViewState(viewStates.get(next) ?? null);
  };
  const disposeClosedTabs = (open: ReadonlySet<string>) => {
    for (const [id, closed] of models) {
      if (open.has(id)) continue;
      models.delete(id);
      viewStates.delete(id);
      closed.dispose();
    }
  };

  // Store → text: another part of the console replaced the query (a restored session, a deep link). Undoable.
  const running = editor.createContextKey(RUNNING_CONTEXT_KEY, selectIsRunning(initial));
  const unsubscribe = store.subscribe((state, previous) => {
    running.set(selectIsRunning(state));
    if (state.activeTabId !== tabId) showTab(state.activeTabId, state.queryText);
    if (state.tabs !== previous.tabs) disposeClosedTabs(new Set(state.tabs.map((tab) => tab.id)));
    if (state.queryText === previous.queryText || writer.pending() || state.queryText === model.getValue()) return;
    editor.executeEdits('console', [{ range: model.getFullModelRange(), text: state.queryText }]);
    editor.pushUndoStop();
  });

  const handle: EditorHandle = {
    runnableText: () => {
      const selection = editor.getSelection();
      if (!selection) return runnableRegion(model.getValue(), { start: 0, end: 0 });
      const anchor = model.getOffsetAt({ lineNumber: selection.selectionStartLineNumber, column: selection.selectionStartColumn });
      const caret = model.getOffsetAt(selection.getPosition());
      return runnableRegion(model.getValue(), { start: anchor, end: caret });
    },
    markServerError: (error) => {
      monaco.editor.setModelMarkers(
        model,
        SERVER_MARKER_OWNER,
        error === null
          ? []
          : [
              {
                severity: monaco.MarkerSeverity.Error,
                message: error.message,
                startLineNumber: error.line,
                startColumn: error.column + 1,
                endLineNumber: error.line,
                endColumn: error.column + 1 + error.length,
              },
            ],
      );
      if (error !== null) editor.revealLineInCenterIfOutsideViewport(error.line);
    },
    focus: () => editor.focus(),
    insertText: (text) => {
      const selection = editor.getSelection() ?? new monaco.Selection(1, 1, 1, 1);
      const start = model.getOffsetAt(selection.getStartPosition());
      editor.executeEdits('schema', [{ range: selection, text, forceMoveMarkers: true }]);
      editor.pushUndoStop();
      const after = model.getPositionAt(start + text.length);
      editor.setPosition(after);
      editor.revealPositionInCenterIfOutsideViewport(after);
    },
    goTo: ({ line, column }) => {
      const position = model.validatePosition({ lineNumber: line, column });
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
    },
    replaceWord: (text, replacement, from) => {
      const start = findWholeWord(model.getValue(), text, model.getOffsetAt({ lineNumber: from.line, column: from.column }));
      if (start === -1) return false;
      const startPosition = model.getPositionAt(start);
      const range = monaco.Range.fromPositions(startPosition, model.getPositionAt(start + text.length));
      editor.executeEdits('diagnosis', [{ range, text: replacement }]);
      editor.pushUndoStop();
      // A caret, not a selection: Run runs a selection alone, and the fix is part of the statement.
      const after = model.getPositionAt(start + replacement.length);
      editor.setPosition(after);
      editor.revealPositionInCenterIfOutsideViewport(after);
      editor.focus();
      return true;
    },
  };
  services.setEditor(handle);

  // The registry's keys for Run, Cancel and the tabs, so the editor and the rest of the console can never disagree
  // (Monaco would otherwise keep Alt+PageUp/PageDown for scrolling).
  const keysOf = (id: ActionId) =>
    actionById(id)
      .keybindings.map((binding) => toMonacoKeybinding(binding, monaco))
      .filter((code) => code !== null);
  disposables.push(
    editor.addAction({
      id: 'kqlConsole.run',
      label: actionById('run').label,
      keybindings: keysOf('run'),
      contextMenuGroupId: 'navigation',
      contextMenuOrder: 0,
      run: () => {
        writer.flush();
        dispatchAction('run', actionContext);
      },
    }),
    editor.addAction({
      id: 'kqlConsole.cancel',
      label: actionById('cancel').label,
      keybindings: keysOf('cancel'),
      precondition: RUNNING_CONTEXT_KEY,
      // Esc closes Monaco's own widgets first; only then does it cancel the run.
      keybindingContext: `${RUNNING_CONTEXT_KEY} && !suggestWidgetVisible && !parameterHintsVisible && !findWidgetVisible && !markersNavigationVisible`,
      run: () => {
        dispatchAction('cancel', actionContext);
      },
    }),
    ...TAB_ACTIONS.map((id) =>
      editor.addAction({
        id: `kqlConsole.${id}`,
        label: actionById(id).label,
        keybindings: keysOf(id),
        run: () => {
          dispatchAction(id, actionContext);
        },
      }),
    ),
  );

  return {
    editor,
    dispose: () => {
      writer.flush();
      cancelAnimationFrame(languageFrame);
      window.removeEventListener('beforeunload', writer.flush);
      window.removeEventListener('pagehide', writer.flush);
      unsubscribe();
      for (const disposable of disposables) disposable.dispose();
      services.setEditor(null);
      editor.dispose();
      for (const tabModel of models.values()) tabModel.dispose();
    },
  };
}
