// The example gallery: queries for the tables analysts use most, written for those tables' real columns. Each one
// returns rows on the emulator's demo workspace with its own timespan (emulator/galleryExamples.test.ts runs them
// all), and each is a starting point an analyst can adapt to a real workspace. Pure data: no React, no store.
import type { TimespanSelection } from '../../domain/timespan/selection';

export interface GalleryExample {
  id: string;
  table: string;
  title: string;
  description: string;
  queryText: string;
  timespan: TimespanSelection;
}

const lastDay: TimespanSelection = { kind: 'preset', presetId: '24h' };
const lastWeek: TimespanSelection = { kind: 'preset', presetId: '7d' };
const lastHour: TimespanSelection = { kind: 'preset', presetId: '1h' };

export const GALLERY: readonly GalleryExample[] = [
  {
    id: 'alerts-by-severity',
    table: 'SecurityAlert',
    title: 'Alerts by severity',
    description: 'How many alerts of each kind fired, most severe first.',
    queryText: `SecurityAlert
| extend Rank = case(AlertSeverity == "High", 1, AlertSeverity == "Medium", 2, AlertSeverity == "Low", 3, 4)
| summarize Alerts = count(), LastSeen = max(TimeGenerated) by AlertSeverity, AlertName, Rank
| order by Rank asc, Alerts desc
| project-away Rank`,
    timespan: lastWeek,
  },
  {
    id: 'high-severity-alerts',
    table: 'SecurityAlert',
    title: 'High-severity alerts and what they touched',
    description: 'The latest high-severity alerts with the compromised entity, tactics and status.',
    queryText: `SecurityAlert
| where AlertSeverity == "High"
| project TimeGenerated, AlertName, CompromisedEntity, Tactics, Status, ProviderName
| order by TimeGenerated desc`,
    timespan: lastWeek,
  },
  {
    id: 'password-spray',
    table: 'SigninLogs',
    title: 'Password spray: one address, many accounts',
    description: 'Addresses with wrong-password failures (50126, 50053) against many different accounts.',
    queryText: `SigninLogs
| where ResultType in ("50126", "50053")
| summarize FailedAttempts = count(), Accounts = dcount(UserPrincipalName), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated) by IPAddress
| where Accounts >= 20
| order by Accounts desc`,
    timespan: lastDay,
  },
  {
    id: 'failed-sign-ins-by-hour',
    table: 'SigninLogs',
    title: 'Failed sign-ins per hour',
    description: 'Failed interactive and non-interactive sign-ins in hourly buckets, to spot bursts.',
    queryText: `SigninLogs
| where ResultType != "0"
| summarize Failures = count(), Users = dcount(UserPrincipalName) by bin(TimeGenerated, 1h)
| order by TimeGenerated asc`,
    timespan: lastDay,
  },
  {
    id: 'audit-operations',
    table: 'AuditLogs',
    title: 'Directory changes by operation',
    description: 'Which Entra ID operations ran and how many failed.',
    queryText: `AuditLogs
| summarize Operations = count(), Failures = countif(Result != "success") by OperationName, Category
| order by Operations desc`,
    timespan: lastWeek,
  },
  {
    id: 'security-info-registered',
    table: 'AuditLogs',
    title: 'New MFA methods registered',
    description: 'Who registered security info, and from where: a takeover often adds its own MFA method.',
    queryText: `AuditLogs
| where OperationName == "User registered security info"
| extend User = tostring(InitiatedBy.user.userPrincipalName), IPAddress = tostring(InitiatedBy.user.ipAddress)
| project TimeGenerated, User, IPAddress, ResultReason
| order by TimeGenerated desc`,
    timespan: lastWeek,
  },
  {
    id: 'failed-control-plane',
    table: 'AzureActivity',
    title: 'Failed Azure operations',
    description: 'Control-plane operations that failed, by caller: denied role assignments, failed deployments.',
    queryText: `AzureActivity
| where ActivityStatusValue == "Failure"
| summarize Failures = count(), LastFailure = max(TimeGenerated) by Caller, OperationNameValue, ResourceGroup
| order by Failures desc`,
    timespan: lastWeek,
  },
  {
    id: 'storage-keys-listed',
    table: 'AzureActivity',
    title: 'Who listed storage account keys',
    description: 'Storage keys give full data access; look for callers and addresses that do not usually ask.',
    queryText: `AzureActivity
| where OperationNameValue == "MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION" and ActivityStatusValue == "Success"
| summarize Times = count(), Accounts = make_set(Resource), Addresses = make_set(CallerIpAddress) by Caller
| order by Times desc`,
    timespan: lastWeek,
  },
  {
    id: 'trace-severity-by-role',
    table: 'AppTraces',
    title: 'Warnings and errors by service',
    description: 'Trace volume per application role and severity (2 = warning, 3 = error, 4 = critical).',
    queryText: `AppTraces
| where SeverityLevel >= 2
| summarize Traces = count() by AppRoleName, SeverityLevel
| order by SeverityLevel desc, Traces desc`,
    timespan: lastDay,
  },
  {
    id: 'latest-errors',
    table: 'AppTraces',
    title: 'Latest error traces',
    description: 'The most recent error and critical traces with their operation, newest first.',
    queryText: `AppTraces
| where SeverityLevel >= 3
| project TimeGenerated, AppRoleName, OperationName, OperationId, Message
| top 50 by TimeGenerated desc`,
    timespan: lastDay,
  },
  {
    id: 'request-failure-rate',
    table: 'AppRequests',
    title: 'Failure rate and latency by operation',
    description: 'Requests, failures, failure rate and the 95th-percentile duration of each operation.',
    queryText: `AppRequests
| summarize Requests = count(), Failed = countif(Success == false), P95Ms = percentile(DurationMs, 95) by AppRoleName, Name
| extend FailureRate = round(100.0 * Failed / Requests, 2)
| order by FailureRate desc`,
    timespan: lastDay,
  },
  {
    id: 'slow-requests',
    table: 'AppRequests',
    title: 'Slowest requests',
    description: 'The ten slowest requests with their result code and operation id, to follow into traces.',
    queryText: `AppRequests
| top 10 by DurationMs desc
| project TimeGenerated, AppRoleName, Name, DurationMs, ResultCode, Success, OperationId`,
    timespan: lastDay,
  },
  {
    id: 'silent-computers',
    table: 'Heartbeat',
    title: 'Computers that stopped reporting',
    description: 'Agents whose last heartbeat is older than 15 minutes, longest silence first.',
    queryText: `Heartbeat
| summarize LastHeartbeat = max(TimeGenerated) by Computer, OSType
| where LastHeartbeat < ago(15m)
| extend SilentFor = now() - LastHeartbeat
| order by LastHeartbeat asc`,
    timespan: lastWeek,
  },
  {
    id: 'agents-by-os',
    table: 'Heartbeat',
    title: 'Reporting agents by operating system',
    description: 'The latest heartbeat of each computer, counted by OS and agent version.',
    queryText: `Heartbeat
| summarize arg_max(TimeGenerated, OSType, OSName, Version) by Computer
| summarize Computers = count(), Names = make_set(Computer) by OSType, OSName, Version
| order by Computers desc`,
    timespan: lastDay,
  },
  {
    id: 'busiest-cpu',
    table: 'Perf',
    title: 'Busiest CPUs in the last hour',
    description: 'Average and peak processor time per computer; a pegged server stands out at the top.',
    queryText: `Perf
| where ObjectName == "Processor" and CounterName == "% Processor Time"
| summarize AvgCpu = round(avg(CounterValue), 1), MaxCpu = round(max(CounterValue), 1) by Computer
| top 10 by AvgCpu desc`,
    timespan: lastHour,
  },
  {
    id: 'free-memory-trend',
    table: 'Perf',
    title: 'Available memory over time',
    description: 'Available MBytes per computer in 15-minute averages.',
    queryText: `Perf
| where ObjectName == "Memory" and CounterName == "Available MBytes"
| summarize AvailableMB = avg(CounterValue) by Computer, bin(TimeGenerated, 15m)
| order by Computer asc, TimeGenerated asc`,
    timespan: { kind: 'preset', presetId: '4h' },
  },
  {
    id: 'ssh-failed-passwords',
    table: 'Syslog',
    title: 'SSH brute force',
    description: 'Failed SSH passwords per host in 10-minute buckets: bursts point at a brute-force attempt.',
    queryText: `Syslog
| where ProcessName == "sshd" and SyslogMessage has "Failed password"
| summarize Attempts = count(), InvalidUsers = countif(SyslogMessage has "invalid user") by HostName, bin(TimeGenerated, 10m)
| order by Attempts desc`,
    timespan: lastWeek,
  },
  {
    id: 'syslog-by-facility',
    table: 'Syslog',
    title: 'Messages by facility and severity',
    description: 'Which daemons are noisy, and how much of it is a warning or worse.',
    queryText: `Syslog
| summarize Messages = count(), Hosts = dcount(HostName) by Facility, ProcessName, SeverityLevel
| order by Messages desc`,
    timespan: lastDay,
  },
  {
    id: 'key-vault-denied',
    table: 'AzureDiagnostics',
    title: 'Key Vault requests refused',
    description: 'Key Vault operations answered 401 or 403, by caller address and operation.',
    queryText: `AzureDiagnostics
| where ResourceProvider == "MICROSOFT.KEYVAULT" and httpStatusCode_d in (401, 403)
| summarize Refused = count(), LastRefused = max(TimeGenerated) by Resource, OperationName, ResultSignature, CallerIPAddress
| order by Refused desc`,
    timespan: lastWeek,
  },
  {
    id: 'waf-matches',
    table: 'AzureDiagnostics',
    title: 'Web application firewall matches',
    description: 'Application Gateway firewall rules that matched or blocked requests, by rule and client.',
    queryText: `AzureDiagnostics
| where Category == "ApplicationGatewayFirewallLog"
| summarize Hits = count(), Clients = dcount(clientIp_s) by ruleId_s, Message, action_s
| order by Hits desc`,
    timespan: lastDay,
  },
];

/** The tables in the gallery's order, each with its examples. */
export function galleryByTable(examples: readonly GalleryExample[] = GALLERY): { table: string; examples: GalleryExample[] }[] {
  const groups = new Map<string, GalleryExample[]>();
  for (const example of examples) groups.set(example.table, [...(groups.get(example.table) ?? []), example]);
  return [...groups].map(([table, grouped]) => ({ table, examples: grouped }));
}
