// AuditLogs: Entra ID directory changes — users, groups, roles, apps and policies. Minutes after the password spray
// the compromised account registers the attacker's own MFA method.
import type { DynamicValue, Table } from '../../engine/api.ts';
import { DEMO_TENANT_ID } from '../../config.ts';
import type { GenerationContext } from '../context.ts';
import { FORMULA_INJECTIONS, HOSTILE_TEXTS, MARKUP_INJECTIONS, sprinkle } from '../hostile.ts';
import { WeightedChoice, type SeededRandom } from '../random.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { eventAges, mergeTimelines, ticksBefore, TICKS_PER_MINUTE } from '../time.ts';
import type { DirectoryUser } from '../world/directory.ts';

const SCHEMA = columns(
  'TenantId:string', 'SourceSystem:string', 'TimeGenerated:datetime', 'ResourceId:string', 'OperationName:string',
  'OperationVersion:string', 'Category:string', 'ResultDescription:string', 'DurationMs:long', 'CorrelationId:string',
  'Resource:string', 'ResourceGroup:string', 'ResourceProvider:string', 'Identity:string', 'Level:string',
  'AdditionalDetails:dynamic', 'Id:string', 'InitiatedBy:dynamic', 'LoggedByService:string', 'Result:string',
  'ResultReason:string', 'TargetResources:dynamic', 'AADTenantId:string', 'ActivityDisplayName:string',
  'ActivityDateTime:datetime', 'AADOperationType:string', 'Type:string',
);

export const AUDIT_LOGS = defineTable('AuditLogs', 'Microsoft Entra ID audit logs: changes to users, groups, roles, applications and policies.', SCHEMA);

type TargetKind = 'User' | 'Group' | 'Role' | 'Application' | 'Policy';

interface Activity {
  name: string;
  category: string;
  service: string;
  operationType: string;
  target: TargetKind;
  failureRate: number;
  failureReason: string;
}

const activity = (name: string, category: string, service: string, operationType: string, target: TargetKind, failureRate = 0.01, failureReason = 'Microsoft.Online.Workflows.ObjectAlreadyExistsException'): Activity => ({ name, category, service, operationType, target, failureRate, failureReason });

const REGISTER_SECURITY_INFO = activity('User registered security info', 'UserManagement', 'Authentication Methods', 'Add', 'User');
const UPDATE_USER = activity('Update user', 'UserManagement', 'Core Directory', 'Update', 'User');

const ACTIVITIES = new WeightedChoice<Activity>([
  [UPDATE_USER, 30],
  [activity('Add user', 'UserManagement', 'Core Directory', 'Add', 'User'), 4],
  [activity('Delete user', 'UserManagement', 'Core Directory', 'Delete', 'User'), 1],
  [activity('Reset user password', 'UserManagement', 'Core Directory', 'Update', 'User', 0.04, "The password does not meet the tenant's complexity requirements."), 4],
  [activity('Change password (self-service)', 'UserManagement', 'Self-service Password Management', 'Update', 'User', 0.08, 'User entered an incorrect old password.'), 6],
  [REGISTER_SECURITY_INFO, 5],
  [activity('Add member to group', 'GroupManagement', 'Core Directory', 'Assign', 'Group'), 18],
  [activity('Remove member from group', 'GroupManagement', 'Core Directory', 'Unassign', 'Group'), 6],
  [activity('Add group', 'GroupManagement', 'Core Directory', 'Add', 'Group'), 1],
  [activity('Add member to role completed (PIM activation)', 'RoleManagement', 'PIM', 'Assign', 'Role', 0.02, 'The activation request requires approval.'), 6],
  [activity('Consent to application', 'ApplicationManagement', 'Core Directory', 'Assign', 'Application', 0.05, 'Microsoft.Online.Security.UserConsentBlockedForRiskyAppsException'), 3],
  [activity('Update application – Certificates and secrets management ', 'ApplicationManagement', 'Core Directory', 'Update', 'Application'), 2],
  [activity('Update conditional access policy', 'Policy', 'Conditional Access', 'Update', 'Policy'), 1],
]);

