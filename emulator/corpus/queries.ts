// Real queries quoted from Microsoft's Log Analytics documentation and the Microsoft Sentinel repository, each with
// its source, run by corpus.test.ts against the demo workspace. `adapted` says what was changed so the query fits
// the demo tables (a column or value the sample data does not have, a placeholder filled in, an excerpt); the
// query is otherwise as published. `columns` are the output column names the service gives.

export interface CorpusQuery {
  readonly id: string;
  /** Where the query is published: a learn.microsoft.com page or a file of github.com/Azure/Azure-Sentinel. */
  readonly source: string;
  readonly adapted?: string;
  readonly query: string;
  readonly columns: readonly string[];
}

const HEARTBEAT = 'https://learn.microsoft.com/azure/azure-monitor/reference/queries/heartbeat';
const PERF = 'https://learn.microsoft.com/azure/azure-monitor/reference/queries/perf';
const SIGNIN = 'https://learn.microsoft.com/azure/azure-monitor/reference/queries/signinlogs';
const ACTIVITY = 'https://learn.microsoft.com/azure/azure-monitor/reference/queries/azureactivity';
const SYSLOG = 'https://learn.microsoft.com/azure/azure-monitor/reference/queries/syslog';
const REQUESTS = 'https://learn.microsoft.com/azure/azure-monitor/reference/queries/apprequests';
const EXCEPTIONS = 'https://learn.microsoft.com/azure/azure-monitor/reference/queries/appexceptions';
const DIAGNOSTICS = 'https://learn.microsoft.com/azure/azure-monitor/reference/queries/azurediagnostics';
const GET_STARTED = 'https://learn.microsoft.com/azure/azure-monitor/logs/get-started-queries';
const SENTINEL_TASKS = 'https://learn.microsoft.com/kusto/query/tutorials/common-tasks-microsoft-sentinel';
const WAF = 'https://learn.microsoft.com/azure/web-application-firewall/ag/log-analytics';
const SENTINEL = 'https://github.com/Azure/Azure-Sentinel/blob/master/';

/** Every column of the table, in the demo schema's order: what a query that keeps all of them returns. */
const SIGNIN_LOGS_COLUMNS = [
  'TenantId', 'SourceSystem', 'TimeGenerated', 'ResourceId', 'OperationName', 'OperationVersion', 'Category',
  'ResultType', 'ResultSignature', 'ResultDescription', 'DurationMs', 'CorrelationId', 'Resource', 'ResourceGroup',
  'Identity', 'Level', 'Location', 'AlternateSignInName', 'AppDisplayName', 'AppId', 'AuthenticationRequirement',
  'ClientAppUsed', 'ConditionalAccessPolicies', 'ConditionalAccessStatus', 'CreatedDateTime', 'DeviceDetail',
  'IsInteractive', 'Id', 'IPAddress', 'IsRisky', 'LocationDetails', 'ResourceDisplayName', 'ResourceIdentity',
  'RiskDetail', 'RiskLevelAggregated', 'RiskLevelDuringSignIn', 'RiskState', 'Status', 'UserAgent',
  'UserDisplayName', 'UserId', 'UserPrincipalName', 'UserType', 'AADTenantId', 'AutonomousSystemNumber',
  'FlaggedForReview', 'HomeTenantId', 'Type',
];
const SYSLOG_COLUMNS = [
  'TenantId', 'SourceSystem', 'TimeGenerated', 'Computer', 'EventTime', 'Facility', 'HostName', 'SeverityLevel',
  'SyslogMessage', 'ProcessID', 'HostIP', 'ProcessName', 'CollectorHostName', 'Type', '_ResourceId',
];

