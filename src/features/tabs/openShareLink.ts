// Opening a share link: its query goes into a new tab (not run until the analyst presses Run), then the fragment is
// removed from the address (history.replaceState) so a reload does not open it twice. A link that cannot be read
// says why in one line and changes nothing; its fragment stays until the message is dismissed.
import type { ConsoleServices } from '../../app/services';
import { CLOUDS } from '../../domain/clouds';
import { decodeShareFragment, isShareFragment } from '../../domain/shareLink/shareLink';
import { tabsNotice } from './tabsNotice';

export const SHARED_TAB_NAME = 'Shared query';

/** The fragment being opened, so a second call for the same address (hashchange during start-up) does nothing. */
let opening: string | null = null;

export async function openShareLinkFromAddress(services: ConsoleServices): Promise<void> {
  const fragment = location.hash;
  if (!isShareFragment(fragment) || opening === fragment) return;
  opening = fragment;
  try {
    const outcome = await decodeShareFragment(fragment);
    if (outcome.kind === 'malformed') tabsNotice.show({ tone: 'error', text: outcome.error });
    if (outcome.kind !== 'shared') return;
    const { store } = services;
    const { queryText, timespan, workspaceId, cloud } = outcome.query;
    const { recentWorkspaces, cloud: consoleCloud } = store.getState();
    const workspace = workspaceId === null ? null : (recentWorkspaces.find((known) => known.id === workspaceId) ?? { id: workspaceId });
    store.getState().openQueryInNewTab({ queryText, timespan, workspace, cloud: cloud ?? undefined, name: SHARED_TAB_NAME });
    removeFragment();
    const elsewhere = cloud !== null && cloud !== consoleCloud ? ` It was shared for ${CLOUDS[cloud].displayName}; nothing was switched.` : '';
    tabsNotice.show({ tone: elsewhere ? 'warning' : 'info', text: `Opened a shared query in a new tab. It runs when you press Run.${elsewhere}` });
  } finally {
    opening = null;
  }
}

export function dismissTabsNotice(): void {
  tabsNotice.show(null);
  if (isShareFragment(location.hash)) removeFragment();
}

function removeFragment(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
