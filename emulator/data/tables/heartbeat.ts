// Heartbeat: every agent reports once a minute. Older history is thinned to one beat an hour to keep the demo
// small, and two machines went silent (one three hours ago, one two days ago).
import type { DynamicValue, Table } from '../../engine/api.ts';
import type { GenerationContext } from '../context.ts';
import { sprinkleNulls } from '../hostile.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { scheduleAges, ticksBefore, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_SECOND } from '../time.ts';
import { FLEET, type Computer } from '../world/fleet.ts';

const SCHEMA = columns(
  'TenantId:string', 'SourceSystem:string', 'TimeGenerated:datetime', 'ComputerIP:string', 'Computer:string', 'Category:string', 'OSType:string', 'OSName:string',
  'OSMajorVersion:string', 'OSMinorVersion:string', 'Version:string', 'SCAgentChannel:string', 'IsGatewayInstalled:bool',
  'RemoteIPLongitude:real', 'RemoteIPLatitude:real', 'RemoteIPCountry:string', 'SubscriptionId:string',
  'ResourceGroup:string', 'ResourceProvider:string', 'Resource:string', 'ResourceId:string', 'ResourceType:string',
  'ComputerEnvironment:string', 'Solutions:string', 'VMUUID:string', 'ComputerPrivateIPs:dynamic', 'Type:string',
  '_ResourceId:string',
);

export const HEARTBEAT = defineTable('Heartbeat', 'Azure Monitor Agent heartbeats: one record per minute from every connected computer.', SCHEMA);

export interface HeartbeatPlan {
  /** Every-minute beats during this recent window; hourly before it. */
  denseWindow: number;
}

const SOLUTIONS = '"security", "changeTracking", "updates", "vmInsights"';

export function generateHeartbeat(ctx: GenerationContext, plan: HeartbeatPlan): Table {
  const { rng, now } = ctx;
  const schedules = FLEET.map((computer) =>
    scheduleAges({
      denseWindow: plan.denseWindow,
      denseStep: TICKS_PER_MINUTE,
      sparseStep: TICKS_PER_HOUR,
      phase: rng.int(0, 60) * TICKS_PER_SECOND + rng.int(0, 10_000_000),
      ...(computer.silentForTicks === undefined ? {} : { silentFor: computer.silentForTicks }),
    }),
  );
  const rowCount = schedules.reduce((sum, ages) => sum + ages.length, 0);
  const table = new TableBuilder(SCHEMA, rowCount);
  const c = table.columns;
  const privateIps = new Map<Computer, DynamicValue>(FLEET.map((computer) => [computer, [computer.privateIp]]));
  let row = 0;
  FLEET.forEach((computer, index) => {
    for (const age of schedules[index] ?? []) {
      c.TimeGenerated[row] = ticksBefore(now, age);
      c.SourceSystem[row] = computer.osType === 'Windows' ? 'OpsManager' : 'Linux';
      c.ComputerIP[row] = computer.publicIp;
      c.Computer[row] = computer.name;
      c.Category[row] = computer.agentCategory;
      c.OSType[row] = computer.osType;
      c.OSName[row] = computer.osName;
      c.OSMajorVersion[row] = computer.osMajorVersion;
      c.OSMinorVersion[row] = computer.osMinorVersion;
      c.Version[row] = computer.agentVersion;
      c.IsGatewayInstalled[row] = false;
      c.RemoteIPLongitude[row] = computer.place.longitude;
      c.RemoteIPLatitude[row] = computer.place.latitude;
      c.RemoteIPCountry[row] = computer.place.country;
      c.SubscriptionId[row] = computer.subscriptionId;
      c.ResourceGroup[row] = computer.resourceGroup;
      c.ResourceProvider[row] = computer.resourceProvider;
      c.Resource[row] = computer.hostName;
      c.ResourceId[row] = computer.resourceId;
      c.ResourceType[row] = computer.resourceType;
      c.ComputerEnvironment[row] = computer.environment;
      c.VMUUID[row] = computer.vmUuid;
      c.ComputerPrivateIPs[row] = privateIps.get(computer) ?? null;
      c._ResourceId[row] = computer.resourceId.toLowerCase();
      row++;
    }
  });
  c.SCAgentChannel.fill('Direct');
  c.Solutions.fill(SOLUTIONS);
  stampStandardColumns(table, HEARTBEAT.name, ctx.workspace.customerId);
  if (ctx.hostile) {
    sprinkleNulls(c.RemoteIPLatitude, 3, rng);
    sprinkleNulls(c.RemoteIPLongitude, 3, rng);
  }
  return table.toTable();
}