const GROUPS = ['SG-Finance-Readers', 'SG-Engineering', 'SG-VPN-Users', 'M365-Team Kraków', 'Équipe Montréal', 'SG-Sentinel-Responders', 'SG-Break-Glass'];
const ROLES = ['Global Administrator', 'Security Reader', 'User Administrator', 'Application Administrator', 'Log Analytics Reader'];
const APPLICATIONS = ['Contoso Expenses', 'Contoso HR Portal', 'KQL Console (demo)', 'Salesforce', 'ServiceNow'];
const POLICIES = ['CA001: Require MFA for all users', 'CA002: Block legacy authentication', 'CA003: Require compliant device for admins'];
const AUTOMATION_APPS = [
  { displayName: 'Microsoft Azure AD Connect', servicePrincipalId: '5b7c2e1d-3f4a-4b6c-8d9e-0f1a2b3c4d5e' },
  { displayName: 'MS-PIM', servicePrincipalId: '6c8d3f2e-4a5b-4c7d-9e0f-1a2b3c4d5e6f' },
];

interface Initiator {
  identity: string;
  initiatedBy: DynamicValue;
}

function userInitiator(user: DirectoryUser, ip: string): Initiator {
  return { identity: user.displayName, initiatedBy: { user: { id: user.objectId, displayName: null, userPrincipalName: user.userPrincipalName, ipAddress: ip, roles: [] } } };
}

function targetResources(rng: SeededRandom, kind: TargetKind, users: readonly DirectoryUser[]): DynamicValue {
  const user = rng.pick(users);
  const userTarget = { id: user.objectId, displayName: null, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties: [] as DynamicValue[], administrativeUnits: [] };
  switch (kind) {
    case 'User':
      return [{ ...userTarget, modifiedProperties: [{ displayName: 'AccountEnabled', oldValue: '[false]', newValue: '[true]' }, { displayName: 'Included Updated Properties', oldValue: null, newValue: '"AccountEnabled"' }] }];
    case 'Group':
      return [userTarget, { id: rng.guid(), displayName: rng.pick(GROUPS), type: 'Group', modifiedProperties: [{ displayName: 'Group.DisplayName', oldValue: null, newValue: '""' }] }];
    case 'Role':
      return [userTarget, { id: rng.guid(), displayName: rng.pick(ROLES), type: 'Role', modifiedProperties: [] }];
    case 'Application':
      return [{ id: rng.guid(), displayName: rng.pick(APPLICATIONS), type: 'ServicePrincipal', modifiedProperties: [{ displayName: 'ConsentAction.Permissions', oldValue: '[]', newValue: '[[Id: , ClientId: , PrincipalId: , ResourceId: , ConsentType: AllPrincipals, Scope:  User.Read Mail.Read offline_access]]' }] }];
    case 'Policy':
      return [{ id: rng.guid(), displayName: rng.pick(POLICIES), type: 'Policy', modifiedProperties: [] }];
  }
}

function securityInfoTarget(user: DirectoryUser): DynamicValue {
  return [{ id: user.objectId, displayName: null, type: 'User', userPrincipalName: user.userPrincipalName, modifiedProperties: [{ displayName: 'StrongAuthenticationMethod', oldValue: '[]', newValue: '[{"MethodType":6,"Default":true}]' }] }];
}

const HOSTILE_TARGETS: readonly DynamicValue[] = [
  [{ id: '11111111-2222-4333-8444-555555555555', displayName: '=HYPERLINK("http://evil.example","x")', type: 'Group', modifiedProperties: [] }],
  [{ id: '22222222-3333-4444-8555-666666666666', displayName: '<img src=x onerror=alert(1)>', type: 'User', userPrincipalName: 'mallory@contoso-demo.onmicrosoft.com', modifiedProperties: [{ displayName: 'Description', oldValue: 'first line\r\nsecond line', newValue: '<script>alert(1)</script>' }] }],
  [{ id: '33333333-4444-4555-8666-777777777777', displayName: 'Grupo São Paulo, "Vendas" — 東京', type: 'Group', modifiedProperties: [{ displayName: 'Notes', oldValue: null, newValue: 'tab\there\u202Eevil' }] }],
];

const TENANT_RESOURCE_ID = `/tenants/${DEMO_TENANT_ID}/providers/Microsoft.aadiam`;

