// The tab verbs that reach beyond the store: closing a tab stops its run and frees its result in the worker, and
// Copy link puts the active tab's share link on the clipboard.
import type { ConsoleServices } from '../../app/services';
import { CLOUDS } from '../../domain/clouds';
import { encodeShareFragment } from '../../domain/shareLink/shareLink';
import { contentOfTab } from '../../state/tabsSlice';
import { writeClipboard } from '../export/clipboard';
import { abandonTabRun } from '../run/queryRunner';
import { tabsNotice } from './tabsNotice';

/** Links longer than this may be cut by mail clients and chat apps. */
const LONG_LINK = 8000;

export function closeQueryTab(services: ConsoleServices, tabId: string): void {
  const { store, results } = services;
  const resultId = contentOfTab(store.getState(), tabId)?.shownResult?.summary.resultId;
  abandonTabRun(tabId);
  store.getState().closeTab(tabId);
  if (resultId) void results.disposeResult(resultId);
}

export async function copyShareLink(services: ConsoleServices): Promise<void> {
  const { queryText, timespan, workspace, workspaceCloud, cloud } = services.store.getState();
  // A tab opened from another cloud's link keeps naming that cloud; otherwise the workspace is the console's cloud's.
  const linkCloud = workspaceCloud ?? (workspace ? cloud : null);
  const fragment = await encodeShareFragment({ queryText, timespan, workspaceId: workspace?.id ?? null, cloud: linkCloud });
  const link = `${location.origin}${location.pathname}#${fragment}`;
  if (!(await writeClipboard(link))) {
    tabsNotice.show({ tone: 'error', text: 'The browser did not allow copying the link to the clipboard.' });
    return;
  }
  const about = `${workspace ? ` for ${workspace.name ?? workspace.id}` : ''}${linkCloud ? ` in ${CLOUDS[linkCloud].displayName}` : ''}`;
  tabsNotice.show(
    link.length > LONG_LINK
      ? { tone: 'warning', text: `Link copied${about} (${link.length.toLocaleString('en-US')} characters: some apps cut links this long).` }
      : { tone: 'info', text: `Link copied${about}. It opens the query in a new tab without running it.` },
  );
}
