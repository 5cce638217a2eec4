// SecurityAlert: a handful of alerts of every severity from Entra ID Protection, Defender for Cloud, Defender for
// Endpoint and Sentinel analytics rules — including the ones that tell this workspace's stories (the password spray,
// the compromised account, the SSH brute force). Entities and ExtendedProperties are JSON text, as in the real table.
import type { DynamicValue, Table } from '../../engine/api.ts';
import type { GenerationContext } from '../context.ts';
import { sprinkleNulls } from '../hostile.ts';
import type { SeededRandom } from '../random.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { eventAges, ticksAfter, ticksBefore, TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_SECOND } from '../time.ts';
import type { DirectoryUser } from '../world/directory.ts';
import { FLEET, type Computer } from '../world/fleet.ts';
import type { Place } from '../world/places.ts';

const SCHEMA = columns(
  'TenantId:string', 'TimeGenerated:datetime', 'DisplayName:string', 'AlertName:string', 'AlertSeverity:string',
  'Description:string', 'ProviderName:string', 'VendorName:string', 'VendorOriginalId:string', 'SystemAlertId:string',
  'ResourceId:string', 'SourceComputerId:string', 'AlertType:string', 'ConfidenceLevel:string', 'ConfidenceScore:real',
  'IsIncident:bool', 'StartTime:datetime', 'EndTime:datetime', 'ProcessingEndTime:datetime', 'RemediationSteps:string',
  'ExtendedProperties:string', 'Entities:string', 'SourceSystem:string', 'WorkspaceSubscriptionId:string',
  'WorkspaceResourceGroup:string', 'ExtendedLinks:string', 'ProductName:string', 'ProductComponentName:string',
  'AlertLink:string', 'Status:string', 'CompromisedEntity:string', 'Tactics:string', 'Techniques:string',
  'SubTechniques:string', 'Type:string',
);

export const SECURITY_ALERT = defineTable('SecurityAlert', 'Security alerts from Microsoft Sentinel analytics rules and Microsoft security products.', SCHEMA);

type AlertSeverity = 'High' | 'Medium' | 'Low' | 'Informational';

interface Product {
  productName: string;
  providerName: string;
  componentName: string;
}

const IDENTITY_PROTECTION: Product = { productName: 'Azure Active Directory Identity Protection', providerName: 'IPC', componentName: '' };
const DEFENDER_FOR_CLOUD: Product = { productName: 'Azure Security Center', providerName: 'Detection', componentName: '' };
const DEFENDER_FOR_ENDPOINT: Product = { productName: 'Microsoft Defender Advanced Threat Protection', providerName: 'MDATP', componentName: '' };
const SENTINEL: Product = { productName: 'Azure Sentinel', providerName: 'ASI Scheduled Alerts', componentName: 'Scheduled Alerts' };

/** What an alert is about: the actors and assets that become its Entities. */
interface Evidence {
  user?: DirectoryUser;
  computer?: Computer;
  ip?: string;
  place?: Place;
  attempts?: number;
}

interface AlertTemplate {
  name: string;
  severity: AlertSeverity;
  product: Product;
  alertType: string;
  tactics: string;
  techniques: readonly string[];
  subTechniques: readonly string[];
  description: (evidence: Evidence) => string;
  remediation: readonly string[];
  /** Which kind of evidence a routine occurrence needs. */
  subject: 'user' | 'computer';
}

const T = (template: AlertTemplate): AlertTemplate => template;

