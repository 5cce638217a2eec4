// "Choose a workspace": the workspaces ARM lists for the connection (recent ones first), searchable, and the manual
// entry of a workspace id for analysts who cannot list them. What went wrong with the listing is said plainly.
import { useState } from 'react';
import type { Connection } from '../../auth/connection';
import type { WorkspaceRef } from '../../state/sessionSlice';
import { ListingFailure } from './ListingFailure';
import { ManualWorkspaceEntry } from './ManualWorkspaceEntry';
import { useWorkspaceListing, type ListingState } from './useWorkspaceListing';
import { describeArmFailure } from './workspaceListing';
import { WorkspaceList } from './WorkspaceList';
import { workspaceOptions } from './workspaceOptions';

interface WorkspaceDialogContentProps {
  connection: Connection | null;
  recent: readonly WorkspaceRef[];
  currentId: string | null;
  onChoose(workspace: WorkspaceRef): void;
}

export function WorkspaceDialogContent({ connection, recent, currentId, onChoose }: WorkspaceDialogContentProps) {
  const { listing, refresh } = useWorkspaceListing(connection);
  const [search, setSearch] = useState('');
  const listed = listing.status === 'listed' ? listing.workspaces : [];
  const options = workspaceOptions(recent, listed, search);

  return (
    <div className="workspace-dialog-content">
      <ListingStatus listing={listing} username={connection?.identity.username ?? ''} onRefresh={refresh} />
      <WorkspaceList options={options} search={search} onSearch={setSearch} currentId={currentId} onChoose={onChoose} />
      {listing.status === 'listed' && (
        <button type="button" className="link-button" onClick={refresh}>
          Refresh the list
        </button>
      )}
      <ManualWorkspaceEntry listed={listed} onChoose={(id) => onChoose(listed.find((workspace) => workspace.id === id) ?? { id })} />
    </div>
  );
}

function ListingStatus({ listing, username, onRefresh }: { listing: ListingState; username: string; onRefresh(): void }) {
  switch (listing.status) {
    case 'unavailable':
      return (
        <p className="muted">
          {listing.reason === 'signed-out'
            ? 'Sign in to list the workspaces you can read. You can still enter a workspace ID.'
            : 'A pasted token cannot list workspaces; enter the workspace ID below.'}
        </p>
      );
    case 'loading':
      return (
        <p role="status" className="muted">
          Loading workspaces from Azure Resource Manager…
        </p>
      );
    case 'failed':
      return <ListingFailure failure={listing.failure} onRetry={onRefresh} />;
    case 'listed':
      if (listing.failures.length > 0) {
        return (
          <div role="alert" className="listing-problem">
            <p>Some subscriptions could not be listed:</p>
            <ul>
              {listing.failures.map(({ subscriptionName, failure }) => (
                <li key={subscriptionName}>
                  {subscriptionName}: {describeArmFailure(failure)}
                </li>
              ))}
            </ul>
          </div>
        );
      }
      if (listing.workspaces.length > 0) return null;
      return (
        <p role="status">
          {listing.subscriptionCount === 0
            ? `Azure Resource Manager shows no subscription to ${username || 'this account'}, so no workspace can be listed. If you have access to a workspace through its own permissions, enter its ID below.`
            : `No Log Analytics workspace was found in the ${listing.subscriptionCount} subscription(s) visible to ${username || 'this account'}. Enter a workspace ID below.`}
        </p>
      );
  }
}
