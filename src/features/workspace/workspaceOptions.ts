// The options of the workspace picker: recent workspaces first (completed with what ARM knows about them), then the
// rest of the listing by name, narrowed by the search text. Pure, so the order and matching are unit-tested.
import { isGuid } from '../../domain/identifiers';
import type { WorkspaceRef } from '../../state/sessionSlice';
import type { ListedWorkspace } from './workspaceListing';

export interface WorkspaceOption {
  workspace: WorkspaceRef;
  subscriptionName: string | null;
  recent: boolean;
}

export function workspaceOptions(recent: readonly WorkspaceRef[], listed: readonly ListedWorkspace[], search: string): WorkspaceOption[] {
  const listedById = new Map(listed.map((workspace) => [workspace.id.toLowerCase(), workspace]));
  const recentIds = new Set(recent.map((workspace) => workspace.id.toLowerCase()));
  const options: WorkspaceOption[] = [
    ...recent.map((workspace) => {
      const known = listedById.get(workspace.id.toLowerCase());
      return { workspace: known ? withoutSubscriptionName(known) : workspace, subscriptionName: known?.subscriptionName ?? null, recent: true };
    }),
    ...listed
      .filter((workspace) => !recentIds.has(workspace.id.toLowerCase()))
      .map((workspace) => ({ workspace: withoutSubscriptionName(workspace), subscriptionName: workspace.subscriptionName, recent: false })),
  ];
  const terms = search.toLowerCase().split(/\s+/).filter((term) => term !== '');
  if (terms.length === 0) return options;
  return options.filter((option) => {
    const { name, resourceGroup, location, id } = option.workspace;
    const haystack = [name, resourceGroup, location, id, option.subscriptionName].filter(Boolean).join(' ').toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}

/** Why `text` cannot be used as a workspace id, or null when it can. */
export function workspaceIdProblem(text: string, listed: readonly ListedWorkspace[]): string | null {
  const value = text.trim();
  if (value === '') return 'Enter a workspace ID.';
  if (isGuid(value)) return null;
  const named = listed.find((workspace) => workspace.name.toLowerCase() === value.toLowerCase());
  if (named) return `"${named.name}" is the workspace's name; the query API needs its ID, ${named.id}. Choose it from the list above.`;
  return `"${value}" is not a workspace ID. A workspace ID is a GUID such as 00000000-0000-0000-0000-000000000000: the "Workspace ID" on the workspace's Overview page in the Azure portal (not its name or resource ID).`;
}

function withoutSubscriptionName({ subscriptionName: _subscriptionName, ...workspace }: ListedWorkspace): WorkspaceRef {
  return workspace;
}