const PASSWORD_SPRAY = T({
  name: 'Password Spray', severity: 'High', product: IDENTITY_PROTECTION, alertType: 'PasswordSpray', tactics: 'CredentialAccess',
  techniques: ['T1110'], subTechniques: ['T1110.003'], subject: 'user',
  description: (e) => `A password spray attack was detected from ${e.ip ?? 'an unknown address'}.\r\n\r\nMultiple usernames were attacked using common passwords in a unified brute force manner (${e.attempts ?? 0} attempts).`,
  remediation: ['1. Reset the passwords of the affected accounts.', '2. Block legacy authentication with Conditional Access.', '3. Require MFA for all users.'],
});
const UNFAMILIAR_SIGN_IN = T({
  name: 'Unfamiliar sign-in properties', severity: 'Medium', product: IDENTITY_PROTECTION, alertType: 'UnfamiliarFeatures', tactics: 'InitialAccess',
  techniques: ['T1078'], subTechniques: [], subject: 'user',
  description: (e) => `The sign-in of ${e.user?.userPrincipalName ?? 'a user'} had properties not seen recently for this user: IP address ${e.ip ?? ''}, location ${e.place ? `${e.place.city}, ${e.place.countryCode}` : 'unknown'}, and client "python-requests/2.31.0".`,
  remediation: ['1. Confirm with the user whether the sign-in was theirs.', '2. If not, revoke sessions and reset credentials.'],
});
const KEY_VAULT_SUSPICIOUS_IP = T({
  name: 'Access from a suspicious IP address to a key vault', severity: 'Medium', product: DEFENDER_FOR_CLOUD, alertType: 'KV_SuspiciousIPAccess', tactics: 'CredentialAccess',
  techniques: ['T1555'], subTechniques: [], subject: 'user',
  description: (e) => `The key vault KV-CONTOSO-PROD was accessed from ${e.ip ?? 'an address'} identified by Microsoft Threat Intelligence as suspicious. The caller was ${e.user?.userPrincipalName ?? 'unknown'}.`,
  remediation: ['Review the access policies and RBAC assignments of the key vault.', 'Rotate the secrets the caller could read.'],
});
const SSH_BRUTE_FORCE = T({
  name: 'Failed SSH brute force attack', severity: 'Medium', product: DEFENDER_FOR_CLOUD, alertType: 'SSH_BruteForce', tactics: 'PreAttack',
  techniques: ['T1110'], subTechniques: ['T1110.001'], subject: 'computer',
  description: (e) => `Failed brute force attacks were detected from ${e.ip ?? 'an attacker'} against ${e.computer?.hostName ?? 'a Linux machine'}: ${e.attempts ?? 0} attempts with user names such as root, admin and ubuntu.`,
  remediation: ['Allow SSH only from trusted networks (just-in-time VM access).', 'Use key-based authentication and disable password logins.'],
});

const ROUTINE_TEMPLATES: readonly AlertTemplate[] = [
  T({ name: 'Suspicious PowerShell command line', severity: 'High', product: DEFENDER_FOR_ENDPOINT, alertType: 'WindowsDefenderAtp', tactics: 'Execution', techniques: ['T1059'], subTechniques: ['T1059.001'], subject: 'computer',
    description: (e) => `A suspicious PowerShell command line was run on ${e.computer?.name ?? 'a device'}:\npowershell.exe -NoP -W Hidden -Enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA`,
    remediation: ['Isolate the device.', 'Collect an investigation package.'] }),
  T({ name: 'Suspicious role assignment detected', severity: 'High', product: SENTINEL, alertType: '7e9a2b1c-3d4e-4f5a-8b6c-7d8e9f0a1b2c', tactics: 'PrivilegeEscalation,Persistence', techniques: ['T1098'], subTechniques: [], subject: 'user',
    description: (e) => `${e.user?.userPrincipalName ?? 'A user'} tried to assign the Owner role at subscription scope from an address never seen for this account.`,
    remediation: ['Review the role assignment and remove it if unexpected.'] }),
  UNFAMILIAR_SIGN_IN,
  SSH_BRUTE_FORCE,
  T({ name: 'Atypical travel', severity: 'Medium', product: IDENTITY_PROTECTION, alertType: 'ImpossibleTravel', tactics: 'InitialAccess', techniques: ['T1078'], subTechniques: [], subject: 'user',
    description: (e) => `Sign-ins of ${e.user?.userPrincipalName ?? 'a user'} from ${e.place?.city ?? 'two locations'} and their home office within a time too short to travel.`,
    remediation: ['Confirm the travel with the user.'] }),
  T({ name: 'Anonymous IP address', severity: 'Low', product: IDENTITY_PROTECTION, alertType: 'AnonymizedIPAddress', tactics: 'InitialAccess', techniques: ['T1078'], subTechniques: [], subject: 'user',
    description: (e) => `${e.user?.userPrincipalName ?? 'A user'} signed in from an anonymous IP address (Tor exit node or anonymizer VPN).`,
    remediation: ['Confirm the sign-in with the user.'] }),
  T({ name: 'Storage account keys listed by an unusual caller', severity: 'Low', product: SENTINEL, alertType: '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5', tactics: 'CredentialAccess', techniques: ['T1552'], subTechniques: ['T1552.005'], subject: 'user',
    description: (e) => `${e.user?.userPrincipalName ?? 'A user'} listed the keys of storage account stcontosoprod01, which they have not done in the last 14 days.`,
    remediation: ['Rotate the storage account keys if the listing was not expected.'] }),
  T({ name: 'Traffic detected from IP addresses recommended for blocking', severity: 'Low', product: DEFENDER_FOR_CLOUD, alertType: 'Network_TrafficFromUnrecommendedIP', tactics: 'Probing', techniques: [], subTechniques: [], subject: 'computer',
    description: (e) => `Inbound traffic to ${e.computer?.hostName ?? 'a VM'} from addresses recommended for blocking.`,
    remediation: ['Apply the recommended network security group rules.'] }),
  T({ name: 'Sign-in from an IP address associated with a commercial VPN', severity: 'Informational', product: SENTINEL, alertType: '2d3e4f5a-6b7c-4d8e-9f0a-b1c2d3e4f5a6', tactics: 'InitialAccess', techniques: ['T1133'], subTechniques: [], subject: 'user',
    description: (e) => `${e.user?.userPrincipalName ?? 'A user'} signed in through a commercial VPN provider.`,
    remediation: ['No action needed unless combined with other signals.'] }),
  T({ name: 'Diagnostic setting deleted', severity: 'Informational', product: SENTINEL, alertType: '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7', tactics: 'DefenseEvasion', techniques: ['T1562'], subTechniques: ['T1562.008'], subject: 'user',
    description: (e) => `${e.user?.userPrincipalName ?? 'A user'} deleted a diagnostic setting that streamed logs to Sentinel.`,
    remediation: ['Restore the diagnostic setting.'] }),
  T({ name: 'Antimalware scan completed with detections', severity: 'Informational', product: DEFENDER_FOR_CLOUD, alertType: 'AntimalwareScanDetections', tactics: 'Execution', techniques: [], subTechniques: [], subject: 'computer',
    description: (e) => `Microsoft Antimalware found and quarantined 1 item on ${e.computer?.name ?? 'a VM'}: Trojan:Win32/Wacatac.B!ml in C:\\Users\\Public\\Downloads\\invoice_\u202Efdp.exe`,
    remediation: ['Verify that the item was quarantined.'] }),
];

