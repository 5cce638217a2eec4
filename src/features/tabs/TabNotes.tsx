// One-line notes under the tabs: storage refused the last save, the tab belongs to another cloud than the console's,
// and the last tab or share-link message (link copied, a link that could not be opened).
import { useConsole } from '../../app/ServicesContext';
import { CLOUDS } from '../../domain/clouds';
import { selectCloud, selectForeignWorkspaceCloud, selectStorageWarning } from '../../state/selectors';
import { dismissTabsNotice } from './openShareLink';
import { useTabsNotice } from './tabsNotice';

export function TabNotes() {
  const storageWarning = useConsole(selectStorageWarning);
  const foreignCloud = useConsole(selectForeignWorkspaceCloud);
  const cloud = useConsole(selectCloud);
  const notice = useTabsNotice();
  return (
    <>
      {storageWarning !== null && (
        <p className="tab-note tab-note-warning" role="alert">
          {storageWarning}
        </p>
      )}
      {foreignCloud !== null && (
        <p className="tab-note tab-note-warning" role="note">
          This tab was written for {CLOUDS[foreignCloud].displayName}, but the console is connected to {CLOUDS[cloud].displayName}: Run
          sends it to {CLOUDS[cloud].displayName}. To use {CLOUDS[foreignCloud].displayName}, change the cloud in Settings.
        </p>
      )}
      {notice !== null && (
        <p className={`tab-note tab-note-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}{' '}
          <button type="button" className="tab-note-dismiss" onClick={dismissTabsNotice}>
            Dismiss
          </button>
        </p>
      )}
    </>
  );
}
