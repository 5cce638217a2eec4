// AppTraces: the log lines the shop's services write while handling their operations. The busiest table, and the
// one the 'large' workspace grows past a million rows.
import type { DynamicValue, Table } from '../../engine/api.ts';
import type { GenerationContext } from '../context.ts';
import { GIANT_CELL_LENGTH, HOSTILE_TEXTS, longDump, sprinkle } from '../hostile.ts';
import { stampStandardColumns, TableBuilder } from '../tableBuilder.ts';
import { columns, defineTable } from '../tableDefinition.ts';
import { ticksAfter, ticksBefore, TICKS_PER_MILLISECOND } from '../time.ts';
import { APP_COMPONENT } from '../world/appServices.ts';
import type { AppOperations } from './appOperations.ts';
import { buildTraceScripts, type TraceEntry, type TraceScript } from './appTraceScripts.ts';

const SCHEMA = columns(
  'TenantId:string', 'TimeGenerated:datetime', 'Message:string', 'SeverityLevel:int', 'Properties:dynamic',
  'Measurements:dynamic', 'OperationName:string', 'OperationId:string', 'ParentId:string', 'SyntheticSource:string',
  'SessionId:string', 'UserId:string', 'UserAuthenticatedId:string', 'AppVersion:string', 'AppRoleName:string',
  'AppRoleInstance:string', 'ClientType:string', 'ClientIP:string', 'ClientCity:string', 'ClientStateOrProvince:string',
  'ClientCountryOrRegion:string', 'IKey:string', 'ResourceGUID:string', 'SDKVersion:string', 'ItemCount:int',
  'SourceSystem:string', 'Type:string', '_ResourceId:string',
);

export const APP_TRACES = defineTable('AppTraces', 'Application Insights traces: log messages of the Contoso shop services, correlated to their requests by OperationId.', SCHEMA);

const HOSTILE_PROPERTIES: readonly DynamicValue[] = [
  { CategoryName: '<script>alert(1)</script>', 'key, with "quotes"': '=HYPERLINK("http://evil.example","x")' },
  { CategoryName: 'Contoso.Shop.Web', note: 'line one\r\nline two', bidi: 'invoice_\u202Efdp.exe' },
  { 'Zürich/東京': 'São Paulo', '': 'empty key', nested: { deeper: ['@SUM(A1)', '-2+3', null, true, 1.5] } },
];

/** Which line of an operation's log a trace is: the first, the last, an error just before a failed end, or work. */
function pickEntry(script: TraceScript, position: number, linesInOperation: number, failed: boolean, rng: GenerationContext['rng']): TraceEntry {
  const last = linesInOperation - 1;
  if (position === 0) return rng.pick(script.opening);
  if (position === last) return rng.pick(failed ? script.closingFailure : script.closingSuccess);
  if (failed && position === last - 1 && script.failure.length > 0) return rng.pick(script.failure);
  return script.middle.sample(rng);
}

export function generateAppTraces(ctx: GenerationContext, operations: AppOperations, rowCount: number): Table {
  const { rng, now } = ctx;
  const scripts = buildTraceScripts(rng.fork('scripts'));
  const table = new TableBuilder(SCHEMA, rowCount);
  const c = table.columns;
  let row = 0;
  for (let op = 0; op < operations.count; op++) {
    const end = Math.floor(((op + 1) * rowCount) / operations.count);
    const lines = end - row;
    if (lines === 0) continue;
    const target = operations.endpoints[op];
    const place = operations.clientPlaces[op];
    const script = target && scripts.get(target);
    if (!target || !place || !script) throw new Error(`Operation ${op} is incomplete`);
    const failed = operations.success[op] === 0;
    const started = ticksBefore(now, operations.ages[op] ?? 0);
    const stepTicks = ((operations.durationMs[op] ?? 0) * TICKS_PER_MILLISECOND) / Math.max(1, lines - 1);
    const operationId = operations.operationIds[op] ?? '';
    const parentId = operations.requestIds[op] ?? '';
    const instance = operations.instances[op] ?? '';
    const sessionId = operations.sessionIds[op] ?? '';
    const userId = operations.userIds[op] ?? '';
    const authenticatedUserId = operations.authenticatedUserIds[op] ?? '';
    const synthetic = operations.synthetic[op] === 1 ? 'Application Insights Availability Monitoring' : '';
    for (let position = 0; position < lines; position++, row++) {
      const logged = pickEntry(script, position, lines, failed, rng);
      c.TimeGenerated[row] = ticksAfter(started, position * stepTicks, now);
      c.Message[row] = logged.message;
      c.SeverityLevel[row] = logged.severity;
      c.Properties[row] = logged.properties;
      c.Measurements[row] = logged.measurements;
      c.OperationName[row] = target.name;
      c.OperationId[row] = operationId;
      c.ParentId[row] = parentId;
      c.SyntheticSource[row] = synthetic;
      c.SessionId[row] = sessionId;
      c.UserId[row] = userId;
      c.UserAuthenticatedId[row] = authenticatedUserId;
      c.AppVersion[row] = target.role.appVersion;
      c.AppRoleName[row] = target.role.name;
      c.AppRoleInstance[row] = instance;
      c.ClientCity[row] = place.city;
      c.ClientStateOrProvince[row] = place.state;
      c.ClientCountryOrRegion[row] = place.country;
      c.SDKVersion[row] = target.role.sdkVersion;
    }
  }
  c.ClientType.fill('PC');
  c.ClientIP.fill('0.0.0.0');
  c.IKey.fill(APP_COMPONENT.instrumentationKey);
  c.ResourceGUID.fill(APP_COMPONENT.resourceGuid);
  c.ItemCount.fill(1);
  c.SourceSystem.fill('Azure');
  c._ResourceId.fill(APP_COMPONENT.resourceId);
  stampStandardColumns(table, APP_TRACES.name, ctx.workspace.customerId);
  if (ctx.hostile) {
    sprinkle(c.Message, [...HOSTILE_TEXTS, longDump('Order export', 64 * 1024), longDump('Full request body', GIANT_CELL_LENGTH)], rng);
    sprinkle(c.Properties, HOSTILE_PROPERTIES, rng);
  }
  return table.toTable();
}
