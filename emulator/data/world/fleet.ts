// The machines reporting to the workspace: Azure VMs, AKS nodes and on-premises servers behind Azure Arc.
import { DEMO_SUBSCRIPTIONS } from '../../config.ts';
import { TICKS_PER_DAY, TICKS_PER_HOUR } from '../time.ts';
import { placeByCity, type Place } from './places.ts';

export type OsType = 'Windows' | 'Linux';

export interface Computer {
  /** Heartbeat.Computer: Windows agents report the FQDN, Linux agents the host name. */
  name: string;
  hostName: string;
  osType: OsType;
  osName: string;
  osMajorVersion: string;
  osMinorVersion: string;
  agentVersion: string;
  /** Heartbeat.Category */
  agentCategory: string;
  environment: 'Azure' | 'Non-Azure';
  privateIp: string;
  publicIp: string;
  place: Place;
  subscriptionId: string;
  resourceGroup: string;
  resourceProvider: string;
  resourceType: string;
  /** The ARM id as the agent reports it (ResourceId); _ResourceId is its lowercase form. */
  resourceId: string;
  vmUuid: string;
  role: 'domain-controller' | 'web' | 'database' | 'app' | 'file' | 'jumpbox' | 'kubernetes' | 'build' | 'collector' | 'workstation';
  /** Set for machines whose agent stopped reporting this long before now (the "silent computer" story). */
  silentForTicks?: number;
}

interface ComputerSpec {
  hostName: string;
  domain?: string;
  os: 'ws2022' | 'ws2019' | 'win11' | 'ubuntu2204' | 'ubuntu2004' | 'rhel9' | 'debian12' | 'azurelinux';
  city: string;
  environment: Computer['environment'];
  resourceGroup: string;
  role: Computer['role'];
  privateIp: string;
  vmss?: string;
  silentForTicks?: number;
}

const OPERATING_SYSTEMS: Readonly<Record<ComputerSpec['os'], { osType: OsType; osName: string; major: string; minor: string; agent: string }>> = {
  ws2022: { osType: 'Windows', osName: 'Windows Server 2022 Datacenter', major: '10', minor: '0', agent: '1.31.0.0' },
  ws2019: { osType: 'Windows', osName: 'Windows Server 2019 Standard', major: '10', minor: '0', agent: '1.29.0.0' },
  win11: { osType: 'Windows', osName: 'Windows 11 Enterprise', major: '10', minor: '0', agent: '1.31.0.0' },
  ubuntu2204: { osType: 'Linux', osName: 'Ubuntu', major: '22', minor: '04', agent: '1.33.1' },
  ubuntu2004: { osType: 'Linux', osName: 'Ubuntu', major: '20', minor: '04', agent: '1.29.4' },
  rhel9: { osType: 'Linux', osName: 'Red Hat Enterprise Linux', major: '9', minor: '4', agent: '1.33.1' },
  debian12: { osType: 'Linux', osName: 'Debian', major: '12', minor: '7', agent: '1.33.1' },
  azurelinux: { osType: 'Linux', osName: 'Azure Linux', major: '2', minor: '0', agent: '1.33.1' },
};

const CORP = 'corp.contoso.com';

