// The token is fine but the account may not read: no role on the workspace (403 InsufficientAccessError), a token of
// another tenant than the workspace's, or no role to list workspaces through ARM (403 AuthorizationFailed).
import { docs } from '../docs';
import type { Facts } from '../facts';
import { workspaceEvidence } from '../requestEvidence';
import type { DiagnosisContent, DiagnosisRule } from '../rule';
import { identityEvidence, tokenEvidence } from '../tokenEvidence';
import type { Evidence } from '../types';

const ROLE_DELAY = 'New role assignments can take up to an hour to take effect; sign in again afterwards so the console gets a fresh token.';

function accessEvidence(facts: Facts): Evidence[] {
  return [workspaceEvidence(facts), ...tokenEvidence(facts), identityEvidence(facts)].filter((entry): entry is Evidence => entry !== null);
}

function who(facts: Facts): string {
  const oid = typeof facts.claims?.oid === 'string' ? facts.claims.oid : null;
  const name = facts.token?.username ?? facts.token?.subjectName ?? null;
  if (name !== null && oid !== null) return `${name} (object id ${oid})`;
  return name ?? (oid !== null ? `object id ${oid}` : 'your account');
}

function lacksDataRead(facts: Facts): boolean {
  const token = facts.token;
  return token !== null && !token.scopes.includes('Data.Read') && !token.roles.includes('Data.Read');
}

function tokenTenantDiffers(facts: Facts): boolean {
  const tokenTenant = facts.token?.tenantId ?? null;
  const workspaceTenant = facts.context.workspaceTenantId ?? null;
  return tokenTenant !== null && workspaceTenant !== null && tokenTenant.toLowerCase() !== workspaceTenant.toLowerCase();
}

function insufficientAccess(facts: Facts): DiagnosisContent {
  const workspace = facts.context.workspaceId ?? 'this workspace';
  const likelyCause = lacksDataRead(facts)
    ? 'The token grants no Data.Read permission, so the service refuses every query. The app registration lacks the Log Analytics API permission Data.Read, or it was not consented.'
    : `${who(facts)} has no role that allows reading workspace ${workspace}: Log Analytics Reader (or Reader, Contributor, or a custom role with Microsoft.OperationalInsights/workspaces/query/read) on the workspace, its resource group or its subscription.`;
  return {
    title: 'No permission to query this workspace',
    severity: 'error',
    summary: `The service accepted the sign-in but refused the query (403 InsufficientAccessError): ${who(facts)} may not read workspace ${workspace}.`,
    evidence: accessEvidence(facts),
    likelyCause,
    fixSteps: [
      `Ask an owner of the workspace to assign the Log Analytics Reader role to ${who(facts)} on the workspace (Access control (IAM) → Add role assignment).`,
      ROLE_DELAY,
      'If the workspace belongs to another directory, set that tenant in Settings and sign in again.',
      'Run the query again.',
    ],
    actions: [{ id: 'signInAgain', label: 'Sign in again' }, { id: 'retry', label: 'Run again' }, { id: 'checkConnection', label: 'Check connection' }],
    docs: docs('manageAccess', 'assignRole', 'rbacTroubleshooting'),
  };
}

function otherTenant(facts: Facts): DiagnosisContent {
  const tokenTenant = facts.token?.tenantId ?? '';
  const workspaceTenant = facts.context.workspaceTenantId ?? '';
  return {
    title: "Signed in to another tenant than the workspace's",
    severity: 'error',
    summary: `The token was issued by tenant ${tokenTenant}, but the workspace belongs to tenant ${workspaceTenant}, so the service refused the query.`,
    evidence: accessEvidence(facts),
    likelyCause:
      "A token only carries the roles of the tenant that issued it. Guest accounts and accounts in several directories must sign in to the workspace's own tenant.",
    fixSteps: [`Set the tenant in Settings to ${workspaceTenant}.`, 'Sign in again.', 'Run the query again.'],
    actions: [{ id: 'openSettings', label: 'Open tenant settings', setting: 'tenantId' }, { id: 'signInAgain', label: 'Sign in again' }],
    docs: docs('findTenant', 'manageAccess'),
  };
}

function armAuthorizationFailed(facts: Facts): DiagnosisContent {
  const message = facts.failure?.message ?? '';
  const scope = /over scope '([^']+)'/.exec(message)?.[1] ?? null;
  const action = /perform action '([^']+)'/.exec(message)?.[1] ?? null;
  return {
    title: 'No permission to list workspaces',
    severity: 'error',
    summary: `Azure Resource Manager refused to list ${scope ? `the workspaces of ${scope}` : 'workspaces'} (403 AuthorizationFailed).`,
    evidence: [
      ...(action ? [{ label: 'Denied action', value: action, status: 'problem' as const }] : []),
      ...tokenEvidence(facts),
      ...[identityEvidence(facts)].filter((entry): entry is Evidence => entry !== null),
    ],
    likelyCause: `${who(facts)} has no role on ${scope ?? 'the subscription'} that allows reading workspaces (Reader or Log Analytics Reader). Querying a workspace needs only a role on the workspace itself.`,
    fixSteps: [
      'If you know the Workspace ID (a GUID on the workspace\'s Overview page), enter it directly: listing workspaces is not needed to query one.',
      `Otherwise ask an owner to assign Reader or Log Analytics Reader to ${who(facts)} on ${scope ?? 'the subscription or resource group'}.`,
      ROLE_DELAY,
    ],
    actions: [{ id: 'signInAgain', label: 'Sign in again' }, { id: 'checkConnection', label: 'Check connection' }],
    docs: docs('assignRole', 'rbacTroubleshooting', 'armErrors'),
  };
}

const insufficient = { on: 'code', codes: ['InsufficientAccessError'] } as const;

export const ACCESS_RULES: readonly DiagnosisRule[] = [
  { id: 'workspace-other-tenant', key: insufficient, when: tokenTenantDiffers, diagnose: otherTenant },
  { id: 'insufficient-access', key: insufficient, diagnose: insufficientAccess },
  { id: 'arm-authorization-failed', key: { on: 'code', codes: ['AuthorizationFailed'] }, diagnose: armAuthorizationFailed },
  { id: 'insufficient-access', key: { on: 'status', statuses: [403] }, diagnose: insufficientAccess },
];
