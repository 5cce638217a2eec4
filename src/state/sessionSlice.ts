// Who is signed in, to which cloud, and which workspace queries go to. Tokens are never held here: MSAL keeps them
// in its own cache, and a pasted token lives only inside its token provider (DESIGN §6).
import type { StateCreator } from 'zustand';
import type { CloudName } from '../domain/clouds';
import type { SignedInIdentity } from '../domain/identity';

export interface WorkspaceRef {
  /** The workspace id (ARM properties.customerId), a GUID. */
  id: string;
  name?: string;
  resourceGroup?: string;
  location?: string;
  subscriptionId?: string;
}

export const RECENT_LIMIT = 8;

export interface SessionSlice {
  cloud: CloudName;
  identity: SignedInIdentity | null;
  workspace: WorkspaceRef | null;
  /**
   * The cloud the active query tab's workspace was chosen in, or that a shared link named; null when neither. When it
   * is not the console's cloud the tab says so rather than switching anything.
   */
  workspaceCloud: CloudName | null;
  recentWorkspaces: WorkspaceRef[];
  setCloud(cloud: CloudName): void;
  setIdentity(identity: SignedInIdentity | null): void;
  selectWorkspace(workspace: WorkspaceRef): void;
}

export const createSessionSlice: StateCreator<SessionSlice, [], [], SessionSlice> = (set) => ({
  cloud: 'AzurePublic',
  identity: null,
  workspace: null,
  workspaceCloud: null,
  recentWorkspaces: [],
  setCloud: (cloud) => set({ cloud }),
  setIdentity: (identity) => set({ identity }),
  selectWorkspace: (workspace) =>
    set((state) => ({
      workspace,
      workspaceCloud: state.cloud,
      recentWorkspaces: [workspace, ...state.recentWorkspaces.filter((recent) => recent.id !== workspace.id)].slice(0, RECENT_LIMIT),
    })),
});