const COMPUTER_SPECS: readonly ComputerSpec[] = [
  { hostName: 'DC01', domain: CORP, os: 'ws2022', city: 'Redmond', environment: 'Azure', resourceGroup: 'rg-identity', role: 'domain-controller', privateIp: '10.0.0.4' },
  { hostName: 'DC02', domain: CORP, os: 'ws2022', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'rg-identity', role: 'domain-controller', privateIp: '10.1.0.4' },
  { hostName: 'WEB-PROD-01', domain: CORP, os: 'ws2022', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'rg-prod-web', role: 'web', privateIp: '10.1.1.4' },
  { hostName: 'WEB-PROD-02', domain: CORP, os: 'ws2022', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'rg-prod-web', role: 'web', privateIp: '10.1.1.5' },
  { hostName: 'WEB-PROD-03', domain: CORP, os: 'ws2019', city: 'Redmond', environment: 'Azure', resourceGroup: 'rg-prod-web', role: 'web', privateIp: '10.0.1.6' },
  { hostName: 'SQL-PROD-01', domain: CORP, os: 'ws2022', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'rg-prod-data', role: 'database', privateIp: '10.1.2.4' },
  { hostName: 'SQL-PROD-02', domain: CORP, os: 'ws2019', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'rg-prod-data', role: 'database', privateIp: '10.1.2.5', silentForTicks: 3 * TICKS_PER_HOUR },
  { hostName: 'APP-PROD-01', domain: CORP, os: 'ws2022', city: 'Redmond', environment: 'Azure', resourceGroup: 'rg-prod-app', role: 'app', privateIp: '10.0.3.4' },
  { hostName: 'APP-PROD-02', domain: CORP, os: 'ws2022', city: 'Redmond', environment: 'Azure', resourceGroup: 'rg-prod-app', role: 'app', privateIp: '10.0.3.5' },
  { hostName: 'JUMPBOX-01', domain: CORP, os: 'ws2022', city: 'Redmond', environment: 'Azure', resourceGroup: 'rg-management', role: 'jumpbox', privateIp: '10.0.254.4' },
  { hostName: 'FILESRV-KRK-01', domain: CORP, os: 'ws2019', city: 'Kraków', environment: 'Non-Azure', resourceGroup: 'rg-arc-onprem', role: 'file', privateIp: '192.168.10.20' },
  { hostName: 'FILESRV-GRU-01', domain: CORP, os: 'ws2019', city: 'São Paulo', environment: 'Non-Azure', resourceGroup: 'rg-arc-onprem', role: 'file', privateIp: '192.168.40.20' },
  { hostName: 'WS-ZRH-0042', domain: CORP, os: 'win11', city: 'Zürich', environment: 'Non-Azure', resourceGroup: 'rg-arc-onprem', role: 'workstation', privateIp: '172.16.8.42' },
  { hostName: 'WS-MUC-0107', domain: CORP, os: 'win11', city: 'München', environment: 'Non-Azure', resourceGroup: 'rg-arc-onprem', role: 'workstation', privateIp: '172.16.12.107' },
  { hostName: 'web-nginx-01', os: 'ubuntu2204', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'rg-prod-web', role: 'web', privateIp: '10.1.1.10' },
  { hostName: 'web-nginx-02', os: 'ubuntu2204', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'rg-prod-web', role: 'web', privateIp: '10.1.1.11' },
  { hostName: 'web-nginx-03', os: 'ubuntu2204', city: 'Redmond', environment: 'Azure', resourceGroup: 'rg-prod-web', role: 'web', privateIp: '10.0.1.12' },
  { hostName: 'aks-nodepool1-31842775-vmss000000', os: 'ubuntu2204', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'mc_rg-aks_aks-contoso_westeurope', role: 'kubernetes', privateIp: '10.224.0.4', vmss: 'aks-nodepool1-31842775-vmss' },
  { hostName: 'aks-nodepool1-31842775-vmss000001', os: 'ubuntu2204', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'mc_rg-aks_aks-contoso_westeurope', role: 'kubernetes', privateIp: '10.224.0.5', vmss: 'aks-nodepool1-31842775-vmss' },
  { hostName: 'aks-nodepool1-31842775-vmss000002', os: 'ubuntu2204', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'mc_rg-aks_aks-contoso_westeurope', role: 'kubernetes', privateIp: '10.224.0.6', vmss: 'aks-nodepool1-31842775-vmss' },
  { hostName: 'aks-userpool-22071456-vmss000000', os: 'azurelinux', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'mc_rg-aks_aks-contoso_westeurope', role: 'kubernetes', privateIp: '10.224.1.4', vmss: 'aks-userpool-22071456-vmss' },
  { hostName: 'build-agent-01', os: 'ubuntu2004', city: 'Redmond', environment: 'Azure', resourceGroup: 'rg-devops', role: 'build', privateIp: '10.0.20.4' },
  { hostName: 'build-agent-02', os: 'ubuntu2004', city: 'Redmond', environment: 'Azure', resourceGroup: 'rg-devops', role: 'build', privateIp: '10.0.20.5', silentForTicks: 2 * TICKS_PER_DAY },
  { hostName: 'db-postgres-01', os: 'rhel9', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'rg-prod-data', role: 'database', privateIp: '10.1.2.10' },
  { hostName: 'bastion-lnx-01', os: 'debian12', city: 'Amsterdam', environment: 'Azure', resourceGroup: 'rg-management', role: 'jumpbox', privateIp: '10.1.254.10' },
  { hostName: 'edge-tokyo-01', os: 'ubuntu2204', city: '東京', environment: 'Non-Azure', resourceGroup: 'rg-arc-onprem', role: 'web', privateIp: '192.168.100.11' },
  { hostName: 'edge-sydney-01', os: 'ubuntu2204', city: 'Sydney', environment: 'Non-Azure', resourceGroup: 'rg-arc-onprem', role: 'web', privateIp: '192.168.110.11' },
  { hostName: 'syslog-fwd-01', os: 'ubuntu2204', city: 'Redmond', environment: 'Azure', resourceGroup: 'rg-management', role: 'collector', privateIp: '10.0.254.20' },
  { hostName: 'monitoring-01', os: 'rhel9', city: 'Dublin', environment: 'Non-Azure', resourceGroup: 'rg-arc-onprem', role: 'app', privateIp: '192.168.50.5' },
  { hostName: 'ci-runner-blr-01', os: 'ubuntu2204', city: 'Bengaluru', environment: 'Non-Azure', resourceGroup: 'rg-arc-onprem', role: 'build', privateIp: '172.20.4.31' },
];