export function generateAuditLogs(ctx: GenerationContext, routineCount: number): Table {
  const { rng, now, world } = ctx;
  const { spray } = world.incidents;
  const attack = Float64Array.of(12 * TICKS_PER_MINUTE, 11 * TICKS_PER_MINUTE);
  const timeline = mergeTimelines([eventAges(rng, routineCount, now, { lastHour: 0.08, lastDay: 0.25 }), attack]);
  const rowCount = timeline.ages.length;
  const table = new TableBuilder(SCHEMA, rowCount);
  const c = table.columns;
  const helpdesk = world.users.filter((user) => user.department === 'IT').slice(0, 15);
  for (let row = 0; row < rowCount; row++) {
    const generated = ticksBefore(now, timeline.ages[row] ?? 0);
    const byAttacker = timeline.source[row] === 1;
    const done = byAttacker ? (timeline.indexInSource[row] === 0 ? REGISTER_SECURITY_INFO : UPDATE_USER) : ACTIVITIES.sample(rng);
    const failed = !byAttacker && rng.chance(done.failureRate);
    let initiator: Initiator;
    let selfService: DirectoryUser | undefined;
    if (byAttacker) initiator = userInitiator(spray.victim, spray.ip);
    else if (done === REGISTER_SECURITY_INFO) {
      selfService = rng.pickSkewed(world.users, 2);
      initiator = userInitiator(selfService, rng.pick(selfService.home.publicIPv4));
    } else if (done.service === 'PIM' || rng.chance(0.25)) {
      const app = done.service === 'PIM' ? AUTOMATION_APPS[1] : AUTOMATION_APPS[0];
      initiator = { identity: app?.displayName ?? '', initiatedBy: { app: { appId: null, displayName: app?.displayName ?? '', servicePrincipalId: app?.servicePrincipalId ?? '', servicePrincipalName: null } } };
    } else {
      const admin = rng.pickSkewed(helpdesk.length > 0 ? helpdesk : world.users, 1.5);
      initiator = userInitiator(admin, rng.pick(admin.home.publicIPv4));
    }
    const correlationId = rng.guid();
    c.TimeGenerated[row] = generated;
    c.ActivityDateTime[row] = generated;
    c.OperationName[row] = done.name;
    c.ActivityDisplayName[row] = done.name;
    c.Category[row] = done.category;
    c.LoggedByService[row] = done.service;
    c.AADOperationType[row] = done.operationType;
    c.Result[row] = failed ? 'failure' : 'success';
    c.ResultReason[row] = failed ? done.failureReason : '';
    c.CorrelationId[row] = correlationId;
    c.Id[row] = `Directory_${correlationId}_${rng.hex(5).toUpperCase()}_${rng.int(10_000_000, 99_999_999)}`;
    c.Identity[row] = initiator.identity;
    c.InitiatedBy[row] = initiator.initiatedBy;
    const registrant = byAttacker ? spray.victim : selfService;
    c.TargetResources[row] = registrant ? securityInfoTarget(registrant) : targetResources(rng, done.target, world.users);
    c.AdditionalDetails[row] = byAttacker ? [{ key: 'User-Agent', value: spray.userAgent }] : [{ key: 'User-Agent', value: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0' }];
  }
  c.SourceSystem.fill('Azure AD');
  c.ResourceId.fill(TENANT_RESOURCE_ID);
  c.OperationVersion.fill('1.0');
  c.DurationMs.fill(0);
  c.Resource.fill('Microsoft.aadiam');
  c.ResourceGroup.fill('Microsoft.aadiam');
  c.ResourceProvider.fill('Microsoft.aadiam');
  c.Level.fill('Informational');
  c.AADTenantId.fill(DEMO_TENANT_ID);
  stampStandardColumns(table, AUDIT_LOGS.name, ctx.workspace.customerId);
  if (ctx.hostile) {
    sprinkle(c.ResultReason, HOSTILE_TEXTS, rng);
    sprinkle(c.Identity, [...FORMULA_INJECTIONS, ...MARKUP_INJECTIONS], rng);
    sprinkle(c.TargetResources, HOSTILE_TARGETS, rng);
  }
  return table.toTable();
}
