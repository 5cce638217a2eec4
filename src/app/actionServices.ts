// Binds the action registry's verbs to the features that carry them out.
import type { ActionServices } from '../actions/types';
import { requestCsvExport, copyActiveTableAsTsv } from '../features/export/exportCommands';
import { cancelActiveQuery, runActiveQuery } from '../features/run/queryRunner';
import { openSettingsDialog } from '../features/connection/settingsDialogState';
import { openCheckConnectionDialog } from '../features/troubleshoot/checkConnection/checkConnectionDialogState';
import { openSaveQueryDialog } from '../features/library/saveQueryDialogState';
import { closeQueryTab, copyShareLink } from '../features/tabs/tabCommands';
import type { ConsoleServices } from './services';

export function createActionServices(services: ConsoleServices): ActionServices {
  return {
    runQuery: () => runActiveQuery(services),
    cancelQuery: () => cancelActiveQuery(services),
    exportCsv: () => requestCsvExport(),
    copyTableTsv: () => void copyActiveTableAsTsv(services),
    focusEditor: () => services.editor()?.focus(),
    openSettings: () => openSettingsDialog(),
    checkConnection: () => openCheckConnectionDialog(),
    closeQueryTab: (tabId) => closeQueryTab(services, tabId),
    copyShareLink: () => void copyShareLink(services),
    saveQuery: () => openSaveQueryDialog(),
  };
}
