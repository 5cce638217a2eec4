// AzureActivity: control-plane operations on Contoso's subscriptions. Each operation logs a Start and then a Success
// or Failure with the same CorrelationId. In the last half hour the compromised account lists storage keys and tries
// to grant itself Owner, from the attacker's address.
import type { DynamicValue, Table } from '../../engine/api.ts';
import { DEMO_SUBSCRIPTIONS, DEMO_TENANT_ID } from '../../config.ts';
import type { GenerationContext } from '../context.ts';
import { WeightedChoice, type SeededRandom } from '../random.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { eventAges, ticksAfter, ticksBefore, TICKS_PER_MINUTE, TICKS_PER_SECOND } from '../time.ts';
import type { DirectoryUser } from '../world/directory.ts';
import { FLEET } from '../world/fleet.ts';

const SCHEMA = columns(
  'TenantId:string', 'SourceSystem:string', 'CallerIpAddress:string', 'CategoryValue:string', 'CorrelationId:string',
  'Authorization:string', 'Authorization_d:dynamic', 'Level:string', 'OperationNameValue:string', 'Properties:string',
  'Properties_d:dynamic', 'Caller:string', 'EventDataId:string', 'EventSubmissionTimestamp:datetime', 'HTTPRequest:string',
  'OperationId:string', 'ResourceGroup:string', 'ResourceProviderValue:string', 'ActivityStatusValue:string',
  'ActivitySubstatusValue:string', 'Hierarchy:string', 'TimeGenerated:datetime', 'SubscriptionId:string',
  'OperationName:string', 'Category:string', 'ResourceId:string', 'ResourceProvider:string', 'Resource:string',
  'Type:string', '_ResourceId:string',
);

export const AZURE_ACTIVITY = defineTable('AzureActivity', 'Azure Activity log: subscription-level control-plane events (who did what to which resource, and when).', SCHEMA);

interface AzureResource {
  subscriptionId: string;
  resourceGroup: string;
  provider: string;
  /** e.g. "virtualMachines/WEB-PROD-01" */
  path: string;
}

interface Operation {
  value: string;
  displayName: string;
  provider: string;
  method: 'PUT' | 'POST' | 'DELETE';
  category: 'Administrative' | 'Security' | 'Policy';
  successSubstatus: string;
  failureRate: number;
  resources: (rng: SeededRandom) => AzureResource;
}

const SECURITY_SUB = DEMO_SUBSCRIPTIONS[0].subscriptionId;
const OPERATIONS_SUB = DEMO_SUBSCRIPTIONS[1].subscriptionId;

const azureVms = FLEET.filter((computer) => computer.resourceType === 'virtualMachines');
const vm = (rng: SeededRandom): AzureResource => {
  const computer = rng.pick(azureVms);
  return { subscriptionId: computer.subscriptionId, resourceGroup: computer.resourceGroup, provider: 'Microsoft.Compute', path: `virtualMachines/${computer.hostName}` };
};
const fixed = (subscriptionId: string, resourceGroup: string, provider: string, path: string) => (): AzureResource => ({ subscriptionId, resourceGroup, provider, path });

const STORAGE = fixed(OPERATIONS_SUB, 'rg-prod-data', 'Microsoft.Storage', 'storageAccounts/stcontosoprod01');
const SUBSCRIPTION_SCOPE = fixed(OPERATIONS_SUB, '', 'Microsoft.Authorization', 'roleAssignments/0b8e4f6a-7c5d-4e3f-9a1b-2c3d4e5f6a7b');

