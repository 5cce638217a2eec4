// Every Log Analytics workspace the connection can see: its subscriptions, then each subscription's workspaces in
// parallel. A subscription that refuses (e.g. 403 AuthorizationFailed) is reported next to the ones that answered.
import { listSubscriptions, listWorkspaces, type ArmAccess, type ArmFailure } from '../../api/arm/armClient';
import type { Connection } from '../../auth/connection';
import type { WorkspaceRef } from '../../state/sessionSlice';

export interface ListedWorkspace extends WorkspaceRef {
  name: string;
  resourceGroup: string;
  location: string;
  subscriptionId: string;
  subscriptionName: string;
}

export interface SubscriptionFailure {
  subscriptionName: string;
  failure: ArmFailure;
}

export type WorkspaceListing =
  | { status: 'listed'; workspaces: ListedWorkspace[]; subscriptionCount: number; failures: SubscriptionFailure[] }
  | { status: 'failed'; failure: ArmFailure };

const listings = new WeakMap<Connection, Promise<WorkspaceListing>>();

/** The connection's listing, fetched once per connection unless `refresh` asks for a new one. */
export function workspaceListingOf(connection: Connection, refresh = false): Promise<WorkspaceListing> {
  const cached = listings.get(connection);
  if (cached && !refresh) return cached;
  const listing = fetchListing(connection);
  listings.set(connection, listing);
  return listing;
}

async function fetchListing(connection: Connection): Promise<WorkspaceListing> {
  const endpoint = connection.resourceManagerEndpoint;
  if (endpoint === null) {
    return { status: 'failed', failure: { kind: 'token', status: null, code: 'NoResourceManager', message: 'This connection cannot list workspaces.' } };
  }
  const access: ArmAccess = {
    endpoint,
    isTokenUrlAllowed: (url) => connection.isTokenUrlAllowed(url),
    getToken: () => connection.getToken('resourceManager'),
  };
  const subscriptions = await listSubscriptions(access);
  if (!subscriptions.ok) return { status: 'failed', failure: subscriptions.failure };
  const perSubscription = await Promise.all(
    subscriptions.value.map(async (subscription) => ({ subscription, result: await listWorkspaces(access, subscription.subscriptionId) })),
  );
  const workspaces: ListedWorkspace[] = [];
  const failures: SubscriptionFailure[] = [];
  for (const { subscription, result } of perSubscription) {
    if (!result.ok) {
      failures.push({ subscriptionName: subscription.displayName, failure: result.failure });
      continue;
    }
    for (const workspace of result.value) {
      workspaces.push({
        id: workspace.workspaceId.toLowerCase(),
        name: workspace.name,
        resourceGroup: workspace.resourceGroup,
        location: workspace.location,
        subscriptionId: workspace.subscriptionId,
        subscriptionName: subscription.displayName,
      });
    }
  }
  workspaces.sort((a, b) => a.name.localeCompare(b.name));
  return { status: 'listed', workspaces, subscriptionCount: subscriptions.value.length, failures };
}

/** One sentence on an ARM failure: what ARM said and, for the common codes, what it means for the analyst. */
export function describeArmFailure(failure: ArmFailure): string {
  const status = failure.status === null ? failure.code : `${failure.status} ${failure.code}`;
  const hint = ARM_HINTS[failure.code];
  return `${hint ? `${hint} ` : ''}(${status}: ${failure.message})`;
}

const ARM_HINTS: Readonly<Record<string, string>> = {
  AuthorizationFailed: 'Your account may not list workspaces here: it needs at least the Reader role on the subscription or resource group.',
  InvalidAuthenticationTokenTenant: 'The signed-in account belongs to another tenant than these subscriptions; sign in with an account of the right tenant, or set the tenant in Settings.',
  ExpiredAuthenticationToken: 'The sign-in token expired; sign in again.',
  InvalidAuthenticationToken: 'Azure Resource Manager did not accept the sign-in token; sign in again.',
  NetworkError: 'Azure Resource Manager could not be reached.',
  TokenUnavailable: 'No token for Azure Resource Manager could be obtained.',
};
