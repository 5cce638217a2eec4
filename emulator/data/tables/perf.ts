// Perf: four counters per computer, sampled every minute lately and every two hours before. Values follow a daily
// rhythm plus noise; SQL-PROD-01 has been pegged at full CPU for the last 45 minutes.
import type { Table } from '../../engine/api.ts';
import type { GenerationContext } from '../context.ts';
import type { SeededRandom } from '../random.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { scheduleAges, ticksBefore, TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_SECOND } from '../time.ts';
import { FLEET, type Computer } from '../world/fleet.ts';

const SCHEMA = columns(
  'TenantId:string', 'Computer:string', 'ObjectName:string', 'CounterName:string', 'InstanceName:string',
  'CounterValue:real', 'TimeGenerated:datetime', 'CounterPath:string', 'SourceSystem:string', 'Min:real', 'Max:real',
  'SampleCount:int', 'BucketStartTime:datetime', 'BucketEndTime:datetime', 'StandardDeviation:real', 'Type:string',
  '_ResourceId:string',
);

export const PERF = defineTable('Perf', 'Performance counters collected by the Azure Monitor Agent from Windows and Linux computers.', SCHEMA);

interface Counter {
  objectName: string;
  counterName: string;
  instanceName: string;
  /** The value at a given age for a computer; `noise` is a standard normal draw. */
  value: (computer: Computer, age: number, noise: number) => number;
}

/** 0 at night, 1 at the busiest hour of the day. */
function dailyLoad(age: number): number {
  const phase = ((age % TICKS_PER_DAY) / TICKS_PER_DAY) * 2 * Math.PI;
  return 0.5 + 0.5 * Math.cos(phase);
}

const PEGGED_CPU_HOST = 'SQL-PROD-01';
const PEGGED_FOR = 45 * TICKS_PER_MINUTE;

const BASE_CPU: Readonly<Record<Computer['role'], number>> = {
  'domain-controller': 8, web: 30, database: 45, app: 22, file: 6, jumpbox: 4, kubernetes: 38, build: 25, collector: 12, workstation: 10,
};

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function cpu(computer: Computer, age: number, noise: number): number {
  if (computer.hostName === PEGGED_CPU_HOST && age < PEGGED_FOR) return clamp(97 + noise, 90, 100);
  return clamp(BASE_CPU[computer.role] * (0.6 + 0.8 * dailyLoad(age)) + noise * 4, 0.1, 100);
}

const WINDOWS_COUNTERS: readonly Counter[] = [
  { objectName: 'Processor', counterName: '% Processor Time', instanceName: '_Total', value: cpu },
  { objectName: 'Memory', counterName: 'Available MBytes', instanceName: '', value: (computer, age, noise) => clamp(8192 - 3000 * dailyLoad(age) - (computer.role === 'database' ? 4000 : 0) + noise * 150, 256, 16384) },
  { objectName: 'LogicalDisk', counterName: '% Free Space', instanceName: 'C:', value: (computer, age, noise) => clamp(62 - (computer.role === 'file' ? 45 : 0) + age / TICKS_PER_DAY + noise * 0.2, 1, 99) },
  { objectName: 'Network Interface', counterName: 'Bytes Total/sec', instanceName: 'Microsoft Hyper-V Network Adapter', value: (computer, age, noise) => Math.max(0, 250_000 * dailyLoad(age) * (computer.role === 'web' ? 8 : 1) * Math.exp(noise * 0.3)) },
];

const LINUX_COUNTERS: readonly Counter[] = [
  { objectName: 'Processor', counterName: '% Processor Time', instanceName: '_Total', value: cpu },
  { objectName: 'Memory', counterName: '% Used Memory', instanceName: 'Memory', value: (computer, age, noise) => clamp(40 + 30 * dailyLoad(age) + (computer.role === 'kubernetes' ? 15 : 0) + noise * 3, 1, 99) },
  { objectName: 'Logical Disk', counterName: '% Used Space', instanceName: '/', value: (computer, age, noise) => clamp(35 + (computer.role === 'build' ? 40 : 0) - age / TICKS_PER_DAY + noise * 0.2, 1, 99) },
  { objectName: 'Network', counterName: 'Total Bytes Transmitted', instanceName: 'eth0', value: (computer, age, noise) => Math.max(0, 1e9 - age / TICKS_PER_SECOND * 4000 * (1 + noise * 0.01)) },
];

function countersOf(computer: Computer): readonly Counter[] {
  return computer.osType === 'Windows' ? WINDOWS_COUNTERS : LINUX_COUNTERS;
}

function counterPath(computer: Computer, counter: Counter): string {
  const instance = counter.instanceName ? `(${counter.instanceName})` : '';
  return `\\\\${computer.name}\\${counter.objectName}${instance}\\${counter.counterName}`;
}

function seriesAges(rng: SeededRandom, computer: Computer): number[] {
  return scheduleAges({
    denseWindow: 2 * TICKS_PER_HOUR,
    denseStep: TICKS_PER_MINUTE,
    sparseStep: 2 * TICKS_PER_HOUR,
    phase: rng.int(0, 60) * TICKS_PER_SECOND,
    ...(computer.silentForTicks === undefined ? {} : { silentFor: computer.silentForTicks }),
  });
}

export function generatePerf(ctx: GenerationContext): Table {
  const { rng, now } = ctx;
  const series = FLEET.flatMap((computer) => countersOf(computer).map((counter) => ({ computer, counter, ages: seriesAges(rng, computer) })));
  const rowCount = series.reduce((sum, one) => sum + one.ages.length, 0);
  const table = new TableBuilder(SCHEMA, rowCount);
  const c = table.columns;
  let row = 0;
  for (const { computer, counter, ages } of series) {
    const path = counterPath(computer, counter);
    const resourceId = computer.resourceId.toLowerCase();
    for (const age of ages) {
      c.TimeGenerated[row] = ticksBefore(now, age);
      c.Computer[row] = computer.name;
      c.ObjectName[row] = counter.objectName;
      c.CounterName[row] = counter.counterName;
      c.InstanceName[row] = counter.instanceName;
      c.CounterValue[row] = Math.round(counter.value(computer, age, rng.normal()) * 1000) / 1000;
      c.CounterPath[row] = path;
      c.SourceSystem[row] = computer.osType === 'Windows' ? 'OpsManager' : 'Linux';
      c._ResourceId[row] = resourceId;
      row++;
    }
  }
  stampStandardColumns(table, PERF.name, ctx.workspace.customerId);
  return table.toTable();
}
