// Azure Resource Manager JSON as it travels (reference/log-analytics-api.md §7). Only src/api/arm reads it.

/** Every ARM list: one page of `value`, and the absolute URL of the next page while more remain. */
export interface WireArmPage<T> {
  value: T[];
  nextLink?: string | null;
}

export interface WireSubscription {
  id?: string;
  subscriptionId: string;
  tenantId?: string;
  displayName?: string;
  state?: string;
}

export interface WireWorkspace {
  /** `/subscriptions/{s}/resourcegroups/{rg}/providers/microsoft.operationalinsights/workspaces/{name}` (any case). */
  id: string;
  name: string;
  location?: string;
  properties?: {
    /** The workspace id the query API takes. */
    customerId?: string;
    provisioningState?: string;
    publicNetworkAccessForQuery?: string;
  };
}

export interface WireArmError {
  error?: { code?: string; message?: string };
}
