// The results toolbar's export controls. Both dispatch through the action registry, so the buttons, the shortcut
// (Ctrl+Shift+E) and any menu do the same thing; the last export or copy message is announced here.
import { dispatchAction } from '../../actions/registry';
import { useActionContext } from '../../app/useActionContext';
import { useExportUi } from './exportUiState';

export function ExportActions() {
  const context = useActionContext();
  const { notice } = useExportUi();
  return (
    <div className="export-actions">
      <button type="button" aria-haspopup="dialog" aria-keyshortcuts="Control+Shift+E" onClick={() => dispatchAction('exportCsv', context)}>
        Export CSV
      </button>
      <button type="button" onClick={() => dispatchAction('copyTableTsv', context)}>
        Copy as TSV
      </button>
      <p className={`export-notice${notice ? ` export-notice-${notice.tone}` : ''}`} role="status">
        {notice?.text}
      </p>
    </div>
  );
}