export const CORPUS: readonly CorpusQuery[] = [
  // Heartbeat
  {
    id: 'heartbeat-count-last-hour',
    source: HEARTBEAT,
    query: 'Heartbeat\n| where TimeGenerated > ago(1h)\n| summarize count() by Computer',
    columns: ['Computer', 'count_'],
  },
  {
    id: 'heartbeat-last-of-each-computer',
    source: HEARTBEAT,
    query: 'Heartbeat\n| summarize arg_max(TimeGenerated, *) by Computer',
    columns: [
      'Computer', 'TimeGenerated', 'TenantId', 'SourceSystem', 'ComputerIP', 'Category', 'OSType', 'OSName',
      'OSMajorVersion', 'OSMinorVersion', 'Version', 'SCAgentChannel', 'IsGatewayInstalled', 'RemoteIPLongitude',
      'RemoteIPLatitude', 'RemoteIPCountry', 'SubscriptionId', 'ResourceGroup', 'ResourceProvider', 'Resource',
      'ResourceId', 'ResourceType', 'ComputerEnvironment', 'Solutions', 'VMUUID', 'ComputerPrivateIPs', 'Type',
      '_ResourceId',
    ],
  },
  {
    id: 'heartbeat-recently-stopped',
    source: HEARTBEAT,
    query: 'Heartbeat\n| summarize LastReported=now()-max(TimeGenerated) by ResourceGroup, Resource, ResourceType\n| where LastReported between(1m..15m)',
    columns: ['ResourceGroup', 'Resource', 'ResourceType', 'LastReported'],
  },
  {
    id: 'heartbeat-availability-today',
    source: HEARTBEAT,
    query: 'Heartbeat\n| summarize dcount(ComputerIP) by bin(TimeGenerated, 1h)\n| render timechart',
    columns: ['TimeGenerated', 'dcount_ComputerIP'],
  },
  {
    id: 'heartbeat-unavailable-computers',
    source: HEARTBEAT,
    query: 'Heartbeat\n| summarize LastHeartbeat=max(TimeGenerated) by Computer\n| where LastHeartbeat < ago(5h)',
    columns: ['Computer', 'LastHeartbeat'],
  },
  {
    id: 'heartbeat-availability-rate',
    source: HEARTBEAT,
    query:
      'Heartbeat\n| summarize heartbeatPerHour = count() by bin_at(TimeGenerated, 1h, ago(24h)), Computer\n| extend availablePerHour = iff(heartbeatPerHour > 0, true, false)\n| summarize totalAvailableHours = countif(availablePerHour == true) by Computer\n| extend availabilityRate = totalAvailableHours*100.0/24',
    columns: ['Computer', 'totalAvailableHours', 'availabilityRate'],
  },
  {
    id: 'heartbeat-not-reporting-vms',
    source: HEARTBEAT,
    query: 'Heartbeat \n| where TimeGenerated > ago(24h)\n| summarize LastCall = max(TimeGenerated) by Computer, _ResourceId\n| where LastCall < ago(5m)',
    columns: ['Computer', '_ResourceId', 'LastCall'],
  },
  {
    id: 'heartbeat-computers-list',
    source: HEARTBEAT,
    adapted: 'excerpt (the Heartbeat part before the join with Update); grouped by Computer, as the demo Heartbeat has no SourceComputerId',
    query:
      'Heartbeat\n| where TimeGenerated>ago(12h) and OSType=="Linux" and notempty(Computer)\n| summarize arg_max(TimeGenerated, Solutions, ResourceId, ComputerEnvironment, VMUUID) by Computer\n| where Solutions has "updates"\n| extend vmuuId=VMUUID, azureResourceId=ResourceId, osType=1, environment=iff(ComputerEnvironment=~"Azure", 1, 2), scopedToUpdatesSolution=true, lastUpdateAgentSeenTime=""',
    columns: [
      'Computer', 'TimeGenerated', 'Solutions', 'ResourceId', 'ComputerEnvironment', 'VMUUID', 'vmuuId',
      'azureResourceId', 'osType', 'environment', 'scopedToUpdatesSolution', 'lastUpdateAgentSeenTime',
    ],
  },
  {
    id: 'heartbeat-find-in-table',
    source: HEARTBEAT,
    adapted: 'the <SearchValue> placeholder filled in',
    query: 'let SearchValue =  "SQL-PROD";\nHeartbeat\n| where * contains tostring(SearchValue)\n| take 1000',
    columns: [
      'TenantId', 'SourceSystem', 'TimeGenerated', 'ComputerIP', 'Computer', 'Category', 'OSType', 'OSName',
      'OSMajorVersion', 'OSMinorVersion', 'Version', 'SCAgentChannel', 'IsGatewayInstalled', 'RemoteIPLongitude',
      'RemoteIPLatitude', 'RemoteIPCountry', 'SubscriptionId', 'ResourceGroup', 'ResourceProvider', 'Resource',
      'ResourceId', 'ResourceType', 'ComputerEnvironment', 'Solutions', 'VMUUID', 'ComputerPrivateIPs', 'Type',
      '_ResourceId',
    ],
  },
  // Perf
  {
    id: 'perf-non-rdma-activity',
    source: PERF,
    adapted: "the 'enter nodename' placeholder filled in",
    query:
      'Perf\n| where ObjectName == "Network Interface"\n| extend Nodename= tostring(split(Computer, ".")[0])\n| where Nodename =~\'DC01\'\n| summarize NetworkUsage = sum(CounterValue), Nodename = any(Nodename) by TimeGenerated\n| summarize arg_max(TimeGenerated, Nodename, NetworkUsage)',
    columns: ['TimeGenerated', 'Nodename', 'NetworkUsage'],
  },
  {
    id: 'perf-collected-counters',
    source: PERF,
    query: 'Perf\n| summarize by ObjectName, CounterName',
    columns: ['ObjectName', 'CounterName'],
  },
  {
    id: 'perf-memory-and-cpu',
    source: PERF,
    query:
      'Perf\n| where TimeGenerated > ago(1h)\n| where (CounterName == "% Processor Time" and InstanceName == "_Total") or CounterName == "% Used Memory"\n| project TimeGenerated, CounterName, CounterValue\n| summarize avg(CounterValue) by CounterName, bin(TimeGenerated, 1m)\n| render timechart',
    columns: ['CounterName', 'TimeGenerated', 'avg_CounterValue'],
  },
  {
    id: 'perf-cpu-percentiles',
    source: PERF,
    query:
      'Perf\n| where ObjectName == "Processor" and CounterName == "% Processor Time" and InstanceName == "_Total"\n| summarize percentiles(CounterValue, 50, 90, 99) by bin(TimeGenerated, 1h)\n| render timechart',
    columns: [
      'TimeGenerated', 'percentile_CounterValue_50', 'percentile_CounterValue_90', 'percentile_CounterValue_99',
    ],
  },
  {
    id: 'perf-top-free-disk',
    source: PERF,
    adapted: 'the demo agents report "% Free Space" of C: instead of "Free Megabytes" of _Total',
    query: 'Perf\n| where CounterName == "% Free Space" and InstanceName == "C:"\n| summarize arg_max(TimeGenerated, *) by Computer\n| top 10 by CounterValue',
    columns: [
      'Computer', 'TimeGenerated', 'TenantId', 'ObjectName', 'CounterName', 'InstanceName', 'CounterValue',
      'CounterPath', 'SourceSystem', 'Min', 'Max', 'SampleCount', 'BucketStartTime', 'BucketEndTime',
      'StandardDeviation', 'Type', '_ResourceId',
    ],
  },
  {
    id: 'perf-available-memory',
    source: PERF,
    query:
      'Perf\n| where ObjectName == "Memory" and\n(CounterName == "Available MBytes Memory" or // the name used in Linux records\nCounterName == "Available MBytes") // the name used in Windows records\n|  summarize avg(CounterValue) by bin(TimeGenerated, 15min), Computer, _ResourceId // bin is used to set the time grain to 15 minutes\n| render timechart',
    columns: ['TimeGenerated', 'Computer', '_ResourceId', 'avg_CounterValue'],
  },
  {
    id: 'perf-cpu-trends',
    source: PERF,
    query:
      'Perf\n| where CounterName == "% Processor Time"\n| where ObjectName == "Processor"\n| summarize avg(CounterValue) by bin(TimeGenerated, 15min), Computer, _ResourceId // bin is used to set the time grain to 15 minutes\n| render timechart',
    columns: ['TimeGenerated', 'Computer', '_ResourceId', 'avg_CounterValue'],
  },
  {
    id: 'perf-free-disk-per-instance',
    source: PERF,
    adapted: 'the demo agents report "% Free Space" instead of "Free Megabytes"',
    query:
      'Perf\n| where ObjectName == "LogicalDisk" or // the object name used in Windows records\nObjectName == "Logical Disk" // the object name used in Linux records\n| where CounterName == "% Free Space"\n| summarize arg_max(TimeGenerated, *) by InstanceName // arg_max over TimeGenerated returns the latest record\n| project TimeGenerated, InstanceName, CounterValue, Computer, _ResourceId',
    columns: ['TimeGenerated', 'InstanceName', 'CounterValue', 'Computer', '_ResourceId'],
  },
  {
    id: 'perf-bottom-free-disk',
    source: PERF,
    query:
      'Perf\n| where TimeGenerated > ago(7d)\n| where (ObjectName == "Logical Disk" or ObjectName == "LogicalDisk") and CounterName contains "%" and InstanceName != "_Total" and InstanceName != "HarddiskVolume1"\n| project TimeGenerated, Computer, ObjectName, CounterName, InstanceName, CounterValue \n| summarize arg_max(TimeGenerated, *) by Computer\n| top 10 by CounterValue desc',
    columns: ['Computer', 'TimeGenerated', 'ObjectName', 'CounterName', 'InstanceName', 'CounterValue'],
  },
  {
    id: 'perf-cpu-growth-from-last-week',
    source: PERF,
    adapted: 'processor time of the demo computers instead of K8SContainer cpuUsageNanoCores',
    query:
      'Perf\n| where TimeGenerated > ago(7d)\n| where ObjectName == "Processor" and CounterName == "% Processor Time"\n| summarize ThisWeekAvgCPU = avg(CounterValue) by InstanceName, _ResourceId\n| join kind= leftouter (\n    Perf\n    | where TimeGenerated > ago(14d) and TimeGenerated <= ago(7d)\n    | where ObjectName == "Processor" and CounterName == "% Processor Time"\n    | summarize PrevWeekAvgCPU = avg(CounterValue) by InstanceName, _ResourceId\n) on InstanceName, _ResourceId\n| extend ThisWeekAvgCPU = round(ThisWeekAvgCPU,0) \n| extend PrevWeekAvgCPU = round(iff(isempty(PrevWeekAvgCPU),0.0,PrevWeekAvgCPU),0)\n| extend AvgCPUGrowth = round(ThisWeekAvgCPU - PrevWeekAvgCPU , 0)\n| project-away InstanceName1\n| order by AvgCPUGrowth desc',
    columns: ['InstanceName', '_ResourceId', 'ThisWeekAvgCPU', '_ResourceId1', 'PrevWeekAvgCPU', 'AvgCPUGrowth'],
  },
  {
    id: 'get-started-count-by-object',
    source: GET_STARTED,
    query: 'Perf\n| where TimeGenerated > ago(1h)\n| summarize count() by ObjectName',
    columns: ['ObjectName', 'count_'],
  },
  {
    id: 'get-started-count-by-object-and-counter',
    source: GET_STARTED,
    query: 'Perf\n| where TimeGenerated > ago(1h)\n| summarize count() by ObjectName, CounterName',
    columns: ['ObjectName', 'CounterName', 'count_'],
  },
  {
    id: 'get-started-avg-by-computer-and-counter',
    source: GET_STARTED,
    query: 'Perf\n| where TimeGenerated > ago(1h)\n| summarize avg(CounterValue) by Computer, CounterName',
    columns: ['Computer', 'CounterName', 'avg_CounterValue'],
  },
  {
    id: 'get-started-available-memory-hourly',
    source: GET_STARTED,
    adapted: 'a demo computer name',
    query:
      'Perf \n| where TimeGenerated > ago(7d)\n| where Computer == "DC01.corp.contoso.com" \n| where CounterName == "Available MBytes" \n| summarize avg(CounterValue) by bin(TimeGenerated, 1h)',
    columns: ['TimeGenerated', 'avg_CounterValue'],
  },
  // Microsoft Sentinel tutorial (Kusto documentation)
  {
    id: 'sentinel-tutorial-cities',
    source: SENTINEL_TASKS,
    query:
      "SigninLogs\n| evaluate bag_unpack(LocationDetails)\n| where RiskLevelDuringSignIn == 'none'\n   and TimeGenerated >= ago(7d)\n| summarize Count = count() by city\n| sort by Count desc\n| take 5",
    columns: ['city', 'Count'],
  },
  {
    id: 'sentinel-tutorial-sort-take',
    source: SENTINEL_TASKS,
    query: 'SigninLogs\n| where TimeGenerated >= ago(7d)\n| sort by TimeGenerated, Identity desc\n| take 5',
    columns: SIGNIN_LOGS_COLUMNS,
  },
  {
    id: 'sentinel-tutorial-top',
    source: SENTINEL_TASKS,
    query: 'SigninLogs\n| top 5 by TimeGenerated desc',
    columns: SIGNIN_LOGS_COLUMNS,
  },
  {
    id: 'sentinel-tutorial-count-and-sum',
    source: SENTINEL_TASKS,
    query:
      'Perf\n| project ObjectName, CounterValue , CounterName\n| summarize Count = count(), CounterSum = sum(CounterValue) by CounterName, ObjectName\n| sort by ObjectName asc',
    columns: ['CounterName', 'ObjectName', 'Count', 'CounterSum'],
  },
  {
    id: 'sentinel-tutorial-project-away',
    source: SENTINEL_TASKS,
    adapted: 'MG dropped from the list (not a column of the demo Perf table)',
    query: 'Perf\n| project-away _ResourceId, Type\n| take 5',
    columns: [
      'TenantId', 'Computer', 'ObjectName', 'CounterName', 'InstanceName', 'CounterValue', 'TimeGenerated',
      'CounterPath', 'SourceSystem', 'Min', 'Max', 'SampleCount', 'BucketStartTime', 'BucketEndTime',
      'StandardDeviation',
    ],
  },
  {
    id: 'sentinel-tutorial-let',
    source: SENTINEL_TASKS,
    adapted: 'a take added to keep the result small',
    query: 'let aWeekAgo = ago(7d);\nlet getSignins = SigninLogs\n| where TimeGenerated >= aWeekAgo;\ngetSignins\n| take 5',
    columns: SIGNIN_LOGS_COLUMNS,
  },
  // SigninLogs
  {
    id: 'signin-all-events',
    source: SIGNIN,
    query: 'SigninLogs\n| project UserDisplayName, Identity,UserPrincipalName,  AppDisplayName, AppId, ResourceDisplayName',
    columns: ['UserDisplayName', 'Identity', 'UserPrincipalName', 'AppDisplayName', 'AppId', 'ResourceDisplayName'],
  },
  {
    id: 'signin-resources-accessed-by-user',
    source: SIGNIN,
    adapted: 'a demo user principal name',
    query:
      'let v_Users_UPN = "minjun.kim@contoso-demo.onmicrosoft.com";\nSigninLogs\n| where UserPrincipalName == v_Users_UPN\n| summarize Count=count()  by ResourceDisplayName, AppDisplayName',
    columns: ['ResourceDisplayName', 'AppDisplayName', 'Count'],
  },
  {
    id: 'signin-user-count-per-resource',
    source: SIGNIN,
    query:
      'SigninLogs\n| project UserDisplayName, Identity,UserPrincipalName,  AppDisplayName, AppId, ResourceDisplayName\n| summarize UserCount=dcount(UserPrincipalName) by ResourceDisplayName',
    columns: ['ResourceDisplayName', 'UserCount'],
  },
  {
    id: 'signin-failed-reasons',
    source: SIGNIN,
    query: 'SigninLogs\n| where ResultType != 0\n| summarize Count=count() by ResultDescription, ResultType\n| sort by Count desc nulls last',
    columns: ['ResultDescription', 'ResultType', 'Count'],
  },
  {
    id: 'signin-failed-mfa-challenge',
    source: SIGNIN,
    query:
      'SigninLogs\n| where ResultType == 50074\n| project UserDisplayName, Identity,UserPrincipalName, ResultDescription,  AppDisplayName, AppId, ResourceDisplayName\n| summarize FailureCount=count(), FailedResources=dcount(ResourceDisplayName), ResultDescription=any(ResultDescription) by UserDisplayName',
    columns: ['UserDisplayName', 'FailureCount', 'FailedResources', 'ResultDescription'],
  },
  {
    id: 'signin-failed-login-count',
    source: SIGNIN,
    query: 'SigninLogs\n| where ResultType !=0\n| summarize FailedLoginCount=count() by ResourceDisplayName\n| sort by FailedLoginCount desc nulls last',
    columns: ['ResourceDisplayName', 'FailedLoginCount'],
  },
  {
    id: 'signin-locations',
    source: SIGNIN,
    query: 'SigninLogs\n| summarize Successful=countif(ResultType==0), Failed=countif(ResultType!=0) by Location',
    columns: ['Location', 'Successful', 'Failed'],
  },
  {
    id: 'signin-logins-to-resource',
    source: SIGNIN,
    query:
      'SigninLogs\n| where ResourceDisplayName == "Windows Azure Service Management API"\n| project TimeGenerated, UserDisplayName, Identity,UserPrincipalName,  AppDisplayName, Success=iff(ResultType==0, "Success", "Fail")',
    columns: ['TimeGenerated', 'UserDisplayName', 'Identity', 'UserPrincipalName', 'AppDisplayName', 'Success'],
  },
  // AzureActivity
  {
    id: 'activity-latest-50',
    source: ACTIVITY,
    query: 'AzureActivity \n| top 50 by TimeGenerated desc',
    columns: [
      'TenantId', 'SourceSystem', 'CallerIpAddress', 'CategoryValue', 'CorrelationId', 'Authorization',
      'Authorization_d', 'Level', 'OperationNameValue', 'Properties', 'Properties_d', 'Caller', 'EventDataId',
      'EventSubmissionTimestamp', 'HTTPRequest', 'OperationId', 'ResourceGroup', 'ResourceProviderValue',
      'ActivityStatusValue', 'ActivitySubstatusValue', 'Hierarchy', 'TimeGenerated', 'SubscriptionId', 'OperationName',
      'Category', 'ResourceId', 'ResourceProvider', 'Resource', 'Type', '_ResourceId',
    ],
  },
  {
    id: 'activity-operations-status',
    source: ACTIVITY,
    query: 'AzureActivity \n| summarize arg_max(TimeGenerated, *) by OperationName',
    columns: [
      'OperationName', 'TimeGenerated', 'TenantId', 'SourceSystem', 'CallerIpAddress', 'CategoryValue',
      'CorrelationId', 'Authorization', 'Authorization_d', 'Level', 'OperationNameValue', 'Properties', 'Properties_d',
      'Caller', 'EventDataId', 'EventSubmissionTimestamp', 'HTTPRequest', 'OperationId', 'ResourceGroup',
      'ResourceProviderValue', 'ActivityStatusValue', 'ActivitySubstatusValue', 'Hierarchy', 'SubscriptionId',
      'Category', 'ResourceId', 'ResourceProvider', 'Resource', 'Type', '_ResourceId',
    ],
  },
  {
    id: 'activity-recent-errors',
    source: ACTIVITY,
    adapted: 'ActivityStatusValue for the retired ActivityStatus column',
    query:
      'AzureActivity \n| where Level == "Error" or Level == "Warning"\n| project TimeGenerated, Level, ResourceProvider, ActivityStatusValue, Caller, Category, Properties, CorrelationId',
    columns: [
      'TimeGenerated', 'Level', 'ResourceProvider', 'ActivityStatusValue', 'Caller', 'Category', 'Properties',
      'CorrelationId',
    ],
  },
  {
    id: 'activity-resources-creation',
    source: ACTIVITY,
    query:
      'AzureActivity\n| where OperationNameValue has "Microsoft.Resources/deployments/write"\n| where CategoryValue == "Administrative"\n| where ActivityStatusValue == "Success"\n| project Caller, TimeGenerated, _ResourceId',
    columns: ['Caller', 'TimeGenerated', '_ResourceId'],
  },
  {
    id: 'activity-top-50-events',
    source: ACTIVITY,
    query:
      'AzureActivity\n| project TimeGenerated, SubscriptionId, ResourceGroup,ResourceProviderValue,OperationNameValue,CategoryValue,CorrelationId,ActivityStatusValue, ActivitySubstatusValue, Properties_d, Caller\n| top 50 by TimeGenerated',
    columns: [
      'TimeGenerated', 'SubscriptionId', 'ResourceGroup', 'ResourceProviderValue', 'OperationNameValue',
      'CategoryValue', 'CorrelationId', 'ActivityStatusValue', 'ActivitySubstatusValue', 'Properties_d', 'Caller',
    ],
  },
  {
    id: 'activity-vm-creation',
    source: ACTIVITY,
    query:
      'AzureActivity\n| where TimeGenerated >= ago(1d)\n| where OperationNameValue == "MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE" and ActivityStatusValue == "Start"\n| where Authorization_d.action == "Microsoft.Compute/virtualMachines/write"\n| project OperationNameValue, ActivityStatusValue, VM_Name=Properties_d.resource, ResourceGroup, SubscriptionId, Created_By=Caller',
    columns: ['OperationNameValue', 'ActivityStatusValue', 'VM_Name', 'ResourceGroup', 'SubscriptionId', 'Created_By'],
  },
  {
    id: 'activity-policy-events',
    source: ACTIVITY,
    query:
      'AzureActivity\n| project TimeGenerated, SubscriptionId, ResourceProviderValue, OperationNameValue, Caller, CategoryValue, CorrelationId, ActivityStatusValue, Properties_d\n| where OperationNameValue has "audit"\n| top 100 by TimeGenerated desc',
    columns: [
      'TimeGenerated', 'SubscriptionId', 'ResourceProviderValue', 'OperationNameValue', 'Caller', 'CategoryValue',
      'CorrelationId', 'ActivityStatusValue', 'Properties_d',
    ],
  },
  {
    id: 'activity-callers-last-48h',
    source: ACTIVITY,
    query: 'AzureActivity\n| where TimeGenerated > ago(2d)\n| project Caller, OperationNameValue, ActivityStatusValue, CategoryValue\n| where Caller has "@"',
    columns: ['Caller', 'OperationNameValue', 'ActivityStatusValue', 'CategoryValue'],
  },
  {
    id: 'activity-key-enumeration',
    source: ACTIVITY,
    adapted: 'ActivityStatusValue == "Success" for the retired ActivityStatus == "Succeeded"',
    query:
      'AzureActivity\n| where OperationName == "List Storage Account Keys"\n| where ActivityStatusValue == "Success"\n| project TimeGenerated, Caller, CallerIpAddress, OperationName',
    columns: ['TimeGenerated', 'Caller', 'CallerIpAddress', 'OperationName'],
  },
  {
    id: 'activity-operation-statistics',
    source: ACTIVITY,
    query: 'AzureActivity\n| summarize Count=count() by OperationName, _ResourceId\n| sort by Count desc nulls last',
    columns: ['OperationName', '_ResourceId', 'Count'],
  },
  // Syslog
  {
    id: 'syslog-kernel-killed-process',
    source: SYSLOG,
    query: 'Syslog\n| where ProcessName == "kernel" and SyslogMessage contains "Killed process"',
    columns: SYSLOG_COLUMNS,
  },
  {
    id: 'syslog-last-100',
    source: SYSLOG,
    query: 'Syslog \n| top 100 by TimeGenerated desc',
    columns: SYSLOG_COLUMNS,
  },
  {
    id: 'syslog-errors',
    source: SYSLOG,
    query: 'Syslog \n| where SeverityLevel == "err" or  SeverityLevel == "error"\n| top 100 by TimeGenerated desc',
    columns: SYSLOG_COLUMNS,
  },
  {
    id: 'syslog-by-facility',
    source: SYSLOG,
    query: 'Syslog \n| summarize count() by Facility',
    columns: ['Facility', 'count_'],
  },
  {
    id: 'syslog-by-process',
    source: SYSLOG,
    query: 'Syslog \n| summarize count() by ProcessName',
    columns: ['ProcessName', 'count_'],
  },
  {
    id: 'syslog-failed-ssh-logons',
    source: SYSLOG,
    query:
      "Syslog\n| where (Facility == 'authpriv' and SyslogMessage has 'sshd:auth' and SyslogMessage has 'authentication failure') or (Facility == 'auth' and ((SyslogMessage has 'Failed' and SyslogMessage has 'invalid user' and SyslogMessage has 'ssh2') or SyslogMessage has 'error: PAM: Authentication failure'))\n| summarize count() by Computer",
    columns: ['Computer', 'count_'],
  },
  {
    id: 'syslog-failed-sudo-logons',
    source: SYSLOG,
    query:
      "Syslog\n| where (Facility == 'authpriv' and SyslogMessage has 'sudo:auth' and (SyslogMessage has 'authentication failure' or SyslogMessage has 'conversation failed')) or ((Facility == 'auth' or Facility == 'authpriv') and SyslogMessage has 'user NOT in sudoers')\n| summarize count() by Computer",
    columns: ['Computer', 'count_'],
  },
  // AppRequests, AppExceptions
  {
    id: 'requests-response-time-trend',
    source: REQUESTS,
    query:
      'AppRequests\n| where TimeGenerated > ago(12h) \n| summarize avgRequestDuration=avg(DurationMs) by bin(TimeGenerated, 10m), _ResourceId // use a time grain of 10 minutes\n| render timechart',
    columns: ['TimeGenerated', '_ResourceId', 'avgRequestDuration'],
  },
  {
    id: 'requests-count-trend',
    source: REQUESTS,
    query: 'AppRequests\n| summarize totalCount=sum(ItemCount) by bin(TimeGenerated, 30m), _ResourceId\n| render timechart',
    columns: ['TimeGenerated', '_ResourceId', 'totalCount'],
  },
  {
    id: 'requests-operations-performance',
    source: REQUESTS,
    query:
      "AppRequests\n| summarize RequestsCount=sum(ItemCount), AverageDuration=avg(DurationMs), percentiles(DurationMs, 50, 95, 99) by OperationName, _ResourceId // you can replace 'OperationName' with another value to segment by a different property\n| order by RequestsCount desc // order from highest to lower (descending)",
    columns: [
      'OperationName', '_ResourceId', 'RequestsCount', 'AverageDuration', 'percentile_DurationMs_50',
      'percentile_DurationMs_95', 'percentile_DurationMs_99',
    ],
  },
  {
    id: 'requests-top-countries',
    source: REQUESTS,
    query: 'AppRequests\n| summarize CountByCountry=count() by ClientCountryOrRegion\n| top 10 by CountByCountry\n| render piechart',
    columns: ['ClientCountryOrRegion', 'CountByCountry'],
  },
  {
    id: 'requests-failed-top-10',
    source: REQUESTS,
    query: 'AppRequests\n| where Success == false\n| summarize failedCount=sum(ItemCount) by Name\n| top 10 by failedCount desc\n| render barchart',
    columns: ['Name', 'failedCount'],
  },
  {
    id: 'requests-failed-operations',
    source: REQUESTS,
    query:
      'AppRequests\n| where Success == false\n| summarize failedCount=sum(ItemCount), impactedUsers=dcount(UserId) by OperationName, _ResourceId\n| order by failedCount desc',
    columns: ['OperationName', '_ResourceId', 'failedCount', 'impactedUsers'],
  },
  {
    id: 'requests-exceptions-causing-failures',
    source: REQUESTS,
    adapted: 'the last day instead of the last hour',
    query:
      'AppRequests\n| where TimeGenerated > ago(1d) and Success == false\n| join kind= inner (\nAppExceptions\n| where TimeGenerated > ago(1d)\n) on OperationId\n| project exceptionType = Type, failedMethod = Method, requestName = Name, requestDuration = DurationMs, _ResourceId',
    columns: ['exceptionType', 'failedMethod', 'requestName', 'requestDuration', '_ResourceId'],
  },
  {
    id: 'exceptions-top-3',
    source: EXCEPTIONS,
    adapted: "the demo exceptions come from servers: ClientType 'PC' and no ClientBrowser filter",
    query: "AppExceptions\n| where ClientType == 'PC'\n| summarize total_exceptions = sum(ItemCount) by ProblemId\n| top 3 by total_exceptions desc",
    columns: ['ProblemId', 'total_exceptions'],
  },
  // AzureDiagnostics
  {
    id: 'keyvault-activity',
    source: DIAGNOSTICS,
    query: 'AzureDiagnostics\n| where ResourceProvider =="MICROSOFT.KEYVAULT" \n| summarize count() by bin(TimeGenerated, 1h), OperationName // Aggregate by hour\n| render timechart',
    columns: ['TimeGenerated', 'OperationName', 'count_'],
  },
  {
    id: 'keyvault-callers',
    source: DIAGNOSTICS,
    query: 'AzureDiagnostics\n| where ResourceProvider =="MICROSOFT.KEYVAULT"\n| summarize count() by CallerIPAddress',
    columns: ['CallerIPAddress', 'count_'],
  },
  {
    id: 'keyvault-slow-requests',
    source: DIAGNOSTICS,
    query:
      'let threshold=1000; // let operator defines a constant that can be further used in the query\nAzureDiagnostics\n| where ResourceProvider =="MICROSOFT.KEYVAULT" \n| where DurationMs > threshold\n| summarize count() by OperationName, _ResourceId',
    columns: ['OperationName', '_ResourceId', 'count_'],
  },
  {
    id: 'keyvault-request-duration',
    source: DIAGNOSTICS,
    query: 'AzureDiagnostics\n| where ResourceProvider =="MICROSOFT.KEYVAULT" \n| summarize avg(DurationMs) by requestUri_s, bin(TimeGenerated, 1h) // requestUri_s contains the URI of the request\n| render timechart',
    columns: ['requestUri_s', 'TimeGenerated', 'avg_DurationMs'],
  },
  {
    id: 'keyvault-failures',
    source: DIAGNOSTICS,
    query:
      'AzureDiagnostics\n| where ResourceProvider =="MICROSOFT.KEYVAULT" \n| where httpStatusCode_d >= 300 and not(OperationName == "Authentication" and httpStatusCode_d == 401)\n| summarize count() by requestUri_s, ResultSignature, _ResourceId',
    columns: ['requestUri_s', 'ResultSignature', '_ResourceId', 'count_'],
  },
  {
    id: 'appgateway-failed-requests-per-hour',
    source: DIAGNOSTICS,
    query:
      'AzureDiagnostics\n| where ResourceType == "APPLICATIONGATEWAYS" and OperationName == "ApplicationGatewayAccess" and httpStatus_d > 399\n| summarize AggregatedValue = count() by bin(TimeGenerated, 1h), _ResourceId\n| render timechart',
    columns: ['TimeGenerated', '_ResourceId', 'AggregatedValue'],
  },
  {
    id: 'appgateway-errors-by-user-agent',
    source: DIAGNOSTICS,
    query:
      'AzureDiagnostics\n| where ResourceType == "APPLICATIONGATEWAYS" and OperationName == "ApplicationGatewayAccess" and httpStatus_d > 399\n| summarize AggregatedValue = count() by userAgent_s, _ResourceId\n| sort by AggregatedValue desc',
    columns: ['userAgent_s', '_ResourceId', 'AggregatedValue'],
  },
  {
    id: 'appgateway-top-client-ips',
    source: DIAGNOSTICS,
    query:
      'AzureDiagnostics\n| where ResourceType == "APPLICATIONGATEWAYS" and OperationName == "ApplicationGatewayAccess"\n| summarize AggregatedValue = count() by clientIP_s\n| top 10 by AggregatedValue',
    columns: ['clientIP_s', 'AggregatedValue'],
  },
  {
    id: 'appgateway-http-versions',
    source: DIAGNOSTICS,
    query:
      'AzureDiagnostics\n| where ResourceType == "APPLICATIONGATEWAYS" and OperationName == "ApplicationGatewayAccess"\n| summarize AggregatedValue = count() by httpVersion_s\n| top 10 by AggregatedValue',
    columns: ['httpVersion_s', 'AggregatedValue'],
  },
  {
    id: 'waf-requests-by-ip',
    source: WAF,
    query:
      'AzureDiagnostics\n| where ResourceProvider == "MICROSOFT.NETWORK" and Category == "ApplicationGatewayFirewallLog"\n| summarize count() by clientIp_s, bin(TimeGenerated, 1m)\n| render timechart',
    columns: ['clientIp_s', 'TimeGenerated', 'count_'],
  },
  {
    id: 'waf-top-matched-rules',
    source: WAF,
    adapted: 'a 1-hour bin instead of 1 minute, so the demo rules pass the threshold',
    query:
      'AzureDiagnostics\n| where ResourceProvider == "MICROSOFT.NETWORK" and Category == "ApplicationGatewayFirewallLog"\n| summarize count() by ruleId_s, bin(TimeGenerated, 1h)\n| where count_ > 10\n| render timechart',
    columns: ['ruleId_s', 'TimeGenerated', 'count_'],
  },
  {
    id: 'waf-top-rule-groups',
    source: WAF,
    adapted: 'ruleName_s for details_file_s, which the demo firewall log does not carry',
    query:
      'AzureDiagnostics\n| where ResourceProvider == "MICROSOFT.NETWORK" and Category == "ApplicationGatewayFirewallLog"\n| summarize Count=count() by ruleName_s, action_s\n| top 5 by Count desc\n| render piechart',
    columns: ['ruleName_s', 'action_s', 'Count'],
  },
  // Microsoft Sentinel hunting and detection queries
  {
    id: 'sentinel-legacy-auth',
    source: `${SENTINEL}Hunting%20Queries/SigninLogs/LegacyAuthAttempt.yaml`,
    adapted: 'excerpt: the sign-in part, without the lookback join and the UEBA tables; a fixed 7-day window for the template times',
    query:
      'let legacy_auth_protocols = dynamic(["Authenticated SMTP", "AutoDiscover", "Exchange ActiveSync", "Exchange Online PowerShell", "Exchange Web Services", "IMAP4", "MAPI Over HTTP", "Outlook Anywhere (RPC over HTTP)", "Outlook Service", "POP3", "Reporting Web Services", "Other clients"]);\nSigninLogs\n| where TimeGenerated >= ago(7d)\n| where ResultType == 0\n| extend ClientAppUsed = iff(isempty(ClientAppUsed)==true,"Unknown" ,ClientAppUsed)\n| extend isLegacyAuth = iff(ClientAppUsed in (legacy_auth_protocols), "Yes", "No")\n| where isLegacyAuth=="Yes"\n| extend OS = DeviceDetail.operatingSystem, Browser = DeviceDetail.browser\n| extend LocationString= strcat(tostring(LocationDetails["countryOrRegion"]), "/",\ntostring(LocationDetails["state"]), "/", tostring(LocationDetails["city"]))\n| summarize StartTime = min(TimeGenerated), EndTime = max(TimeGenerated), AttemptCount = count()\nby UserPrincipalName, ClientAppUsed, AppDisplayName, IPAddress, isLegacyAuth, tostring(OS), tostring(Browser), LocationString\n| sort by AttemptCount desc nulls last',
    columns: [
      'UserPrincipalName', 'ClientAppUsed', 'AppDisplayName', 'IPAddress', 'isLegacyAuth', 'OS', 'Browser',
      'LocationString', 'StartTime', 'EndTime', 'AttemptCount',
    ],
  },
  {
    id: 'sentinel-suspected-brute-force',
    source: `${SENTINEL}Hunting%20Queries/SigninLogs/AADSuspectedBruteForce.yaml`,
    adapted: 'SigninLogs only (the demo has no AADNonInteractiveUserSignInLogs); a threshold of 10 failures',
    query:
      'let successCodes = dynamic(["0", "50125", "50140", "70043", "70044"]);\nlet aadFunc = (tableName:string){\n  table(tableName)\n  | extend FailureOrSuccess = iff(ResultType in (successCodes), "Success", "Failure")\n  | summarize FailureCount = countif(FailureOrSuccess=="Failure"), SuccessCount = countif(FailureOrSuccess=="Success") by bin(TimeGenerated, 1h),UserPrincipalName, IPAddress\n  | where FailureCount > 10\n  | where SuccessCount > 0\n  | order by UserPrincipalName, TimeGenerated asc\n  | extend AccountCustomEntity = UserPrincipalName, IPCustomEntity = IPAddress\n};\nlet aadSignin = aadFunc("SigninLogs");\naadSignin',
    columns: [
      'TimeGenerated', 'UserPrincipalName', 'IPAddress', 'FailureCount', 'SuccessCount', 'AccountCustomEntity',
      'IPCustomEntity',
    ],
  },
  {
    id: 'sentinel-unusual-logon-times',
    source: `${SENTINEL}Hunting%20Queries/SigninLogs/UserAccounts-UnusualLogonTimes.yaml`,
    adapted: 'excerpt: the historical baseline (HistLogons) with a fixed 14-day window for the template times',
    query:
      'let userthreshold = 25;\nSigninLogs\n| where IsInteractive == true\n| where TimeGenerated between (startofday(ago(14d))..startofday(ago(1d)))\n| extend HourOfLogin = hourofday(TimeGenerated), DayNumberofWeek = dayofweek(TimeGenerated)\n| extend DayofWeek = case(\n  DayNumberofWeek == "00:00:00", "Sunday", \n  DayNumberofWeek == "1.00:00:00", "Monday", \n  DayNumberofWeek == "2.00:00:00", "Tuesday", \n  DayNumberofWeek == "3.00:00:00", "Wednesday", \n  DayNumberofWeek == "4.00:00:00", "Thursday", \n  DayNumberofWeek == "5.00:00:00", "Friday", \n  DayNumberofWeek == "6.00:00:00", "Saturday","InvalidTimeStamp")\n| summarize UserCount = dcount(UserPrincipalName) by HourOfLogin, Location, DayofWeek\n| where UserCount > userthreshold',
    columns: ['HourOfLogin', 'Location', 'DayofWeek', 'UserCount'],
  },
  {
    id: 'sentinel-spike-in-failed-signins-baseline',
    source: `${SENTINEL}Hunting%20Queries/SigninLogs/SpikeInFailedSignInAttempts.yaml`,
    adapted: 'excerpt: the per-user hourly aggregation the query joins the anomalies with',
    query:
      'SigninLogs\n| summarize ResultTypeCount=count(),ResultTypes=make_set(ResultType), Locations=make_set(Location), Apps=make_set(AppDisplayName), Ips=make_set( IPAddress) by UserPrincipalName, bin(TimeGenerated, 1h)',
    columns: ['UserPrincipalName', 'TimeGenerated', 'ResultTypeCount', 'ResultTypes', 'Locations', 'Apps', 'Ips'],
  },
  {
    id: 'sentinel-signin-burst-top-locations',
    source: `${SENTINEL}Hunting%20Queries/SigninLogs/signinBurstFromMultipleLocations.yaml`,
    adapted: 'excerpt: the top-100 locations subquery',
    query:
      'SigninLogs\n  | extend locationString= strcat(tostring(LocationDetails["countryOrRegion"]), "/", \n  tostring(LocationDetails["state"]), "/", tostring(LocationDetails["city"]))\n  | where locationString != "//"\n  | summarize count() by locationString\n  | order by count_ desc\n  | take 100',
    columns: ['locationString', 'count_'],
  },
  {
    id: 'sentinel-bulk-password-reset',
    source: `${SENTINEL}Hunting%20Queries/AuditLogs/BulkPasswordResetByActor.yaml`,
    query:
      'let timeframe = 1d;\nlet resetThreshold = 3;\nlet correlationWindow = 1h;\nAuditLogs\n| where TimeGenerated >= ago(timeframe)\n| where OperationName in~ (\n      "Reset password (by admin)",\n      "Reset user password",\n      "Reset password"\n  )\n| where Result =~ "success"\n| extend ActorUpn = tostring(InitiatedBy.user.userPrincipalName)\n| extend ActorApp = tostring(InitiatedBy.app.displayName)\n| extend ActorIp  = iff(\n      isnotempty(tostring(InitiatedBy.user.ipAddress)),\n      tostring(InitiatedBy.user.ipAddress),\n      tostring(InitiatedBy.app.ipAddress))\n| extend Actor      = iff(isnotempty(ActorUpn), ActorUpn, ActorApp)\n| extend TargetUpn  = tostring(TargetResources[0].userPrincipalName)\n| where isnotempty(Actor) and Actor != TargetUpn\n| summarize\n    ResetCount    = dcount(TargetUpn),\n    TargetAccounts = make_set(TargetUpn, 20),\n    FirstReset     = min(TimeGenerated),\n    LastReset      = max(TimeGenerated),\n    ActorIp        = take_any(ActorIp)\n    by Actor, bin(TimeGenerated, correlationWindow)\n| where ResetCount >= resetThreshold\n| extend AccountName      = iff(Actor has "@", tostring(split(Actor, "@")[0]), Actor)\n| extend AccountUPNSuffix = iff(Actor has "@", tostring(split(Actor, "@")[1]), "")\n| project\n    TimeGenerated,\n    Actor,\n    AccountName,\n    AccountUPNSuffix,\n    ResetCount,\n    TargetAccounts,\n    FirstReset,\n    LastReset,\n    ActorIp\n| sort by ResetCount desc',
    columns: [
      'TimeGenerated', 'Actor', 'AccountName', 'AccountUPNSuffix', 'ResetCount', 'TargetAccounts', 'FirstReset',
      'LastReset', 'ActorIp',
    ],
  },
  {
    id: 'sentinel-rare-audit-activity-by-user',
    source: `${SENTINEL}Hunting%20Queries/AuditLogs/RareAuditActivityByUser.yaml`,
    adapted: 'excerpt: the current-day modifications (AccountMods), before the join with the 14-day trail',
    query:
      'let current = 1d;\nAuditLogs \n| where TimeGenerated >= ago(current)\n| extend InitiatedByUser = tostring(parse_json(tostring(InitiatedBy.user)).userPrincipalName)\n| where isnotempty(InitiatedByUser)\n| extend InitiatedByIPAddress = tostring(parse_json(tostring(InitiatedBy.user)).ipAddress)\n| extend ModProps = TargetResources.[0].modifiedProperties\n| extend UserPrincipalName = tolower(tostring(TargetResources.[0].userPrincipalName))\n| extend TargetResourceName = tolower(tostring(TargetResources.[0].displayName))\n| mvexpand ModProps\n| extend PropertyName = tostring(ModProps.displayName), newValue = replace("\\"","",tostring(ModProps.newValue))\n| extend ModifiedProps = pack("PropertyName",PropertyName,"newValue",newValue, "Id", Id, "CorrelationId", CorrelationId) \n| summarize StartTimeUtc = min(TimeGenerated), EndTimeUtc = max(TimeGenerated), Activity = make_bag(ModifiedProps) by Type, InitiatedByUser, InitiatedByIPAddress, UserPrincipalName, Category, OperationName, PropertyName, newValue, TargetResourceName',
    columns: [
      'Type', 'InitiatedByUser', 'InitiatedByIPAddress', 'UserPrincipalName', 'Category', 'OperationName',
      'PropertyName', 'newValue', 'TargetResourceName', 'StartTimeUtc', 'EndTimeUtc', 'Activity',
    ],
  },
  {
    id: 'sentinel-storage-key-enumeration',
    source: `${SENTINEL}Solutions/Azure%20Activity/Hunting%20Queries/Anomalous_Listing_Of_Storage_Keys.yaml`,
    adapted: 'excerpt: the summary of key listings, without the autocluster join; "Success" as the demo status value',
    query:
      'AzureActivity\n| where OperationNameValue =~ "microsoft.storage/storageaccounts/listkeys/action"\n| where ActivityStatusValue =~ "Success" \n| summarize StartTime = min(TimeGenerated), EndTime = max(TimeGenerated), ResourceIds = make_set(ResourceId,100), ResourceIdCount = dcount(ResourceId) by OperationNameValue, Caller, CallerIpAddress\n| extend Name = tostring(split(Caller,\'@\',0)[0]), UPNSuffix = tostring(split(Caller,\'@\',1)[0])',
    columns: [
      'OperationNameValue', 'Caller', 'CallerIpAddress', 'StartTime', 'EndTime', 'ResourceIds', 'ResourceIdCount',
      'Name', 'UPNSuffix',
    ],
  },
  {
    id: 'sentinel-nsg-administrative-operations',
    source: `${SENTINEL}Solutions/Azure%20Activity/Hunting%20Queries/AzureNSG_AdministrativeOperations.yaml`,
    adapted: 'the security-rule write operation the demo records added to the list',
    query:
      'let opValues = dynamic(["Microsoft.Network/networkSecurityGroups/write", "Microsoft.Network/networkSecurityGroups/delete", "Microsoft.Network/networkSecurityGroups/securityRules/write"]);\nAzureActivity\n| where Category =~ "Administrative"\n| where OperationNameValue in~ (opValues)\n| where ActivitySubstatusValue in~ ("Created", "OK","Accepted")\n| sort by TimeGenerated desc\n| extend Name = tostring(split(Caller,\'@\',0)[0]), UPNSuffix = tostring(split(Caller,\'@\',1)[0])',
    columns: [
      'TenantId', 'SourceSystem', 'CallerIpAddress', 'CategoryValue', 'CorrelationId', 'Authorization',
      'Authorization_d', 'Level', 'OperationNameValue', 'Properties', 'Properties_d', 'Caller', 'EventDataId',
      'EventSubmissionTimestamp', 'HTTPRequest', 'OperationId', 'ResourceGroup', 'ResourceProviderValue',
      'ActivityStatusValue', 'ActivitySubstatusValue', 'Hierarchy', 'TimeGenerated', 'SubscriptionId', 'OperationName',
      'Category', 'ResourceId', 'ResourceProvider', 'Resource', 'Type', '_ResourceId', 'Name', 'UPNSuffix',
    ],
  },
  {
    id: 'sentinel-anomalous-number-of-resources',
    source: `${SENTINEL}Solutions/Azure%20Activity/Hunting%20Queries/Creating_Anomalous_Number_Of_Resources.yaml`,
    adapted: '"Success" as the demo status value',
    query:
      'AzureActivity\n| where OperationNameValue in~ ("microsoft.compute/virtualMachines/write", "microsoft.resources/deployments/write")\n| where ActivityStatusValue == "Success" \n| make-series dcount(ResourceId)  default=0 on EventSubmissionTimestamp in range(ago(7d), now(), 1d) by Caller\n| extend Name = tostring(split(Caller,\'@\',0)[0]), UPNSuffix = tostring(split(Caller,\'@\',1)[0])',
    columns: ['Caller', 'dcount_ResourceId', 'EventSubmissionTimestamp', 'Name', 'UPNSuffix'],
  },
  {
    id: 'sentinel-granting-permissions',
    source: `${SENTINEL}Solutions/Azure%20Activity/Hunting%20Queries/Granting_Permissions_to_Account.yaml`,
    adapted: 'excerpt: the right side of the join (the basket plugin is left out); "Success" as the demo status value',
    query:
      'AzureActivity\n| where OperationName == "Create role assignment"\n| where ActivityStatusValue == "Success"\n| summarize StartTime = min(TimeGenerated), EndTime = max(TimeGenerated) by Caller, CallerIpAddress',
    columns: ['Caller', 'CallerIpAddress', 'StartTime', 'EndTime'],
  },
  {
    id: 'sentinel-rare-process-linux',
    source: `${SENTINEL}Hunting%20Queries/Syslog/RareProcess_ForLxHost.yaml`,
    adapted: 'excerpt: the per-host process counts (basic), without materialize and the join with the averages',
    query:
      'let starttime = 7d;\nlet endtime = 1m;\nlet lookback = 30d;\nlet count_threshold = 100;\nSyslog\n  | where TimeGenerated >= ago(lookback)\n  | summarize FullCount = count()\n              , Count= countif(TimeGenerated between (ago(starttime) .. ago(endtime)))\n              , min_TimeGenerated=min(TimeGenerated)\n              , max_TimeGenerated=max(TimeGenerated) \n                    by Computer, ProcessName\n  | where Count > 0 and Count < count_threshold',
    columns: ['Computer', 'ProcessName', 'FullCount', 'Count', 'min_TimeGenerated', 'max_TimeGenerated'],
  },
  {
    id: 'sentinel-ssh-potential-brute-force',
    source: `${SENTINEL}Detections/Syslog/ssh_potentialBruteForce.yaml`,
    query:
      'let timeframe = 1d;\nlet threshold = 15;\nSyslog\n| where TimeGenerated >= ago(timeframe)\n| where SyslogMessage contains "Failed password for invalid user"\n| where SyslogMessage contains "ssh2" \n| parse kind=relaxed SyslogMessage with * "invalid user" user " from " ip " port" port " ssh2"\n| project user, ip, port, SyslogMessage, EventTime\n| summarize count() by ip, bin(EventTime, 4h), user\n| where count_ > threshold\n| extend timestamp = EventTime, IPCustomEntity = ip, AccountCustomEntity = user',
    columns: ['ip', 'EventTime', 'user', 'count_', 'timestamp', 'IPCustomEntity', 'AccountCustomEntity'],
  },
  {
    id: 'sentinel-unfamiliar-and-atypical-alerts',
    source: `${SENTINEL}Detections/SecurityAlert/CorrelateIPC_Unfamiliar-Atypical.yaml`,
    adapted: 'excerpt: the first alert set (Alert1)',
    query:
      'SecurityAlert\n| where AlertName == "Unfamiliar sign-in properties"\n| extend UserPrincipalName = tostring(parse_json(ExtendedProperties).["User Account"])\n| extend Alert1Time = TimeGenerated\n| extend Alert1 = AlertName\n| extend Alert1Severity = AlertSeverity',
    columns: [
      'TenantId', 'TimeGenerated', 'DisplayName', 'AlertName', 'AlertSeverity', 'Description', 'ProviderName',
      'VendorName', 'VendorOriginalId', 'SystemAlertId', 'ResourceId', 'SourceComputerId', 'AlertType',
      'ConfidenceLevel', 'ConfidenceScore', 'IsIncident', 'StartTime', 'EndTime', 'ProcessingEndTime',
      'RemediationSteps', 'ExtendedProperties', 'Entities', 'SourceSystem', 'WorkspaceSubscriptionId',
      'WorkspaceResourceGroup', 'ExtendedLinks', 'ProductName', 'ProductComponentName', 'AlertLink', 'Status',
      'CompromisedEntity', 'Tactics', 'Techniques', 'SubTechniques', 'Type', 'UserPrincipalName', 'Alert1Time',
      'Alert1', 'Alert1Severity',
    ],
  },
];