const OPERATIONS: readonly (readonly [Operation, number])[] = [
  [{ value: 'MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE', displayName: 'Create or Update Virtual Machine', provider: 'MICROSOFT.COMPUTE', method: 'PUT', category: 'Administrative', successSubstatus: 'OK', failureRate: 0.05, resources: vm }, 8],
  [{ value: 'MICROSOFT.COMPUTE/VIRTUALMACHINES/START/ACTION', displayName: 'Start Virtual Machine', provider: 'MICROSOFT.COMPUTE', method: 'POST', category: 'Administrative', successSubstatus: 'OK', failureRate: 0.02, resources: vm }, 6],
  [{ value: 'MICROSOFT.COMPUTE/VIRTUALMACHINES/DEALLOCATE/ACTION', displayName: 'Deallocate Virtual Machine', provider: 'MICROSOFT.COMPUTE', method: 'POST', category: 'Administrative', successSubstatus: 'OK', failureRate: 0.02, resources: vm }, 5],
  [{ value: 'MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION', displayName: 'List Storage Account Keys', provider: 'MICROSOFT.STORAGE', method: 'POST', category: 'Administrative', successSubstatus: 'OK', failureRate: 0.01, resources: STORAGE }, 10],
  [{ value: 'MICROSOFT.KEYVAULT/VAULTS/WRITE', displayName: 'Update Key Vault', provider: 'MICROSOFT.KEYVAULT', method: 'PUT', category: 'Administrative', successSubstatus: 'OK', failureRate: 0.03, resources: fixed(SECURITY_SUB, 'rg-security-demo', 'Microsoft.KeyVault', 'vaults/kv-contoso-prod') }, 3],
  [{ value: 'MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE', displayName: 'Create role assignment', provider: 'MICROSOFT.AUTHORIZATION', method: 'PUT', category: 'Administrative', successSubstatus: 'Created', failureRate: 0.1, resources: SUBSCRIPTION_SCOPE }, 2],
  [{ value: 'MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/SECURITYRULES/WRITE', displayName: 'Create or Update Security Rule', provider: 'MICROSOFT.NETWORK', method: 'PUT', category: 'Administrative', successSubstatus: 'OK', failureRate: 0.04, resources: fixed(OPERATIONS_SUB, 'rg-prod-web', 'Microsoft.Network', 'networkSecurityGroups/nsg-prod-web/securityRules/allow-https') }, 3],
  [{ value: 'MICROSOFT.RESOURCES/DEPLOYMENTS/WRITE', displayName: 'Create Deployment', provider: 'MICROSOFT.RESOURCES', method: 'PUT', category: 'Administrative', successSubstatus: 'Created', failureRate: 0.08, resources: (rng) => ({ subscriptionId: OPERATIONS_SUB, resourceGroup: rng.pick(['rg-prod-web', 'rg-prod-app', 'rg-apps-demo']), provider: 'Microsoft.Resources', path: `deployments/release-${rng.int(1000, 9999)}` }) }, 12],
  [{ value: 'MICROSOFT.WEB/SITES/RESTART/ACTION', displayName: 'Restart Web App', provider: 'MICROSOFT.WEB', method: 'POST', category: 'Administrative', successSubstatus: 'OK', failureRate: 0.01, resources: fixed(OPERATIONS_SUB, 'rg-apps-demo', 'Microsoft.Web', 'sites/app-contoso-shop') }, 3],
  [{ value: 'MICROSOFT.CONTAINERSERVICE/MANAGEDCLUSTERS/LISTCLUSTERUSERCREDENTIAL/ACTION', displayName: 'List cluster user credential', provider: 'MICROSOFT.CONTAINERSERVICE', method: 'POST', category: 'Administrative', successSubstatus: 'OK', failureRate: 0.01, resources: fixed(OPERATIONS_SUB, 'rg-aks', 'Microsoft.ContainerService', 'managedClusters/aks-contoso') }, 7],
  [{ value: 'MICROSOFT.INSIGHTS/DIAGNOSTICSETTINGS/DELETE', displayName: 'Delete diagnostic setting', provider: 'MICROSOFT.INSIGHTS', method: 'DELETE', category: 'Administrative', successSubstatus: 'OK', failureRate: 0.05, resources: fixed(SECURITY_SUB, 'rg-security-demo', 'Microsoft.KeyVault', 'vaults/kv-contoso-prod/providers/microsoft.insights/diagnosticSettings/to-sentinel') }, 0.3],
  [{ value: 'MICROSOFT.SECURITY/LOCATIONS/ALERTS/ACTIVATE/ACTION', displayName: 'Activate Alert', provider: 'MICROSOFT.SECURITY', method: 'POST', category: 'Security', successSubstatus: '', failureRate: 0, resources: fixed(SECURITY_SUB, '', 'Microsoft.Security', 'locations/westeurope/alerts') }, 1],
  [{ value: 'MICROSOFT.AUTHORIZATION/POLICIES/AUDIT/ACTION', displayName: "'audit' Policy action.", provider: 'MICROSOFT.AUTHORIZATION', method: 'POST', category: 'Policy', successSubstatus: '', failureRate: 0, resources: STORAGE }, 4],
];

const OPERATION_CHOICE = new WeightedChoice<Operation>(OPERATIONS);
const LIST_KEYS = OPERATIONS[3]?.[0];
const ROLE_ASSIGNMENT = OPERATIONS[5]?.[0];

interface Actor {
  caller: string;
  ip: string;
}

const DEPLOYMENT_PIPELINE: Actor = { caller: '4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f', ip: '' };

function resourceIdOf(resource: AzureResource): string {
  const group = resource.resourceGroup ? `/resourceGroups/${resource.resourceGroup}` : '';
  return `/subscriptions/${resource.subscriptionId}${group}/providers/${resource.provider}/${resource.path}`;
}

interface ActivityEvent {
  age: number;
  operation: Operation;
  actor: Actor;
  failed: boolean;
  resource: AzureResource;
}

