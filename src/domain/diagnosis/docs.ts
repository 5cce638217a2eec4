// Microsoft's documentation for each fix, in one place so every rule links the same pages. Locale-free
// learn.microsoft.com URLs: the site sends each reader to their own language.
import type { DocLink } from './types';

const LEARN = 'https://learn.microsoft.com';

export const DOCS = {
  apiErrors: { label: 'Azure Monitor Log Analytics API errors', url: `${LEARN}/azure/azure-monitor/logs/api/errors` },
  apiAccess: { label: 'Access the Log Analytics API (tokens and audience)', url: `${LEARN}/azure/azure-monitor/logs/api/access-api` },
  requestFormat: { label: 'Log Analytics API request format (timespan)', url: `${LEARN}/azure/azure-monitor/logs/api/request-format` },
  timeouts: { label: 'Log Analytics API timeouts (Prefer: wait)', url: `${LEARN}/azure/azure-monitor/logs/api/timeouts` },
  serviceLimits: { label: 'Azure Monitor service limits (log queries)', url: `${LEARN}/azure/azure-monitor/service-limits` },
  queryOptimization: { label: 'Optimize log queries in Azure Monitor', url: `${LEARN}/azure/azure-monitor/logs/query-optimization` },
  kqlBestPractices: { label: 'Best practices for KQL queries', url: `${LEARN}/kusto/query/best-practices` },
  kqlOverview: { label: 'Kusto Query Language (KQL) overview', url: `${LEARN}/kusto/query/` },
  kqlStatements: { label: 'KQL tabular expression statements (operators and pipes)', url: `${LEARN}/kusto/query/tabular-expression-statements` },
  queryLimits: { label: 'Query limits (E_QUERY_RESULT_SET_TOO_LARGE)', url: `${LEARN}/kusto/concepts/query-limits` },
  summarize: { label: 'summarize operator', url: `${LEARN}/kusto/query/summarize-operator` },
  project: { label: 'project operator', url: `${LEARN}/kusto/query/project-operator` },
  take: { label: 'take operator', url: `${LEARN}/kusto/query/take-operator` },
  tablesIndex: { label: 'Azure Monitor Logs tables reference, by category', url: `${LEARN}/azure/azure-monitor/reference/tables/tables-category` },
  ingestionTime: { label: 'Log data ingestion time in Azure Monitor', url: `${LEARN}/azure/azure-monitor/logs/data-ingestion-time` },
  logQueries: { label: 'Get started with log queries in Azure Monitor', url: `${LEARN}/azure/azure-monitor/logs/get-started-queries` },
  workspaceOverview: { label: 'Log Analytics workspace overview (Workspace ID)', url: `${LEARN}/azure/azure-monitor/logs/log-analytics-workspace-overview` },
  monitorAgent: { label: 'Azure Monitor Agent overview (sending data to a workspace)', url: `${LEARN}/azure/azure-monitor/agents/azure-monitor-agent-overview` },
  privateLink: { label: 'Azure Monitor Private Link (network access for queries)', url: `${LEARN}/azure/azure-monitor/logs/private-link-security` },
  manageAccess: { label: 'Manage access to Log Analytics workspaces', url: `${LEARN}/azure/azure-monitor/logs/manage-access` },
  assignRole: { label: 'Assign Azure roles using the Azure portal', url: `${LEARN}/azure/role-based-access-control/role-assignments-portal` },
  rbacTroubleshooting: { label: 'Troubleshoot Azure RBAC (role changes can take time)', url: `${LEARN}/azure/role-based-access-control/troubleshooting` },
  accessTokens: { label: 'Microsoft identity platform access tokens (claims and lifetime)', url: `${LEARN}/entra/identity-platform/access-tokens` },
  claimsChallenge: { label: 'Claims challenges and continuous access evaluation', url: `${LEARN}/entra/identity-platform/claims-challenge` },
  nationalClouds: { label: 'Authentication in national clouds', url: `${LEARN}/entra/identity-platform/authentication-national-cloud` },
  governmentClouds: { label: 'Azure Government compared with global Azure (endpoints)', url: `${LEARN}/azure/azure-government/compare-azure-government-global-azure` },
  aadstsCodes: { label: 'Microsoft Entra authentication and authorization error codes', url: `${LEARN}/entra/identity-platform/reference-error-codes` },
  spaRegistration: { label: 'Single-page application: app registration (redirect URIs)', url: `${LEARN}/entra/identity-platform/scenario-spa-app-registration` },
  redirectUris: { label: 'Redirect URI (reply URL) best practices and limitations', url: `${LEARN}/entra/identity-platform/reply-url` },
  authCodeFlow: { label: 'Authorization code flow (SPA token redemption)', url: `${LEARN}/entra/identity-platform/v2-oauth2-auth-code-flow` },
  spaSignIn: { label: 'Single-page application: sign-in with a pop-up or redirect', url: `${LEARN}/entra/identity-platform/scenario-spa-sign-in` },
  msalErrors: { label: 'Handle errors in MSAL.js', url: `${LEARN}/entra/identity-platform/msal-error-handling-js` },
  adminConsent: { label: 'Grant tenant-wide admin consent to an application', url: `${LEARN}/entra/identity/enterprise-apps/grant-admin-consent` },
  findTenant: { label: 'Find your Microsoft Entra tenant ID', url: `${LEARN}/entra/fundamentals/how-to-find-tenant` },
  mfa: { label: 'How Microsoft Entra multifactor authentication works', url: `${LEARN}/entra/identity/authentication/concept-mfa-howitworks` },
  conditionalAccess: { label: 'Troubleshoot sign-in problems with Conditional Access', url: `${LEARN}/entra/identity/conditional-access/troubleshoot-conditional-access` },
  armErrors: { label: 'Troubleshoot common Azure Resource Manager errors', url: `${LEARN}/azure/azure-resource-manager/troubleshooting/common-deployment-errors` },
} as const satisfies Record<string, DocLink>;

export type DocName = keyof typeof DOCS;

export function docs(...names: DocName[]): DocLink[] {
  return names.map((name) => ({ ...DOCS[name] }));
}