const ROUTINE_PER_SEVERITY = 11;

function entitiesJson(evidence: Evidence): string {
  const entities: Record<string, DynamicValue>[] = [];
  if (evidence.user) {
    const [name = '', suffix = ''] = evidence.user.userPrincipalName.split('@');
    entities.push({ Name: name, UPNSuffix: suffix, AadUserId: evidence.user.objectId, DisplayName: evidence.user.displayName, Type: 'account' });
  }
  if (evidence.computer) {
    entities.push({ HostName: evidence.computer.hostName, OSFamily: evidence.computer.osType, AzureID: evidence.computer.resourceId, Type: 'host' });
  }
  if (evidence.ip) {
    entities.push({ Address: evidence.ip, ...(evidence.place ? { Location: { CountryCode: evidence.place.countryCode, City: evidence.place.city, Latitude: evidence.place.latitude, Longitude: evidence.place.longitude } } : {}), Type: 'ip' });
  }
  return JSON.stringify(entities.map((entity, index) => ({ $id: String(index + 2), ...entity })));
}

function extendedPropertiesJson(template: AlertTemplate, evidence: Evidence): string {
  const properties: Record<string, string> = { 'Alert generation status': 'Full alert created' };
  if (evidence.ip) properties['Client IP Address'] = evidence.ip;
  if (evidence.place) properties['Client Location'] = `${evidence.place.city}, ${evidence.place.countryCode}`;
  if (evidence.attempts !== undefined) properties['Failed Attempts'] = String(evidence.attempts);
  if (template.product === SENTINEL) properties['Query Period'] = '1.00:00:00';
  return JSON.stringify(properties);
}

interface Occurrence {
  age: number;
  template: AlertTemplate;
  evidence: Evidence;
}

function storyOccurrences(ctx: GenerationContext): Occurrence[] {
  const { spray, ssh } = ctx.world.incidents;
  const sprayAlerts = spray.bursts.map((burst) => ({
    age: Math.max(burst.startAge - burst.duration - 2 * TICKS_PER_MINUTE, TICKS_PER_MINUTE),
    template: PASSWORD_SPRAY,
    evidence: { ip: spray.ip, place: spray.place, attempts: burst.attempts },
  }));
  const sshAlerts = ssh.bursts.map((burst) => ({
    age: Math.max(burst.startAge - burst.duration / 2, TICKS_PER_MINUTE),
    template: SSH_BRUTE_FORCE,
    evidence: { ip: ssh.ip, place: ssh.place, computer: ssh.target, attempts: burst.attempts },
  }));
  return [
    ...sprayAlerts,
    ...sshAlerts,
    { age: 13 * TICKS_PER_MINUTE, template: UNFAMILIAR_SIGN_IN, evidence: { user: spray.victim, ip: spray.ip, place: spray.place } },
    { age: 4 * TICKS_PER_MINUTE, template: KEY_VAULT_SUSPICIOUS_IP, evidence: { user: spray.victim, ip: spray.ip, place: spray.place } },
  ];
}

