// Opening a query from the history, the saved queries or the gallery: always into a new query tab, so the work in the
// current tab is never replaced. A query that names no workspace opens on the current one. "Run" opens and runs it;
// the editor shows the new tab's text as soon as the tab is active, so the run takes that text.
import { dispatchAction } from '../../actions/registry';
import type { ActionContext } from '../../actions/types';
import type { HistoryWorkspace } from '../../domain/history/historyEntry';
import type { TimespanSelection } from '../../domain/timespan/selection';

export interface QueryToOpen {
  queryText: string;
  timespan?: TimespanSelection;
  workspace?: HistoryWorkspace;
  /** The new tab's name; the tab strip numbers it when absent. */
  name?: string;
}

export function openQuery(context: ActionContext, query: QueryToOpen, { run }: { run: boolean }): void {
  const { store, services } = context;
  const state = store.getState();
  const workspace = query.workspace ? (state.recentWorkspaces.find((known) => known.id === query.workspace?.id) ?? query.workspace) : state.workspace;
  state.openQueryInNewTab({
    queryText: query.queryText,
    ...(query.timespan ? { timespan: query.timespan } : { timespan: state.timespan }),
    workspace,
    ...(query.name ? { name: query.name } : {}),
  });
  if (run) dispatchAction('run', context);
  else services.focusEditor();
}
