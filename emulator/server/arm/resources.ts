// ARM's JSON for subscriptions and Log Analytics workspaces, in the shapes of the 2022-12-01 / 2023-09-01 APIs.
import { DEMO_TENANT_ID } from '../../config.ts';
import type { DemoWorkspace } from '../../config.ts';

export interface DemoSubscription {
  subscriptionId: string;
  displayName: string;
}

export function subscriptionResource(subscription: DemoSubscription): Record<string, unknown> {
  return {
    id: `/subscriptions/${subscription.subscriptionId}`,
    subscriptionId: subscription.subscriptionId,
    tenantId: DEMO_TENANT_ID,
    displayName: subscription.displayName,
    state: 'Enabled',
    subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'Off' },
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    tags: {},
  };
}

/** Real workspace ids come back with a lowercase `resourcegroups` and provider namespace; clients compare them case-insensitively. */
export function armWorkspaceId(workspace: DemoWorkspace): string {
  return `/subscriptions/${workspace.subscriptionId}/resourcegroups/${workspace.resourceGroup}/providers/microsoft.operationalinsights/workspaces/${workspace.name}`;
}

const CREATED = '2025-03-04T09:12:33.4517712Z';
const MODIFIED = '2025-09-18T14:41:07.0913335Z';

export function workspaceResource(workspace: DemoWorkspace, now: Date): Record<string, unknown> {
  const nextQuotaReset = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 4, 0, 0));
  return {
    properties: {
      source: 'Azure',
      customerId: workspace.customerId,
      provisioningState: 'Succeeded',
      sku: { name: 'PerGB2018', lastSkuUpdate: CREATED },
      retentionInDays: 30,
      features: { legacy: 0, searchVersion: 1, enableLogAccessUsingOnlyResourcePermissions: true },
      workspaceCapping: { dailyQuotaGb: -1.0, quotaNextResetTime: nextQuotaReset.toISOString().replace('.000Z', 'Z'), dataIngestionStatus: 'RespectQuota' },
      publicNetworkAccessForIngestion: 'Enabled',
      publicNetworkAccessForQuery: 'Enabled',
      createdDate: CREATED,
      modifiedDate: MODIFIED,
    },
    id: armWorkspaceId(workspace),
    name: workspace.name,
    type: 'Microsoft.OperationalInsights/workspaces',
    location: workspace.location,
    tags: {},
  };
}