function routineOccurrences(ctx: GenerationContext): Occurrence[] {
  const { rng, world } = ctx;
  const severities: readonly AlertSeverity[] = ['High', 'Medium', 'Low', 'Informational'];
  const picks = severities.flatMap((severity) => {
    const templates = ROUTINE_TEMPLATES.filter((template) => template.severity === severity);
    return Array.from({ length: ROUTINE_PER_SEVERITY }, () => rng.pick(templates));
  });
  const ages = eventAges(rng, picks.length, ctx.now, { lastHour: 0.02, lastDay: 0.15 });
  const order = rng.fork('order');
  return picks
    .map((template) => ({ template, key: order.next() }))
    .sort((a, b) => a.key - b.key)
    .map(({ template }, index) => ({ age: ages[index] ?? TICKS_PER_DAY, template, evidence: routineEvidence(rng, template, world.users) }));
}

function routineEvidence(rng: SeededRandom, template: AlertTemplate, users: readonly DirectoryUser[]): Evidence {
  if (template.subject === 'computer') return { computer: rng.pick(FLEET), ip: rng.pick(['198.51.100.77', '203.0.113.150', '192.0.2.201']) };
  const user = rng.pick(users);
  return { user, ip: rng.pick(user.home.publicIPv4), place: user.home };
}

export function generateSecurityAlert(ctx: GenerationContext): Table {
  const { rng, now, workspace } = ctx;
  const occurrences = [...routineOccurrences(ctx), ...storyOccurrences(ctx)].sort((a, b) => b.age - a.age);
  const table = new TableBuilder(SCHEMA, occurrences.length);
  const c = table.columns;
  occurrences.forEach(({ age: plannedAge, template, evidence }, row) => {
    // Detections land a little after the minute their rule looked at.
    const age = Math.max(0, plannedAge - rng.next() * 50 * TICKS_PER_SECOND);
    const generated = ticksBefore(now, age);
    const systemAlertId = rng.guid();
    const started = ticksBefore(now, age + rng.int(5, 60) * TICKS_PER_MINUTE);
    const ended = ticksBefore(now, age + rng.int(0, 4) * TICKS_PER_MINUTE);
    c.TimeGenerated[row] = generated;
    c.DisplayName[row] = template.name;
    c.AlertName[row] = template.name;
    c.AlertSeverity[row] = template.severity;
    c.Description[row] = template.description(evidence);
    c.ProviderName[row] = template.product.providerName;
    c.VendorName[row] = 'Microsoft';
    c.VendorOriginalId[row] = template.product === SENTINEL ? systemAlertId : rng.hex(32);
    c.SystemAlertId[row] = systemAlertId;
    c.ResourceId[row] = evidence.computer?.resourceId ?? '';
    c.AlertType[row] = template.alertType;
    c.IsIncident[row] = false;
    c.StartTime[row] = started;
    c.EndTime[row] = ended;
    c.ProcessingEndTime[row] = ticksAfter(generated, rng.int(1, 5) * TICKS_PER_MINUTE, now);
    c.RemediationSteps[row] = JSON.stringify(template.remediation);
    c.ExtendedProperties[row] = extendedPropertiesJson(template, evidence);
    c.Entities[row] = entitiesJson(evidence);
    c.ProductName[row] = template.product.productName;
    c.ProductComponentName[row] = template.product.componentName;
    c.AlertLink[row] = template.product === DEFENDER_FOR_CLOUD ? `https://portal.azure.com/#blade/Microsoft_Azure_Security_AzureDefenderForData/AlertBlade/alertId/${systemAlertId}` : '';
    c.Status[row] = age > 2 * TICKS_PER_DAY ? 'Resolved' : age > 6 * TICKS_PER_HOUR ? 'InProgress' : 'New';
    c.CompromisedEntity[row] = evidence.user?.userPrincipalName ?? evidence.computer?.name ?? '';
    c.Tactics[row] = template.tactics;
    c.Techniques[row] = JSON.stringify(template.techniques);
    c.SubTechniques[row] = JSON.stringify(template.subTechniques);
  });
  c.SourceSystem.fill('Detection');
  c.WorkspaceSubscriptionId.fill(workspace.subscriptionId);
  c.WorkspaceResourceGroup.fill(workspace.resourceGroup);
  stampStandardColumns(table, SECURITY_ALERT.name, workspace.customerId);
  if (ctx.hostile) sprinkleNulls(c.ProcessingEndTime, 3, rng);
  return table.toTable();
}
