// AppExceptions: every failed operation throws, and some successful ones log handled exceptions along the way.
import type { DynamicValue, Table } from '../../engine/api.ts';
import type { GenerationContext } from '../context.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { ticksAfter, ticksBefore, TICKS_PER_MILLISECOND } from '../time.ts';
import { APP_COMPONENT } from '../world/appServices.ts';
import { EXCEPTION_SAMPLES, exceptionDetails, type ExceptionSample } from '../world/exceptionCatalog.ts';
import type { AppOperations } from './appOperations.ts';
import { Severity } from './appTraceScripts.ts';

const SCHEMA = columns(
  'TenantId:string', 'TimeGenerated:datetime', 'ProblemId:string', 'HandledAt:string', 'ExceptionType:string',
  'Assembly:string', 'Method:string', 'OuterType:string', 'OuterMessage:string', 'OuterAssembly:string',
  'OuterMethod:string', 'InnermostType:string', 'InnermostMessage:string', 'InnermostAssembly:string',
  'InnermostMethod:string', 'SeverityLevel:int', 'Details:dynamic', 'Properties:dynamic', 'Measurements:dynamic',
  'OperationName:string', 'OperationId:string', 'ParentId:string', 'SessionId:string', 'UserId:string', 'AppVersion:string',
  'AppRoleName:string', 'AppRoleInstance:string', 'ClientType:string', 'ClientIP:string', 'ClientCity:string',
  'ClientCountryOrRegion:string', 'IKey:string', 'ResourceGUID:string', 'SDKVersion:string', 'ItemCount:int',
  'Message:string', 'SourceSystem:string', 'Type:string', '_ResourceId:string',
);

export const APP_EXCEPTIONS = defineTable('AppExceptions', 'Application Insights exceptions of the Contoso shop services, with parsed and raw stack traces.', SCHEMA);

/** The operations that threw: all failed ones first, topped up with handled exceptions in successful ones. */
function throwingOperations(ctx: GenerationContext, operations: AppOperations, count: number): { op: number; handled: boolean }[] {
  const failed: number[] = [];
  for (let op = 0; op < operations.count; op++) if (operations.success[op] === 0) failed.push(op);
  const chosen = new Map<number, boolean>(failed.slice(0, count).map((op) => [op, false]));
  for (let guard = 0; chosen.size < Math.min(count, operations.count) && guard < count * 20; guard++) {
    const op = ctx.rng.int(0, operations.count);
    if (!chosen.has(op)) chosen.set(op, true);
  }
  return [...chosen].sort(([a], [b]) => a - b).map(([op, handled]) => ({ op, handled }));
}

export function generateAppExceptions(ctx: GenerationContext, operations: AppOperations, count: number): Table {
  const { rng, now } = ctx;
  const thrown = throwingOperations(ctx, operations, count);
  const table = new TableBuilder(SCHEMA, thrown.length);
  const c = table.columns;
  const detailsBySample = new Map<ExceptionSample, DynamicValue>();
  thrown.forEach(({ op, handled }, row) => {
    const target = operations.endpoints[op];
    const place = operations.clientPlaces[op];
    if (!target || !place) throw new Error(`Operation ${op} is incomplete`);
    const candidates = EXCEPTION_SAMPLES.filter((sample) => sample.role === target.role.name);
    const sample = rng.pick(candidates);
    const outer = sample.layers[0];
    const innermost = sample.layers[sample.layers.length - 1];
    if (!outer || !innermost) throw new Error('An exception sample has no layers');
    const outerFrame = outer.frames.find((frame) => frame.assembly.startsWith('Contoso') || frame.assembly === 'payments') ?? outer.frames[0];
    const innermostFrame = innermost.frames[0] ?? outerFrame;
    let details = detailsBySample.get(sample);
    if (!details) {
      details = exceptionDetails(sample, 46_000_000 + detailsBySample.size * 10);
      detailsBySample.set(sample, details);
    }
    const started = ticksBefore(now, operations.ages[op] ?? 0);
    c.TimeGenerated[row] = ticksAfter(started, (operations.durationMs[op] ?? 0) * TICKS_PER_MILLISECOND * 0.9, now);
    c.ProblemId[row] = `${outer.type} at ${outerFrame?.method.split('(')[0] ?? 'Unknown'}`;
    c.HandledAt[row] = handled ? 'UserCode' : 'Unhandled';
    c.ExceptionType[row] = outer.type;
    c.Assembly[row] = outerFrame?.assembly ?? '';
    c.Method[row] = outerFrame?.method ?? '';
    c.OuterType[row] = outer.type;
    c.OuterMessage[row] = outer.message;
    c.OuterAssembly[row] = outerFrame?.assembly ?? '';
    c.OuterMethod[row] = outerFrame?.method ?? '';
    c.InnermostType[row] = innermost.type;
    c.InnermostMessage[row] = innermost.message;
    c.InnermostAssembly[row] = innermostFrame?.assembly ?? '';
    c.InnermostMethod[row] = innermostFrame?.method ?? '';
    c.SeverityLevel[row] = handled ? Severity.Warning : Severity.Error;
    c.Details[row] = details;
    c.Properties[row] = { FormattedMessage: outer.message, 'Exception.Handled': String(handled) };
    c.OperationName[row] = target.name;
    c.OperationId[row] = operations.operationIds[op] ?? '';
    c.ParentId[row] = operations.requestIds[op] ?? '';
    c.SessionId[row] = operations.sessionIds[op] ?? '';
    c.UserId[row] = operations.userIds[op] ?? '';
    c.AppVersion[row] = target.role.appVersion;
    c.AppRoleName[row] = target.role.name;
    c.AppRoleInstance[row] = operations.instances[op] ?? '';
    c.ClientCity[row] = place.city;
    c.ClientCountryOrRegion[row] = place.country;
    c.SDKVersion[row] = target.role.sdkVersion;
    c.Message[row] = outer.message;
  });
  c.ClientType.fill('PC');
  c.ClientIP.fill('0.0.0.0');
  c.IKey.fill(APP_COMPONENT.instrumentationKey);
  c.ResourceGUID.fill(APP_COMPONENT.resourceGuid);
  c.ItemCount.fill(1);
  c.SourceSystem.fill('Azure');
  c._ResourceId.fill(APP_COMPONENT.resourceId);
  stampStandardColumns(table, APP_EXCEPTIONS.name, ctx.workspace.customerId);
  return table.toTable();
}
