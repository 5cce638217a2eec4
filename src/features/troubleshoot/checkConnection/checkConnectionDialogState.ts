// Whether the Check connection dialog is open, so the `checkConnection` action (account menu, connection bar, a
// diagnosis's button) can open it from outside React.
import { createDialogSwitch } from '../../../ui/dialogSwitch';

const checkConnectionDialog = createDialogSwitch();

export const openCheckConnectionDialog = checkConnectionDialog.open;
export const closeCheckConnectionDialog = checkConnectionDialog.close;
export const useCheckConnectionDialogOpen = checkConnectionDialog.useIsOpen;