const OPERATIONS_SUBSCRIPTION = DEMO_SUBSCRIPTIONS[1].subscriptionId;

function resourceOf(spec: ComputerSpec): Pick<Computer, 'resourceProvider' | 'resourceType' | 'resourceId'> {
  const group = `/subscriptions/${OPERATIONS_SUBSCRIPTION}/resourceGroups/${spec.resourceGroup}/providers`;
  if (spec.environment === 'Non-Azure') {
    return { resourceProvider: 'Microsoft.HybridCompute', resourceType: 'machines', resourceId: `${group}/Microsoft.HybridCompute/machines/${spec.hostName}` };
  }
  if (spec.vmss) {
    const instance = String(Number.parseInt(spec.hostName.slice(-6), 36));
    return {
      resourceProvider: 'Microsoft.Compute',
      resourceType: 'virtualMachineScaleSets',
      resourceId: `${group}/Microsoft.Compute/virtualMachineScaleSets/${spec.vmss}/virtualMachines/${instance}`,
    };
  }
  return { resourceProvider: 'Microsoft.Compute', resourceType: 'virtualMachines', resourceId: `${group}/Microsoft.Compute/virtualMachines/${spec.hostName}` };
}

/** A stable UUID per machine, derived from its position so it never depends on the seed. */
function vmUuidFor(index: number): string {
  const hex = (index + 1).toString(16).padStart(12, '0');
  return `5f0c2a7e-93d4-4b1e-8a6c-${hex}`;
}

export const FLEET: readonly Computer[] = COMPUTER_SPECS.map((spec, index) => {
  const os = OPERATING_SYSTEMS[spec.os];
  const place = placeByCity(spec.city);
  return {
    name: spec.domain ? `${spec.hostName}.${spec.domain}` : spec.hostName,
    hostName: spec.hostName,
    osType: os.osType,
    osName: os.osName,
    osMajorVersion: os.major,
    osMinorVersion: os.minor,
    agentVersion: os.agent,
    agentCategory: 'Azure Monitor Agent',
    environment: spec.environment,
    privateIp: spec.privateIp,
    publicIp: place.publicIPv4[index % place.publicIPv4.length] ?? '',
    place,
    subscriptionId: OPERATIONS_SUBSCRIPTION,
    resourceGroup: spec.resourceGroup,
    ...resourceOf(spec),
    vmUuid: vmUuidFor(index),
    role: spec.role,
    ...(spec.silentForTicks === undefined ? {} : { silentForTicks: spec.silentForTicks }),
  };
});

export const LINUX_FLEET: readonly Computer[] = FLEET.filter((computer) => computer.osType === 'Linux');
