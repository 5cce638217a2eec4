// The applications people sign in to, with the resource each one calls. The app ids of Microsoft's first-party
// clients are their public, well-known ids, so sign-in queries look exactly like a real tenant's.
import { DEMO_SPA_CLIENT_ID } from '../../config.ts';

export interface EntraApp {
  displayName: string;
  appId: string;
  resourceDisplayName: string;
  resourceId: string;
  clientAppUsed: string;
  /** Relative share of sign-ins. */
  share: number;
  interactive: boolean;
}

const GRAPH = { resourceDisplayName: 'Microsoft Graph', resourceId: '00000003-0000-0000-c000-000000000000' };
const EXCHANGE = { resourceDisplayName: 'Office 365 Exchange Online', resourceId: '00000002-0000-0ff1-ce00-000000000000' };
const SHAREPOINT = { resourceDisplayName: 'Office 365 SharePoint Online', resourceId: '00000003-0000-0ff1-ce00-000000000000' };
const ARM = { resourceDisplayName: 'Windows Azure Service Management API', resourceId: '797f4846-ba00-4fd7-ba43-dac1f8f63013' };
const LOG_ANALYTICS = { resourceDisplayName: 'Log Analytics API', resourceId: 'ca7f3f0b-7d91-482c-8e09-c5d840d0eac5' };

export const ENTRA_APPS: readonly EntraApp[] = [
  { displayName: 'Microsoft Teams', appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', ...GRAPH, clientAppUsed: 'Mobile Apps and Desktop clients', share: 26, interactive: false },
  { displayName: 'Office 365 Exchange Online', appId: '00000002-0000-0ff1-ce00-000000000000', ...EXCHANGE, clientAppUsed: 'Browser', share: 14, interactive: true },
  { displayName: 'Microsoft Office', appId: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', ...SHAREPOINT, clientAppUsed: 'Mobile Apps and Desktop clients', share: 14, interactive: false },
  { displayName: 'Office 365 SharePoint Online', appId: '00000003-0000-0ff1-ce00-000000000000', ...SHAREPOINT, clientAppUsed: 'Browser', share: 10, interactive: true },
  { displayName: 'Azure Portal', appId: 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', ...ARM, clientAppUsed: 'Browser', share: 8, interactive: true },
  { displayName: 'Microsoft Azure CLI', appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46', ...ARM, clientAppUsed: 'Mobile Apps and Desktop clients', share: 4, interactive: true },
  { displayName: 'Microsoft Azure PowerShell', appId: '1950a258-227b-4e31-a9cf-717495945fc2', ...ARM, clientAppUsed: 'Mobile Apps and Desktop clients', share: 3, interactive: true },
  { displayName: 'KQL Console (demo)', appId: DEMO_SPA_CLIENT_ID, ...LOG_ANALYTICS, clientAppUsed: 'Browser', share: 3, interactive: true },
  { displayName: 'Contoso Expenses', appId: '6b3f1d2a-7c48-4e55-9a0b-1c2d3e4f5a6b', ...GRAPH, clientAppUsed: 'Browser', share: 5, interactive: true },
  { displayName: 'Contoso HR Portal', appId: '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4', ...GRAPH, clientAppUsed: 'Browser', share: 4, interactive: true },
  { displayName: 'Outlook Mobile', appId: '27922004-5251-4030-b22d-91ecd9a37ea4', ...EXCHANGE, clientAppUsed: 'Mobile Apps and Desktop clients', share: 6, interactive: false },
  { displayName: 'Office 365 Exchange Online', appId: '00000002-0000-0ff1-ce00-000000000000', ...EXCHANGE, clientAppUsed: 'Exchange ActiveSync', share: 1, interactive: true },
  { displayName: 'Office 365 Exchange Online', appId: '00000002-0000-0ff1-ce00-000000000000', ...EXCHANGE, clientAppUsed: 'IMAP4', share: 0.5, interactive: true },
];
