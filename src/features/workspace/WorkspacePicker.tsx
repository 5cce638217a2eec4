// The workspace the queries go to, in the header: a button naming it, which opens the "Choose a workspace" dialog.
import { useState } from 'react';
import { useConsole, useServices } from '../../app/ServicesContext';
import { ModalDialog } from '../connection/ModalDialog';
import { selectIdentity, selectWorkspace } from '../../state/selectors';
import type { ConsoleState } from '../../state/store';
import type { WorkspaceRef } from '../../state/sessionSlice';
import { WorkspaceDialogContent } from './WorkspaceDialog';
import './workspace.css';

const selectRecentWorkspaces = (state: ConsoleState) => state.recentWorkspaces;

export function WorkspacePicker() {
  const services = useServices();
  const workspace = useConsole(selectWorkspace);
  const recent = useConsole(selectRecentWorkspaces);
  // The connection object lives outside the store; the identity changes with it, so it re-renders this.
  const identity = useConsole(selectIdentity);
  const connection = identity ? services.connection() : null;
  const [open, setOpen] = useState(false);

  const choose = (chosen: WorkspaceRef) => {
    services.store.getState().selectWorkspace(chosen);
    setOpen(false);
  };

  return (
    <div className="workspace-picker">
      <button type="button" className="workspace-button" aria-haspopup="dialog" onClick={() => setOpen(true)} title={workspace?.id}>
        <span className="workspace-button-label">Workspace</span>
        <span className="workspace-button-value">{workspace ? (workspace.name ?? workspace.id) : 'Choose a workspace'}</span>
      </button>
      <ModalDialog open={open} title="Choose a workspace" onClose={() => setOpen(false)} className="workspace-dialog">
        <WorkspaceDialogContent connection={connection} recent={recent} currentId={workspace?.id ?? null} onChoose={choose} />
      </ModalDialog>
    </div>
  );
}
