// Whether the Save query dialog is open, so the `saveQuery` action (keyboard, button) can open it from outside React.
import { createDialogSwitch } from '../../ui/dialogSwitch';

const saveQueryDialog = createDialogSwitch();

export const openSaveQueryDialog = saveQueryDialog.open;
export const closeSaveQueryDialog = saveQueryDialog.close;
export const useSaveQueryDialogOpen = saveQueryDialog.useIsOpen;