function routineEvents(ctx: GenerationContext, count: number): ActivityEvent[] {
  const { rng } = ctx;
  const admins: readonly DirectoryUser[] = ctx.world.users.filter((user) => user.userType === 'Member' && (user.department === 'IT' || user.department === 'Engineering')).slice(0, 40);
  const ages = eventAges(rng, count, ctx.now, { lastHour: 0.08, lastDay: 0.25 });
  return Array.from(ages, (age) => {
    const operation = OPERATION_CHOICE.sample(rng);
    const automated = operation.category !== 'Administrative' || rng.chance(0.35);
    const admin = rng.pickSkewed(admins, 1.5);
    const actor = automated ? DEPLOYMENT_PIPELINE : { caller: admin.userPrincipalName, ip: rng.pick(admin.home.publicIPv4) };
    return { age, operation, actor, failed: rng.chance(operation.failureRate), resource: operation.resources(rng) };
  });
}

/** What the compromised account does right after the spray succeeds. */
function attackerEvents(ctx: GenerationContext): ActivityEvent[] {
  const { spray } = ctx.world.incidents;
  const actor = { caller: spray.victim.userPrincipalName, ip: spray.ip };
  if (!LIST_KEYS || !ROLE_ASSIGNMENT) return [];
  return [
    { age: 9 * TICKS_PER_MINUTE, operation: LIST_KEYS, actor, failed: false, resource: LIST_KEYS.resources(ctx.rng) },
    { age: 7 * TICKS_PER_MINUTE, operation: ROLE_ASSIGNMENT, actor, failed: true, resource: ROLE_ASSIGNMENT.resources(ctx.rng) },
  ];
}

export function generateAzureActivity(ctx: GenerationContext, operationCount: number): Table {
  const { rng, now } = ctx;
  const events = [...routineEvents(ctx, operationCount), ...attackerEvents(ctx)].sort((a, b) => b.age - a.age);
  const table = new TableBuilder(SCHEMA, events.length * 2);
  const c = table.columns;
  events.forEach((event, index) => {
    const { operation, actor, resource } = event;
    const correlationId = rng.guid();
    const resourceId = resourceIdOf(resource);
    const started = ticksBefore(now, event.age);
    const authorization = { action: operation.value.toLowerCase(), scope: resourceId, evidence: { role: actor === DEPLOYMENT_PIPELINE ? 'Contributor' : 'Owner', principalType: actor === DEPLOYMENT_PIPELINE ? 'ServicePrincipal' : 'User' } };
    const httpRequest = JSON.stringify({ clientRequestId: rng.guid(), clientIpAddress: actor.ip, method: operation.method });
    for (const phase of ['Start', event.failed ? 'Failure' : 'Success'] as const) {
      const row = index * 2 + (phase === 'Start' ? 0 : 1);
      const generated = phase === 'Start' ? started : ticksAfter(started, rng.int(1, 90) * TICKS_PER_SECOND, now);
      const substatus = phase === 'Start' ? '' : event.failed ? 'Forbidden' : operation.successSubstatus;
      const properties: DynamicValue = {
        eventCategory: operation.category,
        eventName: phase === 'Start' ? 'BeginRequest' : 'EndRequest',
        entity: resourceId,
        message: operation.value.toLowerCase(),
        hierarchy: `${DEMO_TENANT_ID}/${resource.subscriptionId}`,
        caller: actor.caller,
        statusCode: substatus,
        activityStatusValue: phase,
        ...(phase === 'Start' ? {} : { serviceRequestId: rng.guid() }),
      };
      c.TimeGenerated[row] = generated;
      c.EventSubmissionTimestamp[row] = ticksAfter(generated, rng.int(2, 40) * TICKS_PER_SECOND, now);
      c.CallerIpAddress[row] = actor.ip;
      c.CategoryValue[row] = operation.category;
      c.Category[row] = operation.category;
      c.CorrelationId[row] = correlationId;
      c.Authorization_d[row] = authorization;
      c.Authorization[row] = JSON.stringify(authorization);
      c.Level[row] = phase === 'Failure' ? 'Error' : 'Informational';
      c.OperationNameValue[row] = operation.value;
      c.OperationName[row] = operation.displayName;
      c.Properties_d[row] = properties;
      c.Properties[row] = JSON.stringify(properties);
      c.Caller[row] = actor.caller;
      c.EventDataId[row] = rng.guid();
      c.HTTPRequest[row] = httpRequest;
      c.OperationId[row] = correlationId;
      c.ResourceGroup[row] = resource.resourceGroup.toUpperCase();
      c.ResourceProviderValue[row] = operation.provider;
      c.ResourceProvider[row] = resource.provider;
      c.ActivityStatusValue[row] = phase;
      c.ActivitySubstatusValue[row] = substatus;
      c.Hierarchy[row] = `${DEMO_TENANT_ID}/${resource.subscriptionId}`;
      c.SubscriptionId[row] = resource.subscriptionId;
      c.ResourceId[row] = resourceId;
      c.Resource[row] = resource.path.split('/').pop() ?? '';
      c._ResourceId[row] = resourceId.toLowerCase();
    }
  });
  c.SourceSystem.fill('Azure');
  stampStandardColumns(table, AZURE_ACTIVITY.name, ctx.workspace.customerId);
  return table.toTable();
}
